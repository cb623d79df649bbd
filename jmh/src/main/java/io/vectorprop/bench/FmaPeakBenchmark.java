package io.vectorprop.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's FP32 FMA peak as the Vector API reaches it: 16 independent accumulators, no memory traffic.
 * One op is {@link #ITER} iterations × 16 FMAs × lanes × 2 FLOP; the report divides by the score. Measured in
 * the same run as GEMM so that "percent of peak" is a ratio from one run on this shared machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector"})
public class FmaPeakBenchmark {
    public static final int ITER = 100_000;
    static final VectorSpecies<Float> S512 = FloatVector.SPECIES_512, S256 = FloatVector.SPECIES_256;

    private final float x = 0.999999f, y = 1e-7f;

    // Two copies on purpose: the species must be a constant in each (a species passed as an argument is not,
    // and the Vector API then boxes every vector: 0.5 GFLOP/s instead of ~250).

    /** 16 FMA chains of 512-bit vectors: one op is ITER·16·16·2 FLOP. */
    @Benchmark
    public float fma512() {
        FloatVector vx = FloatVector.broadcast(S512, x), vy = FloatVector.broadcast(S512, y);
        FloatVector a0 = vy, a1 = vy, a2 = vy, a3 = vy, a4 = vy, a5 = vy, a6 = vy, a7 = vy;
        FloatVector a8 = vy, a9 = vy, a10 = vy, a11 = vy, a12 = vy, a13 = vy, a14 = vy, a15 = vy;
        for (int i = 0; i < ITER; i++) {
            a0 = a0.fma(vx, vy); a1 = a1.fma(vx, vy); a2 = a2.fma(vx, vy); a3 = a3.fma(vx, vy);
            a4 = a4.fma(vx, vy); a5 = a5.fma(vx, vy); a6 = a6.fma(vx, vy); a7 = a7.fma(vx, vy);
            a8 = a8.fma(vx, vy); a9 = a9.fma(vx, vy); a10 = a10.fma(vx, vy); a11 = a11.fma(vx, vy);
            a12 = a12.fma(vx, vy); a13 = a13.fma(vx, vy); a14 = a14.fma(vx, vy); a15 = a15.fma(vx, vy);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10)
                .add(a11).add(a12).add(a13).add(a14).add(a15).reduceLanes(VectorOperators.ADD);
    }

    /** The same with 256-bit vectors: one op is ITER·16·8·2 FLOP. */
    @Benchmark
    public float fma256() {
        FloatVector vx = FloatVector.broadcast(S256, x), vy = FloatVector.broadcast(S256, y);
        FloatVector a0 = vy, a1 = vy, a2 = vy, a3 = vy, a4 = vy, a5 = vy, a6 = vy, a7 = vy;
        FloatVector a8 = vy, a9 = vy, a10 = vy, a11 = vy, a12 = vy, a13 = vy, a14 = vy, a15 = vy;
        for (int i = 0; i < ITER; i++) {
            a0 = a0.fma(vx, vy); a1 = a1.fma(vx, vy); a2 = a2.fma(vx, vy); a3 = a3.fma(vx, vy);
            a4 = a4.fma(vx, vy); a5 = a5.fma(vx, vy); a6 = a6.fma(vx, vy); a7 = a7.fma(vx, vy);
            a8 = a8.fma(vx, vy); a9 = a9.fma(vx, vy); a10 = a10.fma(vx, vy); a11 = a11.fma(vx, vy);
            a12 = a12.fma(vx, vy); a13 = a13.fma(vx, vy); a14 = a14.fma(vx, vy); a15 = a15.fma(vx, vy);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10)
                .add(a11).add(a12).add(a13).add(a14).add(a15).reduceLanes(VectorOperators.ADD);
    }
}
