package io.vectorprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.VectorProp;
import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import io.vectorprop.internal.Team;
import io.vectorprop.nn.Activation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Training on several threads: the same bits as one thread, no garbage on any thread, many models at once. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MlpThreadsTest {
    private int saved;

    @BeforeEach
    void save() {
        saved = VectorProp.threads();
        Team.capPartsToProcessors(false); // 3 parts even on a 2-core machine: the split must not change the bits
    }

    @AfterEach
    void restore() {
        Team.capPartsToProcessors(true);
        VectorProp.setThreads(saved);
    }

    // ReLU-family and MSE only: no EXP/TANH, whose Vector API forms differ in the last bit interpreted and
    // compiled (see Mlp), so any difference here comes from the threads.
    static Mlp net(int threads, Optimizer opt, int maxBatch) {
        return Mlp.builder(784).dense(256, Activation.RELU).dense(128, Activation.leakyRelu(0.05f))
                .dense(10, Activation.IDENTITY).loss(Loss.MSE).optimizer(opt).l2(1e-4f).seed(3)
                .maxBatch(maxBatch).threads(threads).build();
    }

    static float[][] params(Mlp m) {
        float[][] p = new float[2 * m.layers()][];
        int[] w = m.widths();
        for (int l = 0; l < m.layers(); l++) {
            p[2 * l] = new float[w[l + 1] * w[l]];
            p[2 * l + 1] = new float[w[l + 1]];
            m.getWeights(l, p[2 * l]);
            m.getBias(l, p[2 * l + 1]);
        }
        return p;
    }

    static float[][] data(long seed, int batch) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[batch * 784], t = new float[batch * 10];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < t.length; i++) t[i] = (float) r.nextDouble();
        return new float[][] {x, t};
    }

    @Test
    void sameBitsForEveryThreadCount() {
        VectorProp.setThreads(3);
        for (Optimizer opt : new Optimizer[] {Optimizer.momentum(0.01f, 0.9f), Optimizer.adam(1e-3f)}) {
            float[][] ref = null;
            float[] refOut = null;
            for (int threads : new int[] {1, 2, 3}) {
                Mlp m = net(threads, opt, 128);
                long workerParts = Team.partsRunByWorkers();
                for (int s = 0; s < 6; s++) {
                    int batch = s % 2 == 0 ? 128 : 37; // a partial batch too
                    float[][] d = data(s, batch);
                    m.trainStep(d[0], 0, d[1], 0, batch);
                }
                float[][] d = data(99, 50);
                float[] out = new float[50 * 10];
                m.predict(d[0], 0, 50, out, 0);
                float[][] p = params(m);
                if (ref == null) {
                    ref = p;
                    refOut = out;
                } else {
                    for (int i = 0; i < p.length; i++) {
                        assertArrayEquals(ref[i], p[i], "parameter tensor " + i + ", " + threads + " threads, " + opt);
                    }
                    assertArrayEquals(refOut, out, "predictions, " + threads + " threads");
                    // Parts go to whichever thread claims them first: with warm code the caller can finish a step
                    // before a parked worker wakes (seen in CI on a Zen 5 host while C2 held the other vCPU), so give
                    // the workers more steps, bounded, before calling the team idle.
                    float[][] more = data(7, 128);
                    for (int s = 0; s < 500 && Team.partsRunByWorkers() == workerParts; s++) {
                        m.trainStep(more[0], 0, more[1], 0, 128);
                    }
                    assertTrue(Team.partsRunByWorkers() > workerParts, "no work reached a worker with " + threads + " threads");
                }
            }
        }
    }

    /**
     * Widths that are not multiples of 16 with a batch large enough for the elementwise passes to run on the team
     * (batch × width ≥ Mlp.PARALLEL_ELEMENTWISE_MIN): bias and activation by rows (in steps of 4 rows for 100
     * columns), f' by 16-float ranges, bias gradients by column ranges with a short last one. Momentum and Adam,
     * one to three threads: the same bits. Also checks the range bounds directly.
     */
    @Test
    void smallLayersRunOnTheCallerAlone() {
        // 4M multiply-adds: batch 64's 256×128 layer and every output layer of a 784-256-128-10 net stay on the
        // caller, batch 64's first layer and batch 256's second are split
        assertTrue(Mlp.layerOnCaller(64, 256, 128));
        assertTrue(Mlp.layerOnCaller(256, 128, 10));
        assertFalse(Mlp.layerOnCaller(64, 784, 256));
        assertFalse(Mlp.layerOnCaller(256, 256, 128));
        VectorProp.setThreads(2);
        Mlp m = net(2, Optimizer.sgd(0.01f), 128);
        float[][] small = data(11, 4), large = data(12, 128);
        // batch 4: every layer below the threshold, so no part of a step (products, passes, update) reaches the worker;
        // the update alone (235,146 parameters) would otherwise be split
        m.trainStep(large[0], 0, large[1], 0, 128); // starts the team
        long before = Team.partsRunByWorkers();
        for (int s = 0; s < 50; s++) {
            m.trainStep(small[0], 0, small[1], 0, 4);
        }
        assertEquals(before, Team.partsRunByWorkers(), "a layer below the threshold ran on the worker");
        // batch 128 (the control): the first layer is split
        for (int s = 0; s < 500 && Team.partsRunByWorkers() == before; s++) {
            m.trainStep(large[0], 0, large[1], 0, 128);
        }
        assertTrue(Team.partsRunByWorkers() > before, "no work reached the worker at batch 128");
    }

    @Test
    void elementwisePassesOnTheTeamGiveTheSameBits() {
        assertEquals(0, Mlp.partStart(400, 4, 0, 3));
        assertEquals(132, Mlp.partStart(400, 4, 1, 3));
        assertEquals(264, Mlp.partStart(400, 4, 2, 3));
        assertEquals(400, Mlp.partStart(400, 4, 3, 3));
        assertEquals(48, Mlp.partStart(100, 16, 1, 2));
        VectorProp.setThreads(3);
        int batch = 400;
        SplittableRandom r = new SplittableRandom(5);
        float[] x = new float[batch * 784], t = new float[batch * 10];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < t.length; i++) t[i] = (float) r.nextDouble();
        assertTrue(batch * 100 >= Mlp.PARALLEL_ELEMENTWISE_MIN && batch * 90 >= Mlp.PARALLEL_ELEMENTWISE_MIN);
        for (Optimizer opt : new Optimizer[] {Optimizer.momentum(0.01f, 0.9f), Optimizer.adam(1e-3f)}) {
            float[][] ref = null;
            for (int threads : new int[] {1, 2, 3}) {
                Mlp m = Mlp.builder(784).dense(100, Activation.RELU).dense(90, Activation.leakyRelu(0.05f))
                        .dense(10, Activation.IDENTITY).loss(Loss.MSE).optimizer(opt).seed(8).maxBatch(batch)
                        .threads(threads).build();
                for (int s = 0; s < 3; s++) {
                    m.trainStep(x, 0, t, 0, batch - 3 * s); // 400, 397 (a last range of 1 row), 394 rows
                }
                float[][] p = params(m);
                if (ref == null) {
                    ref = p;
                } else {
                    for (int i = 0; i < p.length; i++) {
                        assertArrayEquals(ref[i], p[i], "parameter tensor " + i + ", " + threads + " threads, " + opt);
                    }
                }
            }
        }
    }

    @Test
    void parallelStepAndGemmAllocateNothingOnAnyThread() {
        VectorProp.setThreads(2);
        // batch 128: the first layer's elementwise passes run on the team too (128 × 256 values)
        Mlp m = net(2, Optimizer.adam(1e-3f), 128);
        assertTrue(128 * 256 >= Mlp.PARALLEL_ELEMENTWISE_MIN);
        float[][] d = data(1, 128);
        GemmWorkspace ws = new GemmWorkspace(2);
        float[] a = new float[256 * 784], b = new float[784 * 256], c = new float[256 * 256];
        Arrays.fill(a, 0.5f);
        Arrays.fill(b, 0.25f);
        Runnable work = () -> {
            for (int i = 0; i < 20; i++) {
                m.trainStep(d[0], 0, d[1], 0, i % 2 == 0 ? 128 : 33);
                Gemm.sgemm(Transpose.N, Transpose.T, 256, 256, 784, 1f, a, 0, 784, b, 0, 784, 0f, c, 0, 256, ws);
                Gemm.sgemm(Transpose.T, Transpose.N, 256, 256, 784, 1f, b, 0, 256, a, 0, 256, 0.5f, c, 0, 256, ws);
            }
        };
        for (int i = 0; i < 150; i++) {
            work.run();
        }
        long[] workers = Team.workerIds();
        assertEquals(1, workers.length);
        long[] ids = Arrays.copyOf(workers, workers.length + 1);
        ids[workers.length] = Thread.currentThread().getId();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] before = new long[ids.length], after = new long[ids.length];
        long least = Long.MAX_VALUE, parts = Team.partsRunByWorkers();
        // Quietest window, as in MlpTest: warm-up (interpreted Vector API code boxes) may outlast the loop above.
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (int w = 0; least != 0 && (w < 3 || System.nanoTime() < deadline); w++) {
            for (int i = 0; i < ids.length; i++) before[i] = mx.getThreadAllocatedBytes(ids[i]);
            work.run();
            for (int i = 0; i < ids.length; i++) after[i] = mx.getThreadAllocatedBytes(ids[i]);
            long sum = 0;
            for (int i = 0; i < ids.length; i++) sum += after[i] - before[i];
            least = Math.min(least, sum);
        }
        assertEquals(0, least, "bytes allocated by the caller and the worker over 20 parallel steps and 40 GEMMs");
        assertTrue(Team.partsRunByWorkers() > parts, "the worker ran no part");
    }

    @Test
    void manyApplicationThreadsTrainingAtOnce() throws Exception {
        VectorProp.setThreads(2);
        int apps = 4;
        float[][][] got = new float[apps][][];
        Throwable[] err = new Throwable[apps];
        Thread[] ts = new Thread[apps];
        for (int t = 0; t < apps; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                try {
                    Mlp m = net(0, Optimizer.sgd(0.01f), 64);
                    for (int s = 0; s < 20; s++) {
                        float[][] d = data(s, 64);
                        m.trainStep(d[0], 0, d[1], 0, 64);
                    }
                    got[id] = params(m);
                } catch (Throwable e) {
                    err[id] = e;
                }
            });
            ts[t].start();
        }
        Mlp alone = net(1, Optimizer.sgd(0.01f), 64);
        for (int s = 0; s < 20; s++) {
            float[][] d = data(s, 64);
            alone.trainStep(d[0], 0, d[1], 0, 64);
        }
        float[][] ref = params(alone);
        for (int t = 0; t < apps; t++) {
            ts[t].join(120_000);
            assertTrue(!ts[t].isAlive(), "application thread " + t + " still running: deadlock?");
            if (err[t] != null) {
                throw new AssertionError("application thread " + t + " failed", err[t]);
            }
            for (int i = 0; i < ref.length; i++) {
                assertArrayEquals(ref[i], got[t][i], "thread " + t + ", tensor " + i);
            }
        }
    }
}
