package io.vectorprop.gemm;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * SGEMM, C(M×N) = op(A)·op(B) with inner dimension K. GFLOP/s = 2·M·N·K / (score in ns).
 * {@code shape} is {@code MxNxK}, {@code trans} the two letters of op(A) then op(B), {@code impl}
 * {@code simd} or {@code scalar}, {@code threads} the threads of the call. See jmh/README.md for the shape groups that are recorded.
 * {@code --add-modules} is a prepend, so a command-line {@code -jvmArgsAppend} (e.g. {@code -XX:UseAVX=2})
 * cannot drop it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "-Xms1g", "-Xmx1g"})
public class GemmBenchmark {
    @Param({"512x512x512"})
    public String shape;
    @Param({"NN"})
    public String trans;
    @Param({"simd"})
    public String impl;
    /** Threads of the call: 1 is the single-thread code path; n > 1 sets the library's count to n too. */
    @Param({"1"})
    public int threads;

    private Kernels kr;
    private Transpose ta, tb;
    private int m, n, k, lda, ldb;
    private float[] a, b, c;
    private GemmWorkspace ws;

    @Setup(Level.Trial)
    public void setup() {
        String[] d = shape.split("x");
        m = Integer.parseInt(d[0]);
        n = Integer.parseInt(d[1]);
        k = Integer.parseInt(d[2]);
        ta = Transpose.valueOf(trans.substring(0, 1));
        tb = Transpose.valueOf(trans.substring(1, 2));
        kr = impl.equals("scalar") ? KernelProvider.scalar() : KernelProvider.simdOrThrow();
        if (threads > 1) {
            io.vectorprop.VectorProp.setThreads(threads);
        }
        ws = new GemmWorkspace(threads);
        lda = ta == Transpose.T ? m : k;
        ldb = tb == Transpose.T ? k : n;
        SplittableRandom r = new SplittableRandom(1);
        a = new float[m * k];
        b = new float[k * n];
        c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = (float) r.nextDouble(-1, 1);
        for (int i = 0; i < b.length; i++) b[i] = (float) r.nextDouble(-1, 1);
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
    }

    @Benchmark
    public float[] sgemm() {
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        return c;
    }
}
