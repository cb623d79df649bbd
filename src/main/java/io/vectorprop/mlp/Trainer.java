package io.vectorprop.mlp;

import io.vectorprop.data.Dataset;
import java.io.PrintStream;
import java.util.SplittableRandom;

/**
 * The fit loop for a classifier {@link Mlp}: seeded shuffling, minibatches gathered into buffers allocated
 * once, per-epoch loss and accuracy on training and held-out data, and a progress line with samples/s.
 * The constructor allocates everything an epoch needs; {@link #trainEpoch} allocates nothing. Steps use the
 * model's threads (by default all of the library's, see {@link Mlp.Builder#threads(int)}).
 * Not thread-safe.
 */
public final class Trainer {
    private final Mlp model;
    private final int[] perm;
    private final float[] bx;
    private final int[] by, pred;

    /** For data sets of up to {@code maxSamples} samples. */
    public Trainer(Mlp model, int maxSamples) {
        if (model.lossKind() != Loss.SOFTMAX_CROSS_ENTROPY) {
            throw new IllegalArgumentException("Trainer fits classifiers (softmax cross-entropy)");
        }
        this.model = model;
        perm = new int[maxSamples];
        bx = new float[model.maxBatch() * model.inputWidth()];
        by = new int[model.maxBatch()];
        pred = new int[model.maxBatch()];
    }

    /** One pass over {@code train} in shuffled minibatches of {@code batch}; returns the mean training loss. */
    public double trainEpoch(Dataset train, int batch, SplittableRandom rnd) {
        check(train);
        if (batch < 1 || batch > model.maxBatch()) {
            throw new IllegalArgumentException("batch must be in [1, " + model.maxBatch() + "], was " + batch);
        }
        int n = train.size, d = train.width;
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1), t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double sum = 0;
        for (int s = 0; s < n; s += batch) {
            int m = Math.min(batch, n - s);
            for (int r = 0; r < m; r++) {
                System.arraycopy(train.x, perm[s + r] * d, bx, r * d, d);
                by[r] = train.labels[perm[s + r]];
            }
            sum += (double) model.trainStep(bx, 0, by, 0, m) * m;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** {@code {mean loss, accuracy}} of the model on {@code data}, in batches of the model's largest batch. */
    public double[] evaluate(Dataset data) {
        check(data);
        double loss = 0;
        long correct = 0;
        int mb = model.maxBatch();
        for (int s = 0; s < data.size; s += mb) {
            int m = Math.min(mb, data.size - s);
            loss += (double) model.loss(data.x, s * data.width, data.labels, s, m) * m;
            model.predictClasses(data.x, s * data.width, m, pred, 0);
            for (int r = 0; r < m; r++) {
                if (pred[r] == data.labels[s + r]) correct++;
            }
        }
        return new double[] {data.size == 0 ? 0 : loss / data.size, data.size == 0 ? 0 : (double) correct / data.size};
    }

    /** Trains for {@code epochs}, printing one line per epoch to {@code log} (null for none); returns the last held-out accuracy. */
    public double fit(Dataset train, Dataset heldOut, int epochs, int batch, long seed, PrintStream log) {
        return fit(train, heldOut, epochs, batch, seed, 1f, log);
    }

    /** As above, multiplying the learning rate by {@code lrDecay} after each epoch (1 = constant). */
    public double fit(Dataset train, Dataset heldOut, int epochs, int batch, long seed, float lrDecay, PrintStream log) {
        if (!(lrDecay > 0) || !Float.isFinite(lrDecay)) {
            throw new IllegalArgumentException("lrDecay must be finite and > 0, was " + lrDecay);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        if (log != null) {
            int th = model.effectiveThreads();
            log.printf("training on %d %s (model setting %s; -Dvectorprop.threads=N or VectorProp.setThreads(n) to change)%n",
                    th, th == 1 ? "thread" : "threads", model.threads() == 0 ? "0 = all of the library's" : model.threads());
        }
        long start = System.nanoTime();
        double acc = Double.NaN;
        for (int e = 1; e <= epochs; e++) {
            long t0 = System.nanoTime();
            double trainLoss = trainEpoch(train, batch, rnd);
            double sec = (System.nanoTime() - t0) / 1e9;
            double[] tr = evaluate(train);
            double[] te = heldOut == null ? new double[] {Double.NaN, Double.NaN} : evaluate(heldOut);
            acc = te[1];
            model.setLearningRate(model.optimizer().learningRate() * lrDecay);
            if (log != null) {
                log.printf("epoch %2d  loss %.4f  train acc %.4f  held-out loss %.4f acc %.4f  %.1f ms/epoch  %,.0f samples/s  %,.0f steps/s  elapsed %.1f s%n",
                        e, trainLoss, tr[1], te[0], te[1], sec * 1e3, train.size / sec,
                        Math.ceil((double) train.size / batch) / sec, (System.nanoTime() - start) / 1e9);
            }
        }
        return acc;
    }

    private void check(Dataset d) {
        if (d.width != model.inputWidth() || d.classes > model.outputWidth() || d.size > perm.length) {
            throw new IllegalArgumentException("data set (" + d.size + " × " + d.width + ", " + d.classes
                    + " classes) does not fit the model (input " + model.inputWidth() + ", outputs "
                    + model.outputWidth() + ", trainer sized for " + perm.length + " samples)");
        }
    }
}
