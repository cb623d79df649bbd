package io.vectorprop.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;
import io.vectorprop.nn.Activation;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training steps stay garbage-free (their vectors stay in registers) after other code in the JVM used every
 * float vector shape. JDK 17's C2 typed Vector API results from the JDK's shared type profiles; once they had
 * seen several shapes, or a class-check trap had been taken there, it could not intrinsify the GEMM kernel's
 * stores and boxed its accumulators: 7–20× slower and allocating on every step, for the life of the JVM.
 * Without other shapes it happened in about one JVM of three, depending on the order things warmed up; with
 * them it happened in every run. The same held for the elementwise kernels wherever a vector came from a
 * float operand ({@code x.max(0f)}), a zero or a loop accumulator (GELU, sums, softmax, BCE: up to 1.5 MB per
 * call of 16K floats, in a different set of kernels in each JVM). Every kernel, activation, loss and
 * optimizer runs here after the pollution. Runs in its own JVM (the Surefire execution "polluted-profiles").
 */
@Tag("polluted-profiles")
class ProfilePollutionTest {

    @BeforeAll
    static void pollute() throws InterruptedException {
        ProfilePolluter.pollute();
    }

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(Activation.RELU, Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.adam(1e-4f)),
                Arguments.of(Activation.SIGMOID, Loss.MSE, Optimizer.sgd(1e-3f)),
                Arguments.of(Activation.TANH, Loss.BCE_WITH_LOGITS, Optimizer.momentum(1e-3f, 0.9f)),
                Arguments.of(Activation.GELU, Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.nesterov(1e-3f, 0.9f)),
                Arguments.of(Activation.SILU, Loss.SOFTMAX_CROSS_ENTROPY, Optimizer.adamW(1e-4f, 0.01f)),
                Arguments.of(Activation.SOFTPLUS, Loss.MSE, Optimizer.adam(1e-4f)),
                Arguments.of(Activation.leakyRelu(0.01f), Loss.BCE_WITH_LOGITS, Optimizer.sgd(1e-3f)));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("networks")
    void trainingStepAllocatesNothingAfterOtherVectorShapesWereUsed(Activation f, Loss loss, Optimizer opt) {
        int batch = 64, out = 10;
        Mlp m = Mlp.builder(784).dense(256, f).dense(128, f).dense(out, Activation.IDENTITY)
                .loss(loss).optimizer(opt).l2(1e-4f).maxBatch(batch).seed(1).build();
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[batch * 784];
        int[] y = new int[batch];
        float[] t = new float[batch * out];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(out);
        for (int i = 0; i < t.length; i++) t[i] = r.nextInt(2);
        boolean labels = loss == Loss.SOFTMAX_CROSS_ENTROPY;
        Runnable step = () -> {
            if (labels) {
                m.trainStep(x, 0, y, 0, batch);
            } else {
                m.trainStep(x, 0, t, 0, batch);
            }
        };
        long least = quietestWindow(step, 20);
        assertEquals(0, least, "bytes allocated by 20 warmed-up training steps (quietest window in 20 s)");
    }

    /**
     * The fewest bytes allocated by {@code calls} calls in a row, over windows repeated until one allocates
     * nothing, for at most 20 s: warm-up (C2 compiling) allocates for a while; a boxed kernel allocates in
     * every window.
     */
    private static long quietestWindow(Runnable op, int calls) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int w = 0; least != 0 && (w < 3 || System.nanoTime() < deadline); w++) {
            long before = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < calls; i++) {
                op.run();
            }
            least = Math.min(least, mx.getThreadAllocatedBytes(tid) - before);
        }
        return least;
    }

    private static final int ROWS = 64, COLS = 256, N = ROWS * COLS;
    private static final float[] A = new float[N], G = new float[N], H = new float[N], W = new float[N],
            M = new float[N], V = new float[N], T = new float[N], BIAS = new float[COLS], SUMS = new float[COLS];
    private static final int[] LABELS = new int[ROWS], ARGMAX = new int[ROWS];

    static {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < N; i++) {
            A[i] = (float) r.nextDouble(-6, 6);
            G[i] = (float) r.nextDouble(-1, 1);
            W[i] = G[i];
            T[i] = r.nextInt(2);
        }
    }

    static Stream<Arguments> kernels() {
        Kernels k = KernelProvider.simdOrThrow();
        Stream.Builder<Arguments> b = Stream.builder();
        String[] names = {"identity", "relu", "leaky relu", "sigmoid", "tanh", "gelu", "silu", "softplus"};
        for (int kind = 1; kind < names.length; kind++) {
            int f = kind;
            b.add(Arguments.of(names[f] + " forward", (Runnable) () -> k.activate(f, 0.01f, A, 0, H, 0, N)));
            b.add(Arguments.of(names[f] + " backward", (Runnable) () -> k.activateBackward(f, 0.01f, A, 0, G, 0, N)));
            if (f <= Kernels.TANH) {
                b.add(Arguments.of(names[f] + " backward from output",
                        (Runnable) () -> k.activateBackwardFromOutput(f, 0.01f, H, 0, G, 0, N)));
            }
        }
        // 4 × 65,536 + 5 elements, from offset 1: with every offset 0 these kernels run a plain loop (no vectors),
        // so offset 1 is what reaches their Vector API loops
        int big = 4 * 65_536 + 5;
        float[] x = new float[big], y = new float[big];
        b.add(Arguments.of("saxpy", (Runnable) () -> k.saxpy(big - 1, 1e-3f, x, 1, y, 1)));
        b.add(Arguments.of("sscal", (Runnable) () -> k.sscal(big, 0.999f, y, 0)));
        b.add(Arguments.of("hadamard", (Runnable) () -> k.hadamard(big - 1, x, 1, y, 1)));
        b.add(Arguments.of("relu forward, large", (Runnable) () -> k.activate(Kernels.RELU, 0f, x, 1, y, 1, big - 1)));
        b.add(Arguments.of("sdot", (Runnable) () -> k.sdot(N, A, 0, G, 0)));
        b.add(Arguments.of("ssum", (Runnable) () -> k.ssum(N, A, 0)));
        b.add(Arguments.of("snrm2sq", (Runnable) () -> k.snrm2sq(N, A, 0)));
        b.add(Arguments.of("addRowVector", (Runnable) () -> k.addRowVector(ROWS, COLS, BIAS, 0, H, 0, COLS)));
        b.add(Arguments.of("columnSumsAdd", (Runnable) () -> k.columnSumsAdd(ROWS, COLS, G, 0, COLS, SUMS, 0)));
        b.add(Arguments.of("sger", (Runnable) () -> k.sger(ROWS, COLS, 1e-3f, A, 0, G, 0, H, 0, COLS)));
        b.add(Arguments.of("softmax", (Runnable) () -> k.softmaxRows(ROWS, COLS, A, 0, H, 0, false)));
        b.add(Arguments.of("log-softmax", (Runnable) () -> k.softmaxRows(ROWS, COLS, A, 0, H, 0, true)));
        b.add(Arguments.of("softmax, 10 columns", (Runnable) () -> k.softmaxRows(ROWS, 10, A, 0, H, 0, false)));
        b.add(Arguments.of("softmax cross-entropy, 10 classes",
                (Runnable) () -> k.softmaxCrossEntropy(ROWS, 10, A, 0, LABELS, 0, H, 0, 1f / ROWS)));
        b.add(Arguments.of("softmax cross-entropy, 256 classes",
                (Runnable) () -> k.softmaxCrossEntropy(ROWS, COLS, A, 0, LABELS, 0, H, 0, 1f / ROWS)));
        b.add(Arguments.of("squared error", (Runnable) () -> k.squaredError(N, A, 0, T, 0, H, 0, 1f / N)));
        b.add(Arguments.of("BCE with logits", (Runnable) () -> k.bceWithLogits(N, A, 0, T, 0, H, 0, 1f / N)));
        b.add(Arguments.of("row argmax", (Runnable) () -> k.rowArgmax(ROWS, COLS, A, 0, COLS, ARGMAX, 0)));
        b.add(Arguments.of("row max", (Runnable) () -> k.rowMax(ROWS, COLS, A, 0, COLS, SUMS, 0)));
        b.add(Arguments.of("sgd", (Runnable) () -> k.sgdStep(big - 1, 1e-7f, 1e-4f, y, 1, x, 1)));
        b.add(Arguments.of("momentum", (Runnable) () -> k.momentumStep(N, 1e-7f, 0.9f, 1e-4f, false, W, 0, G, 0, M, 0)));
        b.add(Arguments.of("momentum, large", (Runnable) () -> k.momentumStep(big / 2, 1e-7f, 0.9f, 1e-4f, true,
                y, 0, x, 0, y, big / 2)));
        b.add(Arguments.of("adam", (Runnable) () -> k.adamStep(N, 1e-7f, 0.9f, 0.999f, 1e-8f, 1e-4f, false, 0.1f, 0.01f,
                W, 0, G, 0, M, 0, V, 0)));
        // from offset 1: Adam's Vector API loop (offsets 0 run the plain loop)
        b.add(Arguments.of("adamw", (Runnable) () -> k.adamStep(N - 1, 1e-7f, 0.9f, 0.999f, 1e-8f, 1e-2f, true, 0.1f,
                0.01f, W, 1, G, 1, M, 1, V, 1)));
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void kernelAllocatesNothingAfterOtherVectorShapesWereUsed(String name, Runnable kernel) {
        assertEquals(0, quietestWindow(kernel, 200), name + ": bytes allocated by 200 warmed-up calls");
    }
}
