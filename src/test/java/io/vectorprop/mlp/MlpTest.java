package io.vectorprop.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vectorprop.data.Dataset;
import io.vectorprop.data.Loaders;
import io.vectorprop.nn.Activation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpTest {
    static final Object[][] ACTS = {
        {Activation.IDENTITY, "identity"}, {Activation.RELU, "relu"}, {Activation.leakyRelu(0.1f), "leaky"},
        {Activation.SIGMOID, "sigmoid"}, {Activation.TANH, "tanh"}, {Activation.GELU, "gelu"},
        {Activation.SILU, "silu"}, {Activation.SOFTPLUS, "softplus"}};

    static Mlp net(Activation act, Loss loss, float lambda, int maxBatch, long seed, Optimizer opt) {
        return Mlp.builder(5).dense(9, act).dense(6, act).dense(4, Activation.IDENTITY)
                .loss(loss).l2(lambda).optimizer(opt).seed(seed).maxBatch(maxBatch).build();
    }

    static float[] rand(SplittableRandom r, int n, double lo, double hi) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextDouble(lo, hi);
        return x;
    }

    /**
     * Gradient and loss against the naive double MLP. Tolerance: float32 through three GEMMs of at most 64
     * terms and the activation kernels (≤ 8 ulp each): relative error per element of order 64·3·ε ≈ 2e-5 of
     * the tensor's largest magnitude; we allow 2e-4 of it (10× margin), plus 1e-7 absolute.
     */
    @Test
    void gradientsMatchNaiveMlp() {
        int cases = 0;
        for (Object[] ac : ACTS) {
            for (Loss loss : Loss.values()) {
                for (int batch : new int[] {1, 7, 64}) {
                    for (float lambda : new float[] {0f, 0.01f}) {
                        long seed = 100 + cases++;
                        SplittableRandom r = new SplittableRandom(seed);
                        Mlp m = net((Activation) ac[0], loss, lambda, 64, seed, Optimizer.sgd(0.1f));
                        NaiveMlp ref = new NaiveMlp(m, new String[] {(String) ac[1], (String) ac[1], "identity"}, 0.1, lambda);
                        float[] x = rand(r, batch * 5, -2, 2);
                        int[] labels = new int[batch];
                        for (int i = 0; i < batch; i++) labels[i] = r.nextInt(4);
                        float[] targets = rand(r, batch * 4, 0, 1);
                        String what = ac[1] + " " + loss + " batch=" + batch + " lambda=" + lambda + " seed=" + seed;
                        m.zeroGrad();
                        float l = loss == Loss.SOFTMAX_CROSS_ENTROPY ? m.forwardBackward(x, 0, labels, 0, batch)
                                : m.forwardBackward(x, 0, targets, 0, batch);
                        double refLoss = ref.lossAndGradients(x, labels, targets, batch);
                        assertEquals(refLoss, l, 2e-5 * Math.max(1, Math.abs(refLoss)), "loss " + what);
                        for (int layer = 0; layer < 3; layer++) {
                            float[] gw = new float[ref.dw[layer].length], gb = new float[ref.db[layer].length];
                            m.getWeightGradient(layer, gw);
                            m.getBiasGradient(layer, gb);
                            compare(ref.dw[layer], gw, "dW" + layer + " " + what);
                            compare(ref.db[layer], gb, "db" + layer + " " + what);
                        }
                    }
                }
            }
        }
        assertEquals(ACTS.length * 3 * 3 * 2, cases);
    }

    static void compare(double[] ref, float[] got, String what) {
        double max = 0;
        for (double v : ref) max = Math.max(max, Math.abs(v));
        for (int i = 0; i < ref.length; i++) {
            if (!(Math.abs(ref[i] - got[i]) <= 2e-4 * max + 1e-7)) {
                fail(what + " [" + i + "]: " + got[i] + " vs " + ref[i] + " (max " + max + ")");
            }
        }
    }

    /** Gradients accumulate across backward calls until zeroGrad (PyTorch semantics). */
    @Test
    void gradientsAccumulate() {
        Mlp m = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 8, 3, Optimizer.sgd(0.1f));
        SplittableRandom r = new SplittableRandom(3);
        float[] x = rand(r, 8 * 5, -1, 1);
        int[] y = {0, 1, 2, 3, 0, 1, 2, 3};
        m.zeroGrad();
        m.forwardBackward(x, 0, y, 0, 8);
        float[] once = new float[9 * 5], twice = new float[9 * 5];
        m.getWeightGradient(0, once);
        m.forwardBackward(x, 0, y, 0, 8);
        m.getWeightGradient(0, twice);
        for (int i = 0; i < once.length; i++) assertEquals(2 * once[i], twice[i], 1e-6f * Math.abs(once[i]) + 1e-9f);
        m.zeroGrad();
        m.getWeightGradient(0, twice);
        for (float v : twice) assertEquals(0f, v);
        // zeroGrad is lazy (the next backward overwrites): a step right after it must see zero gradients
        m.forwardBackward(x, 0, y, 0, 8);
        m.zeroGrad();
        float[] w0 = new float[9 * 5], w1 = new float[9 * 5];
        m.getWeights(0, w0);
        m.step();
        m.getWeights(0, w1);
        assertArrayEquals(w0, w1, "SGD step on zeroed gradients");
        // and a backward right after it gives one batch's gradient, not two
        m.forwardBackward(x, 0, y, 0, 8);
        m.zeroGrad();
        m.forwardBackward(x, 0, y, 0, 8);
        m.getWeightGradient(0, twice);
        assertArrayEquals(once, twice, "one backward after zeroGrad");
    }

    /** One optimizer step agrees with the formula applied to the naive gradient (SGD, momentum, Adam, AdamW). */
    @Test
    void oneStepMatches() {
        for (Optimizer opt : new Optimizer[] {Optimizer.sgd(0.1f), Optimizer.momentum(0.1f, 0.9f),
                Optimizer.nesterov(0.1f, 0.9f), Optimizer.adam(0.01f), Optimizer.adamW(0.01f, 0.1f)}) {
            Mlp m = net(Activation.RELU, Loss.SOFTMAX_CROSS_ENTROPY, 0.01f, 16, 9, opt);
            NaiveMlp ref = new NaiveMlp(m, new String[] {"relu", "relu", "identity"}, 0, 0.01);
            SplittableRandom r = new SplittableRandom(9);
            float[] x = rand(r, 16 * 5, -1, 1);
            int[] y = new int[16];
            for (int i = 0; i < 16; i++) y[i] = r.nextInt(4);
            ref.lossAndGradients(x, y, null, 16);
            m.trainStep(x, 0, y, 0, 16);
            float[] w = new float[9 * 5];
            m.getWeights(0, w);
            for (int i = 0; i < w.length; i++) {
                double g = ref.dw[0][i], w0 = ref.w[0][i], expect;
                switch (opt.kind) {
                    case SGD: expect = w0 - 0.1 * g; break;
                    case MOMENTUM: expect = w0 - 0.1 * g; break;            // v = g on the first step
                    case NESTEROV: expect = w0 - 0.1 * (g + 0.9 * g); break;
                    case ADAM: expect = w0 - 0.01 * g / (Math.abs(g) + 1e-8); break; // m̂ = g, v̂ = g²
                    default: // AdamW: decay the weight first; g already holds λ·w0 (λ is part of J)
                        expect = w0 * (1 - 0.01 * 0.1) - 0.01 * g / (Math.abs(g) + 1e-8);
                }
                // Adam's step is lr·g/(|g|+eps): for |g| near eps the float g matters; 2e-4·lr covers rounding
                assertEquals(expect, w[i], 1e-5 + 2e-4 * Math.abs(expect), opt + " w[" + i + "] g=" + g);
            }
        }
    }

    /** Central differences on the float model agree with backprop: a check independent of the naive MLP. */
    @Test
    void finiteDifferences() {
        Mlp m = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0.01f, 4, 21, Optimizer.sgd(0.1f));
        SplittableRandom r = new SplittableRandom(21);
        float[] x = rand(r, 4 * 5, -1, 1);
        int[] y = {0, 3, 1, 2};
        m.zeroGrad();
        m.forwardBackward(x, 0, y, 0, 4);
        float[] g = new float[6 * 9], w = new float[6 * 9];
        m.getWeightGradient(1, g);
        m.getWeights(1, w);
        float h = 1e-2f;
        for (int t = 0; t < 20; t++) {
            int i = r.nextInt(w.length);
            float[] wp = w.clone(), wm = w.clone();
            wp[i] += h;
            wm[i] -= h;
            m.setWeights(1, wp);
            double jp = m.loss(x, 0, y, 0, 4) + m.penalty();
            m.setWeights(1, wm);
            double jm = m.loss(x, 0, y, 0, 4) + m.penalty();
            m.setWeights(1, w);
            double fd = (jp - jm) / (2 * h);
            // float loss ~1e-7 relative → ≤1e-5 from the quotient; O(h²) truncation ≤ ~1e-4 here
            assertEquals(fd, g[i], 3e-4 + 0.02 * Math.abs(fd), "∂J/∂W1[" + i + "]");
        }
    }

    @Test
    void trainingStepAllocatesNothing() {
        Mlp m = Mlp.builder(64).dense(64, Activation.RELU).dense(32, Activation.TANH).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.adam(1e-3f)).l2(1e-4f).maxBatch(32).seed(5).build();
        SplittableRandom r = new SplittableRandom(5);
        float[] x = rand(r, 32 * 64, 0, 1);
        int[] y = new int[32];
        for (int i = 0; i < 32; i++) y[i] = r.nextInt(10);
        // the data-parallel path too (flat parameters, weighted shares, step with given gradients)
        Mlp worker = Mlp.builder(64).dense(64, Activation.RELU).dense(32, Activation.TANH).dense(10, Activation.IDENTITY)
                .maxBatch(32).seed(6).build();
        float[] params = new float[m.parameterCount()], g = new float[m.parameterCount()];
        for (int i = 0; i < 3000; i++) { // until C2 has compiled it all; also the smaller last batch
            m.trainStep(x, 0, y, 0, i % 2 == 0 ? 32 : 17);
            dataParallelStep(m, worker, params, g, x, y);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long least = Long.MAX_VALUE;
        // A per-step allocation shows in every window. Warm-up does not, but it can outlast the loop above: on
        // two cores, with the compiles queued by the earlier tests, kernels were seen still running un-compiled
        // (allocating, in their Vector API fallback) after 3000 steps, and for 60 more windows. So windows run
        // until one is quiet or 20 s have passed (time, not a count: the wait is for C2's queue).
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int w = 0; least != 0 && (w < 3 || System.nanoTime() < deadline); w++) {
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 100; i++) {
                m.trainStep(x, 0, y, 0, i % 2 == 0 ? 32 : 17);
                dataParallelStep(m, worker, params, g, x, y);
            }
            least = Math.min(least, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
        }
        assertEquals(0, least, "bytes allocated by 100 warmed-up training steps and 100 data-parallel steps (quietest window in 20 s)");
    }

    private static void dataParallelStep(Mlp driver, Mlp worker, float[] params, float[] g, float[] x, int[] y) {
        driver.getParameters(params, 0);
        worker.setParameters(params, 0);
        worker.zeroGrad();
        worker.forwardBackward(x, 0, y, 0, 17, 17f / 32);
        worker.forwardBackward(x, 17 * 64, y, 17, 15, 15f / 32);
        worker.getGradients(g, 0);
        driver.step(g, 0);
    }

    @Test
    void sameSeedSameBits() {
        // ReLU and MSE: no EXP/TANH, whose Vector API forms differ in the last bit interpreted and compiled, so
        // the two runs must agree whatever C2 compiles between them (Adam's sqrt and div are exact IEEE both ways)
        float[][] out = new float[2][];
        for (int k = 0; k < 2; k++) {
            Mlp m = net(Activation.RELU, Loss.MSE, 0.001f, 16, 77, Optimizer.adam(0.01f));
            SplittableRandom r = new SplittableRandom(77);
            float[] x = rand(r, 16 * 5, -1, 1), t = rand(r, 16 * 4, 0, 1);
            for (int i = 0; i < 10; i++) m.trainStep(x, 0, t, 0, 16);
            out[k] = new float[9 * 5];
            m.getWeights(0, out[k]);
        }
        assertArrayEquals(out[0], out[1]);
    }

    @Test
    void badInputLeavesModelUnchanged() {
        Mlp m = net(Activation.RELU, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 8, 1, Optimizer.sgd(0.1f));
        float[] before = new float[9 * 5], after = new float[9 * 5];
        m.getWeights(0, before);
        float[] x = new float[8 * 5];
        assertThrows(IllegalArgumentException.class, () -> m.trainStep(x, 0, new int[] {0, 1, 4, 0, 0, 0, 0, 0}, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> m.trainStep(new float[9 * 5], 0, new int[9], 0, 9));
        assertThrows(IllegalArgumentException.class, () -> m.trainStep(x, 0, new int[8], 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.trainStep(x, 1, new int[8], 0, 8));
        assertThrows(IllegalArgumentException.class, () -> m.trainStep(x, 0, new float[32], 0, 8));
        assertThrows(IllegalArgumentException.class, () -> m.setLearningRate(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> m.setWeights(0, new float[3]));
        m.getWeights(0, after);
        assertArrayEquals(before, after);
        assertEquals(0.1f, m.optimizer().learningRate());
    }

    /**
     * Data-parallel pieces: a worker model (no L2) that accumulates weighted gradients of two shares (3 and 7 rows) of
     * a 10-row batch, and a driver model that applies their sum with step(g, off) plus its L2 term, end 5 steps of
     * Adam where a single model's trainStep on the whole batch ends. Only the order of the sums differs: the
     * tolerance is 1e-5 relative to the largest parameter (float sums of 10 terms through a 3-layer net, Adam's
     * normalized steps of 1e-2; measured differences are ~1e-7).
     */
    @Test
    void weightedSharesAndStepWithGradientsMatchTrainStep() {
        SplittableRandom r = new SplittableRandom(11);
        Mlp single = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0.01f, 10, 5, Optimizer.adam(1e-2f));
        Mlp driver = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0.01f, 10, 5, Optimizer.adam(1e-2f));
        Mlp worker = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 10, 99, Optimizer.sgd(1f));
        int p = single.parameterCount();
        assertEquals(9 * 5 + 9 + 6 * 9 + 6 + 4 * 6 + 4, p);
        float[] params = new float[p + 3], grads = new float[p];
        for (int step = 0; step < 5; step++) {
            float[] x = rand(r, 10 * 5, -1, 1);
            int[] y = new int[10];
            for (int i = 0; i < 10; i++) y[i] = r.nextInt(4);
            single.trainStep(x, 0, y, 0, 10);
            driver.getParameters(params, 3);
            worker.setParameters(params, 3);
            worker.zeroGrad();
            worker.forwardBackward(x, 0, y, 0, 3, 0.3f);
            worker.forwardBackward(x, 15, y, 3, 7, 0.7f);
            worker.getGradients(grads, 0);
            driver.step(grads, 0);
        }
        float[] a = new float[p], b = new float[p];
        single.getParameters(a, 0);
        driver.getParameters(b, 0);
        float max = 0;
        for (float v : a) max = Math.max(max, Math.abs(v));
        for (int i = 0; i < p; i++) {
            assertEquals(a[i], b[i], 1e-5f * max, "parameter " + i);
        }
        // the flat layout is layer 0's W then b, …: check against the per-layer getters
        float[] w1 = new float[6 * 9], b2 = new float[4];
        driver.getWeights(1, w1);
        driver.getBias(2, b2);
        for (int i = 0; i < w1.length; i++) assertEquals(w1[i], b[9 * 5 + 9 + i]);
        for (int i = 0; i < 4; i++) assertEquals(b2[i], b[p - 4 + i]);
        // lossWeight 1 is the 5-argument form, bit for bit; a weight scales the loss gradient exactly by a power of 2
        float[] x = rand(r, 8 * 5, -1, 1);
        int[] y = {0, 1, 2, 3, 3, 2, 1, 0};
        float[] g1 = new float[p], g2 = new float[p], g3 = new float[p];
        worker.zeroGrad();
        worker.forwardBackward(x, 0, y, 0, 8);
        worker.getGradients(g1, 0);
        worker.zeroGrad();
        worker.forwardBackward(x, 0, y, 0, 8, 1f);
        worker.getGradients(g2, 0);
        worker.zeroGrad();
        worker.forwardBackward(x, 0, y, 0, 8, 0.25f);
        worker.getGradients(g3, 0);
        assertArrayEquals(g1, g2);
        for (int i = 0; i < p; i++) assertEquals(g1[i] * 0.25f, g3[i], "gradient " + i);
        // bad input: nothing changes
        driver.getParameters(a, 0);
        assertThrows(IndexOutOfBoundsException.class, () -> driver.step(new float[p - 1], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> driver.setParameters(new float[p], 1));
        assertThrows(IllegalArgumentException.class, () -> worker.forwardBackward(x, 0, y, 0, 8, Float.NaN));
        assertThrows(NullPointerException.class, () -> driver.getParameters(null, 0));
        driver.getParameters(b, 0);
        assertArrayEquals(a, b);
    }

    /** The bundled digits set: a fixed seed and split reach ≥ 95% held-out accuracy in a couple of seconds. */
    @Test
    void learnsDigits() throws Exception {
        Dataset[] split = Loaders.digits().split(360, 42);
        Mlp model = Mlp.builder(64).dense(64, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.momentum(0.05f, 0.9f)).seed(42).maxBatch(32).build();
        double acc = new Trainer(model, split[0].size).fit(split[0], split[1], 20, 32, 7, null);
        assertTrue(acc >= 0.95, "held-out accuracy " + acc);
    }

    /** fit's log and CSV curve have one row per epoch that agree with evaluate; the confusion matrix counts every sample. */
    @Test
    void fitLogsCsvAndConfusionMatrix() throws Exception {
        Dataset[] split = Loaders.digits().split(360, 42);
        Mlp model = Mlp.builder(64).dense(32, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.sgd(0.1f)).seed(3).maxBatch(50).build();
        Trainer tr = new Trainer(model, split[0].size);
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream(), csv = new java.io.ByteArrayOutputStream();
        double acc;
        try (java.io.PrintStream l = new java.io.PrintStream(log, true, "UTF-8");
             java.io.PrintStream c = new java.io.PrintStream(csv, true, "UTF-8")) {
            acc = tr.fit(split[0], split[1], 3, 50, 7, 0.5f, l, c);
        }
        String[] rows = csv.toString("UTF-8").trim().split("\n");
        assertEquals(4, rows.length, csv.toString("UTF-8"));
        assertTrue(rows[0].startsWith("epoch,elapsed_s,"), rows[0]);
        String[] last = rows[3].split(",");
        assertEquals("3", last[0]);
        assertEquals(acc, Double.parseDouble(last[6]), 1e-6);
        assertEquals(0.1 * 0.25, Double.parseDouble(last[8]), 1e-6, "learning rate of epoch 3 after two decays");
        double[] ev = tr.evaluate(split[1]);
        assertEquals(ev[1], acc);
        long epochLines = log.toString("UTF-8").lines().filter(x -> x.matches("\\s+\\d+\\s+\\d.*")).count();
        assertEquals(3, epochLines, log.toString("UTF-8"));

        int[][] cm = tr.confusionMatrix(split[1]);
        assertEquals(10, cm.length);
        long total = 0, diag = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) total += cm[i][j];
            diag += cm[i][i];
            int trueCount = 0;
            for (int r = 0; r < split[1].size; r++) if (split[1].labels[r] == i) trueCount++;
            int row = 0;
            for (int j = 0; j < 10; j++) row += cm[i][j];
            assertEquals(trueCount, row, "row " + i + " counts the samples of class " + i);
        }
        assertEquals(split[1].size, total);
        assertEquals(acc, (double) diag / split[1].size, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> tr.fit(split[0], split[1], 1, 51, 7, null));
        assertThrows(IllegalArgumentException.class, () -> tr.fit(split[0], split[1], -1, 50, 7, null));
    }

    @Test
    void safetensorsRoundTripAndRejection(@TempDir Path dir) throws Exception {
        Mlp a = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 4, 1, Optimizer.sgd(0.1f));
        Mlp b = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 4, 2, Optimizer.sgd(0.1f));
        Path f = dir.resolve("m.safetensors");
        Safetensors.save(a, f);
        Safetensors.load(b, f);
        for (int l = 0; l < 3; l++) {
            int[] wd = a.widths();
            float[] wa = new float[wd[l + 1] * wd[l]], wb = wa.clone(), ba = new float[wd[l + 1]], bb = ba.clone();
            a.getWeights(l, wa);
            b.getWeights(l, wb);
            a.getBias(l, ba);
            b.getBias(l, bb);
            assertArrayEquals(wa, wb);
            assertArrayEquals(ba, bb);
        }
        // header: 8-byte little-endian length then JSON naming the PyTorch tensors
        byte[] bytes = Files.readAllBytes(f);
        String header = new String(bytes, 8, (int) java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
        assertTrue(header.contains("\"layers.0.weight\":{\"dtype\":\"F32\",\"shape\":[9,5]"), header);
        Mlp c = net(Activation.TANH, Loss.SOFTMAX_CROSS_ENTROPY, 0f, 4, 3, Optimizer.sgd(0.1f));
        float[] before = new float[45], after = new float[45];
        c.getWeights(0, before);
        Files.write(dir.resolve("trunc"), java.util.Arrays.copyOf(bytes, bytes.length - 4));
        assertThrows(java.io.IOException.class, () -> Safetensors.load(c, dir.resolve("trunc")));
        Mlp other = Mlp.builder(5).dense(8, Activation.TANH).dense(6, Activation.TANH).dense(4, Activation.IDENTITY).build();
        Path g = dir.resolve("other");
        Safetensors.save(other, g);
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> Safetensors.load(c, g));
        assertTrue(e.getMessage().contains("shape"), e.getMessage());
        Files.write(dir.resolve("junk"), new byte[] {1, 2, 3});
        assertThrows(java.io.IOException.class, () -> Safetensors.load(c, dir.resolve("junk")));
        c.getWeights(0, after);
        assertArrayEquals(before, after);
    }
}
