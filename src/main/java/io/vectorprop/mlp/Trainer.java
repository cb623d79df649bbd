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

    /**
     * A trainer for data sets of up to {@code maxSamples} samples; allocates its batch buffers now.
     *
     * @param model a classifier (softmax cross-entropy loss)
     * @param maxSamples the largest training set, {@code ≥ 0}
     * @throws IllegalArgumentException if the model's loss is not softmax cross-entropy or {@code maxSamples < 0}
     * @throws NullPointerException if {@code model} is null
     */
    public Trainer(Mlp model, int maxSamples) {
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must be >= 0, was " + maxSamples);
        }
        if (model.lossKind() != Loss.SOFTMAX_CROSS_ENTROPY) {
            throw new IllegalArgumentException("Trainer fits classifiers (softmax cross-entropy)");
        }
        this.model = model;
        perm = new int[maxSamples];
        bx = new float[model.maxBatch() * model.inputWidth()];
        by = new int[model.maxBatch()];
        pred = new int[model.maxBatch()];
    }

    /**
     * One pass over {@code train} in shuffled minibatches (one {@link Mlp#trainStep} each); allocates nothing.
     *
     * @param train the training samples
     * @param batch minibatch size, in {@code [1, model.maxBatch()]} (the last batch may be smaller)
     * @param rnd the source of the shuffle
     * @return the mean training loss over the epoch (0 for an empty set)
     * @throws IllegalArgumentException if the data set does not fit the model or this trainer, or {@code batch}
     *         is out of range
     */
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

    /**
     * Mean loss and accuracy of the model on a data set, in batches of the model's largest batch. Parameters and
     * gradients are not changed.
     *
     * @param data the samples; their width must be the model's input width
     * @return {@code {mean loss, accuracy}}, both 0 for an empty set
     * @throws IllegalArgumentException if the data set does not fit the model or this trainer
     */
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

    /**
     * The confusion matrix of the model on a data set: {@code m[true class][predicted class]} counts samples.
     *
     * @param data the samples; their width must be the model's input width
     * @return a new {@code outputWidth × outputWidth} matrix whose entries sum to {@code data.size}
     * @throws IllegalArgumentException if the data set does not fit the model or this trainer
     */
    public int[][] confusionMatrix(Dataset data) {
        check(data);
        int c = model.outputWidth(), mb = model.maxBatch();
        int[][] cm = new int[c][c];
        for (int s = 0; s < data.size; s += mb) {
            int m = Math.min(mb, data.size - s);
            model.predictClasses(data.x, s * data.width, m, pred, 0);
            for (int r = 0; r < m; r++) cm[data.labels[s + r]][pred[r]]++;
        }
        return cm;
    }

    /**
     * Trains for {@code epochs} at a constant learning rate, printing one line per epoch to {@code log}.
     *
     * @param train the training samples, reshuffled every epoch
     * @param heldOut samples to evaluate after each epoch, or null for none
     * @param epochs number of passes over {@code train}, {@code ≥ 0}
     * @param batch minibatch size, in {@code [1, model.maxBatch()]} (the last batch of an epoch may be smaller)
     * @param seed seed of the shuffles: the same seed, model and data give the same training
     * @param log where the progress lines go, or null for none
     * @return the held-out accuracy after the last epoch (NaN without held-out data or epochs)
     * @throws IllegalArgumentException if a data set does not fit the model or this trainer, or {@code batch}
     *         is out of range
     */
    public double fit(Dataset train, Dataset heldOut, int epochs, int batch, long seed, PrintStream log) {
        return fit(train, heldOut, epochs, batch, seed, 1f, log, null);
    }

    /**
     * Trains for {@code epochs}, multiplying the learning rate by {@code lrDecay} after each epoch, printing a header
     * and one line per epoch to {@code log} (mean training loss, training and held-out accuracy, held-out loss,
     * seconds spent training, steps/s and samples/s; evaluation is not timed), and, if {@code csv} is not null, the
     * same figures as CSV with a header line (the learning curve).
     *
     * @param train the training samples, reshuffled every epoch
     * @param heldOut samples to evaluate after each epoch, or null for none
     * @param epochs number of passes over {@code train}, {@code ≥ 0}
     * @param batch minibatch size, in {@code [1, model.maxBatch()]} (the last batch of an epoch may be smaller)
     * @param seed seed of the shuffles: the same seed, model and data give the same training
     * @param lrDecay factor applied to the learning rate after each epoch, finite and {@code > 0} (1 = constant)
     * @param log where the progress lines go, or null for none
     * @param csv where the CSV curve goes, or null for none
     * @return the held-out accuracy after the last epoch (NaN without held-out data or epochs)
     * @throws IllegalArgumentException if a data set does not fit the model or this trainer, {@code batch} is out
     *         of range, or {@code lrDecay} is not finite and positive
     */
    public double fit(Dataset train, Dataset heldOut, int epochs, int batch, long seed, float lrDecay,
                      PrintStream log, PrintStream csv) {
        if (!(lrDecay > 0) || !Float.isFinite(lrDecay)) {
            throw new IllegalArgumentException("lrDecay must be finite and > 0, was " + lrDecay);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, was " + epochs);
        }
        if (batch < 1 || batch > model.maxBatch()) {
            throw new IllegalArgumentException("batch must be in [1, " + model.maxBatch() + "], was " + batch);
        }
        check(train);
        if (heldOut != null) {
            check(heldOut);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        if (log != null) {
            int th = model.effectiveThreads();
            log.printf("training on %d %s, batch %d, %d steps per epoch%n", th, th == 1 ? "thread" : "threads", batch,
                    (train.size + batch - 1) / batch);
            log.println("epoch  train loss  train acc  held-out loss  held-out acc    time s   steps/s  samples/s");
        }
        if (csv != null) {
            csv.println("epoch,elapsed_s,epoch_s,train_loss,train_acc,heldout_loss,heldout_acc,steps_per_s,learning_rate");
        }
        double elapsed = 0, acc = Double.NaN;
        for (int e = 1; e <= epochs; e++) {
            float lr = model.optimizer().learningRate();
            long t0 = System.nanoTime();
            double trainLoss = trainEpoch(train, batch, rnd);
            double sec = (System.nanoTime() - t0) / 1e9;
            elapsed += sec;
            double[] tr = evaluate(train);
            double[] te = heldOut == null ? new double[] {Double.NaN, Double.NaN} : evaluate(heldOut);
            acc = te[1];
            model.setLearningRate(lr * lrDecay);
            double steps = Math.ceil((double) train.size / batch) / sec;
            if (log != null) {
                log.printf("%5d  %10.4f  %9.4f  %13.4f  %12.4f  %8.3f  %8.0f  %9.0f%n",
                        e, trainLoss, tr[1], te[0], te[1], sec, steps, train.size / sec);
            }
            if (csv != null) {
                csv.printf(java.util.Locale.ROOT, "%d,%.4f,%.4f,%.6f,%.6f,%.6f,%.6f,%.1f,%.6g%n",
                        e, elapsed, sec, trainLoss, tr[1], te[0], te[1], steps, lr);
            }
        }
        if (csv != null) {
            csv.flush();
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
