package io.vectorprop.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory ceilings the streaming kernels are judged against, in Java on this machine: STREAM-style loops
 * over {@code n} floats (16K: the arrays live in L2; 4M: DRAM). The report gives GB/s counting bytes read +
 * written, as for the kernels: {@code copy}, {@code arraycopy}, {@code scale} and {@code inPlaceAdd} move 8
 * bytes per element (ReLU forward and bias add are such kernels), {@code triad} 12 (saxpy, hadamard, SGD).
 * An out-of-place store also reads its line first (write-allocate), which the count does not see: copy moves
 * 12 bytes per element through the caches for the 8 it is credited with.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
public class StreamBenchmark {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    @Param({"16384", "4194304"})
    public int n;

    private float[] a, b, c;

    @Setup(Level.Trial)
    public void setup() {
        a = new float[n];
        b = new float[n];
        c = new float[n];
        Arrays.fill(b, 1.5f);
        Arrays.fill(c, 0.25f);
    }

    /** a = b, plain loop (C2 vectorizes it). */
    @Benchmark
    public float[] copy() {
        float[] a = this.a, b = this.b;
        for (int i = 0; i < n; i++) {
            a[i] = b[i];
        }
        return a;
    }

    /** a = b with System.arraycopy (HotSpot's copy stub). */
    @Benchmark
    public float[] arraycopy() {
        System.arraycopy(b, 0, a, 0, n);
        return a;
    }

    /** a = 0.5·b, plain loop. */
    @Benchmark
    public float[] scale() {
        float[] a = this.a, b = this.b;
        for (int i = 0; i < n; i++) {
            a[i] = 0.5f * b[i];
        }
        return a;
    }

    /** b = b·1 + 0: read and written in place (like bias add), plain loop; the values never change. */
    @Benchmark
    public float[] inPlaceAdd() {
        float[] b = this.b;
        for (int i = 0; i < n; i++) {
            b[i] = b[i] + 0f;
        }
        return b;
    }

    /** a = b + 0.5·c, plain loop. */
    @Benchmark
    public float[] triad() {
        float[] a = this.a, b = this.b, c = this.c;
        for (int i = 0; i < n; i++) {
            a[i] = b[i] + 0.5f * c[i];
        }
        return a;
    }

    /** a = b with Vector API loads and stores (n is a multiple of the vector length). */
    @Benchmark
    public float[] copyVector() {
        float[] a = this.a, b = this.b;
        for (int i = 0; i < n; i += S.length()) {
            FloatVector.fromArray(S, b, i).intoArray(a, i);
        }
        return a;
    }
}
