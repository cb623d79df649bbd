package io.vectorprop.nn;

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
 * The elementwise and loss kernels, SIMD against the scalar twin ({@code impl}), at {@code n} elements
 * (16K: cache resident; 4M: memory bound). Elements/s = n / score; the report adds GB/s for the streaming
 * kernels from the bytes each element reads and writes. Softmax cross-entropy has its own state: 256 rows
 * of {@code classes} logits (its {@code n} parameter is unused).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
public class KernelBenchmark {
    @Param({"16384", "4194304"})
    public int n;
    @Param({"simd", "scalar"})
    public String impl;

    private Kernels kr;
    private float[] a, g, w, m, v, x;
    private final float[] sums = new float[256];

    @Setup(Level.Trial)
    public void setup() {
        kr = impl.equals("scalar") ? KernelProvider.scalar() : KernelProvider.simdOrThrow();
        SplittableRandom r = new SplittableRandom(1);
        a = new float[n];
        g = new float[n];
        w = new float[n];
        m = new float[n];
        v = new float[n];
        x = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextDouble(-6, 6);
            g[i] = (float) r.nextDouble(-1, 1);
            w[i] = (float) r.nextDouble(-1, 1);
        }
    }

    // g is rescaled by f'(a) ∈ [0, 1] on every call; the values stay finite (they shrink towards 0, which
    // costs no more than any other value on this hardware: no denormal traps with the defaults, FTZ aside).
    @Benchmark public float[] sigmoid() { kr.activate(Kernels.SIGMOID, 0f, a, 0, x, 0, n); return x; }
    @Benchmark public float[] sigmoidBackward() { kr.activateBackward(Kernels.SIGMOID, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] tanh() { kr.activate(Kernels.TANH, 0f, a, 0, x, 0, n); return x; }
    @Benchmark public float[] tanhBackward() { kr.activateBackward(Kernels.TANH, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] gelu() { kr.activate(Kernels.GELU, 0f, a, 0, x, 0, n); return x; }
    @Benchmark public float[] geluBackward() { kr.activateBackward(Kernels.GELU, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] silu() { kr.activate(Kernels.SILU, 0f, a, 0, x, 0, n); return x; }
    @Benchmark public float[] siluBackward() { kr.activateBackward(Kernels.SILU, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] softplus() { kr.activate(Kernels.SOFTPLUS, 0f, a, 0, x, 0, n); return x; }
    @Benchmark public float[] softplusBackward() { kr.activateBackward(Kernels.SOFTPLUS, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] relu() { kr.activate(Kernels.RELU, 0f, a, 0, x, 0, n); return x; }
    // ReLU with offsets (1, 1): the Vector API loop; with both offsets 0 (above) the plain loop C2 vectorizes.
    @Benchmark public float[] reluOffset() { kr.activate(Kernels.RELU, 0f, a, 1, x, 1, n - 1); return x; }
    @Benchmark public float[] reluBackward() { kr.activateBackward(Kernels.RELU, 0f, a, 0, g, 0, n); return g; }
    @Benchmark public float[] hadamard() { kr.hadamard(n, a, 0, x, 0); return x; }
    @Benchmark public float[] saxpy() { kr.saxpy(n, 1e-7f, a, 0, x, 0); return x; }
    @Benchmark public float[] biasAdd() { kr.addRowVector(n / 256, 256, w, 0, x, 0, 256); return x; }
    // The bias gradient: column sums of an (n/256)×256 G into 256 sums (reads 4 bytes per element).
    @Benchmark public float[] biasGrad() { kr.columnSumsAdd(n / 256, 256, a, 0, 256, sums, 0); return sums; }
    @Benchmark public float[] sgd() { kr.sgdStep(n, 1e-7f, 0f, w, 0, g, 0); return w; }
    @Benchmark public float[] momentum() { kr.momentumStep(n, 1e-7f, 0.9f, 0f, false, w, 0, g, 0, m, 0); return w; }
    @Benchmark public float[] adam() { kr.adamStep(n, 1e-7f, 0.9f, 0.999f, 1e-8f, 0f, false, 0.1f, 0.01f, w, 0, g, 0, m, 0, v, 0); return w; }

    /** Softmax cross-entropy from logits, 256 rows of {@code classes}. */
    @State(Scope.Thread)
    public static class CrossEntropy {
        @Param({"10", "1000"})
        public int classes;
        @Param({"simd", "scalar"})
        public String impl;
        Kernels kr;
        float[] logits, grad;
        int[] labels = new int[256];

        @Setup(Level.Trial)
        public void setup() {
            kr = impl.equals("scalar") ? KernelProvider.scalar() : KernelProvider.simdOrThrow();
            SplittableRandom r = new SplittableRandom(2);
            logits = new float[256 * classes];
            grad = new float[256 * classes];
            for (int i = 0; i < logits.length; i++) logits[i] = (float) r.nextDouble(-5, 5);
            for (int i = 0; i < 256; i++) labels[i] = r.nextInt(classes);
        }
    }

    @Benchmark
    public double softmaxCrossEntropy(CrossEntropy s) {
        return s.kr.softmaxCrossEntropy(256, s.classes, s.logits, 0, s.labels, 0, s.grad, 0, 1f / 256);
    }
}
