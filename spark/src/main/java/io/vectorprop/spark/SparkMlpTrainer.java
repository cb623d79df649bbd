package io.vectorprop.spark;

import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Synchronous data-parallel minibatch training of a vectorprop {@link Mlp} on Spark.
 *
 * <p>Each step the driver broadcasts its current parameters; every partition computes, with an executor-side
 * {@code Mlp} (one per concurrently running task in each executor JVM, reused across tasks and steps), the
 * gradient of its share of the global minibatch, weighted so that the shares sum to the gradient of the global
 * mean loss; {@code treeAggregate} sums them (in an order Spark chooses); the driver adds its L2 term and applies
 * its optimizer. {@link #localSteps} trades this exactness for fewer Spark jobs.
 * Global minibatches depend on the data and the seed only ({@link GlobalBatches}), so N steps here equal N steps
 * of a single {@code Mlp} on the same batches, up to the order of float sums, for any partitioning. Tasks are
 * pure functions of (parameters, partition, step): Spark may retry them without changing the result.
 *
 * <p>Input: a features column of {@code org.apache.spark.ml.linalg.Vector} and a label column of whole numbers
 * in {@code [0, classes)} (any numeric type). Rows are checked before training starts: nulls, a wrong feature
 * width, non-finite features and bad labels give an {@link IllegalArgumentException} naming the first one.
 */
public final class SparkMlpTrainer {
    private final MlpSpec spec;
    private final Optimizer optimizer;
    private final float l2;
    private int chunk = 256, workerThreads = 1, depth = 2, localSteps = 1;
    private float localRate;
    private double validationFraction;
    private long heldOutRows;

    /** Testing hook: the task of partition 0 at this global step throws once (then the hook resets). */
    static final AtomicInteger FAIL_ONCE_AT_STEP = new AtomicInteger(-1);

    /** Per-epoch progress, given to the callback of {@link #fit}. */
    public static final class Epoch {
        /** The epoch, from 1. */
        public final int epoch;
        /** Mean training loss over the epoch's batches (each batch's mean, weighted by its rows). */
        public final double loss;
        /** Seconds the epoch's steps took. */
        public final double seconds;
        /** Optimizer steps of the driver in the epoch (global minibatches; with local steps, Spark jobs). */
        public final int steps;
        /** Global minibatches trained on in the epoch. */
        public final int batches;
        /** Accuracy on the held-out rows after the epoch, NaN without them ({@link #validationFraction}). */
        public final double heldOutAccuracy;
        /** Where the epoch's time went, in seconds: parameter broadcasts, Spark jobs (gradient tasks and their
         *  sum), the driver's optimizer steps, and the tasks' own forward/backward compute summed over tasks. */
        public final double broadcastSeconds, jobSeconds, updateSeconds, taskComputeSeconds;
        /** The driver's model after the epoch (do not train it meanwhile). */
        public final Mlp model;

        Epoch(int epoch, double loss, double seconds, int batches, int steps, double heldOutAccuracy, Mlp model,
              double[] times) {
            this.batches = batches;
            this.broadcastSeconds = times[0];
            this.jobSeconds = times[1];
            this.updateSeconds = times[2];
            this.taskComputeSeconds = times[3];
            this.heldOutAccuracy = heldOutAccuracy;
            this.epoch = epoch;
            this.loss = loss;
            this.seconds = seconds;
            this.steps = steps;
            this.model = model;
        }
    }

    /**
     * @param spec the model
     * @param optimizer the driver's update rule
     * @param l2 L2 strength λ (of {@code λ·½Σ‖W‖²})
     */
    public SparkMlpTrainer(MlpSpec spec, Optimizer optimizer, float l2) {
        this.spec = spec;
        this.optimizer = optimizer;
        this.l2 = l2;
    }

    /**
     * Rows per executor-side forward/backward call (default 256): a partition's share of a batch runs in equal pieces
     * of at most {@code 1.25 × rows} (a share of 530 rows with 512: one call). Larger chunks are faster and use more
     * executor memory.
     *
     * @param rows the chunk size, {@code ≥ 1}
     * @return this trainer
     */
    public SparkMlpTrainer chunk(int rows) {
        if (rows < 1) throw new IllegalArgumentException("chunk must be >= 1, was " + rows);
        this.chunk = rows;
        return this;
    }

    /**
     * Holds out this fraction of the rows (chosen by content hash and seed, so independent of the partitioning):
     * they are not trained on, and their accuracy is reported after each epoch. Default 0.
     *
     * @param fraction in {@code [0, 1)}
     * @return this trainer
     */
    public SparkMlpTrainer validationFraction(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) throw new IllegalArgumentException("validationFraction must be in [0, 1)");
        this.validationFraction = fraction;
        return this;
    }

    /**
     * vectorprop threads per task (default 1: Spark runs one task per core).
     *
     * @param threads threads, {@code ≥ 1}
     * @return this trainer
     */
    public SparkMlpTrainer workerThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("workerThreads must be >= 1, was " + threads);
        this.workerThreads = threads;
        return this;
    }

    /**
     * Local steps between averages (local SGD), a trade-off against Spark's fixed cost per job: each Spark job then
     * covers {@code k} consecutive global minibatches. Every partition starts from the driver's parameters θ and
     * takes {@code k} plain SGD steps of rate {@code rate} on its shares of them (each step on its share's mean loss,
     * without L2); the driver sums the partitions' pseudo-gradients {@code (θ − θ_p) / rate}, each weighted by its
     * fraction of the job's rows, adds its L2 term and takes one step of its optimizer with that sum. With the
     * driver's optimizer {@code SGD(rate)} this is model averaging; with one partition, {@code k} steps of
     * single-machine SGD. The result depends on the partitioning (partitions see only their own rows between
     * averages), and the driver's optimizer takes one step per {@code k} batches. {@code k = 1} (the default) is
     * the synchronous algorithm of the class description, for any {@code rate}.
     *
     * @param k global minibatches per Spark job, {@code ≥ 1}
     * @param rate the partitions' SGD rate, finite and {@code > 0}
     * @return this trainer
     */
    public SparkMlpTrainer localSteps(int k, float rate) {
        if (k < 1) throw new IllegalArgumentException("localSteps must be >= 1, was " + k);
        if (!(rate > 0 && Float.isFinite(rate))) throw new IllegalArgumentException("local rate must be finite and > 0, was " + rate);
        this.localSteps = k;
        this.localRate = rate;
        return this;
    }

    /**
     * Trains a new model.
     *
     * @param data the rows
     * @param featuresCol name of the features column ({@code Vector})
     * @param labelCol name of the label column (numeric, whole numbers in {@code [0, classes)})
     * @param epochs passes over the data
     * @param batch rows per global minibatch
     * @param seed seed of the batch order (the initialization's is the spec's)
     * @param progress called after each epoch, or null
     * @return the driver's model
     * @throws IllegalArgumentException for bad input (before training starts) or bad arguments
     */
    public Mlp fit(Dataset<Row> data, String featuresCol, String labelCol, int epochs, int batch, long seed,
                   Consumer<Epoch> progress) {
        if (epochs < 0 || batch < 1) {
            throw new IllegalArgumentException("epochs must be >= 0 and batch >= 1, were " + epochs + ", " + batch);
        }
        Mlp model = spec.build(optimizer, l2, 1, 1);
        JavaRDD<Block> blocks = toBlocks(data, featuresCol, labelCol, spec, validationFraction, seed);
        blocks.persist(StorageLevel.MEMORY_ONLY());
        try {
            List<Block> summary = blocks.map(b -> new Block(b.partition, b.rows, b.width, null, null, b.hash,
                    b.heldRows, null, null, b.error)).collect();
            long[][] hashes = new long[summary.size()][];
            long n = 0, held = 0;
            for (Block b : summary) {
                if (b.error != null) {
                    throw new IllegalArgumentException(b.error);
                }
                hashes[b.partition] = b.hash;
                n += b.rows;
                held += b.heldRows;
            }
            heldOutRows = held;
            if (n == 0) {
                throw new IllegalArgumentException("no rows to train on");
            }
            train(JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext()), blocks, hashes, n, model,
                    epochs, batch, seed, progress);
            return model;
        } finally {
            blocks.unpersist(false);
        }
    }

    private void train(JavaSparkContext sc, JavaRDD<Block> blocks, long[][] hashes, long n, Mlp model, int epochs,
                       int batch, long seed, Consumer<Epoch> progress) {
        int p = model.parameterCount();
        float[] params = new float[p];
        int steps = (int) ((n + batch - 1) / batch);
        MlpSpec spec = this.spec;
        int chunk = this.chunk, threads = this.workerThreads, k = this.localSteps;
        float rate = this.localRate;
        int globalStep = 0;
        for (int e = 0; e < epochs; e++) {
            long t0 = System.nanoTime();
            Broadcast<int[][]> assignment = sc.broadcast(GlobalBatches.assign(hashes, seed, e, batch));
            double lossSum = 0;
            double[] times = new double[4];
            int jobs = 0;
            for (int s = 0; s < steps; s += k, jobs++) {
                long c0 = System.nanoTime();
                model.getParameters(params, 0);
                Broadcast<float[]> bp = sc.broadcast(params);
                long c1 = System.nanoTime();
                int first = s, count = Math.min(k, steps - s), gs = globalStep;
                globalStep += count;
                long rows = Math.min((long) batch * count, n - (long) s * batch);
                JavaRDD<float[]> parts = k == 1
                        ? blocks.map(b -> partitionGradient(b, spec, chunk, threads, bp.value(),
                                assignment.value()[b.partition], first, (int) rows, gs))
                        : blocks.map(b -> partitionLocalSteps(b, spec, chunk, threads, bp.value(),
                                assignment.value()[b.partition], first, count, rows, rate, gs));
                // the zero is null, so tasks do not carry a P-float zero array; with one Block per partition the
                // seqOp only hands the partition's array on. Measured on local[2] (235K floats per partition):
                // ~14.6 ms per job, as collecting and adding on the driver (treeReduce: ~21 ms; empty job ~8.5 ms)
                float[] sum = parts.treeAggregate(null, SparkMlpTrainer::addNullable, SparkMlpTrainer::addNullable,
                        depth);
                long c2 = System.nanoTime();
                bp.destroy();
                lossSum += sum[p] * rows;
                if ((long) sum[p + 1] != rows) {
                    throw new IllegalStateException("steps " + first + ".." + (first + count - 1) + " saw "
                            + (long) sum[p + 1] + " rows, expected " + rows);
                }
                model.step(sum, 0);
                long c3 = System.nanoTime();
                times[0] += (c1 - c0) / 1e9;
                times[1] += (c2 - c1) / 1e9;
                times[2] += (c3 - c2) / 1e9;
                times[3] += sum[p + 2];
            }
            assignment.destroy();
            double sec = (System.nanoTime() - t0) / 1e9;
            if (progress != null) {
                double acc = Double.NaN;
                if (heldOutRows > 0) {
                    model.getParameters(params, 0);
                    Broadcast<float[]> bp = sc.broadcast(params);
                    long correct = blocks.map(b -> heldOutCorrect(b, spec, chunk, threads, bp.value()))
                            .reduce(Long::sum);
                    bp.destroy();
                    acc = (double) correct / heldOutRows;
                }
                progress.accept(new Epoch(e + 1, lossSum / n, sec, steps, jobs, acc, model, times));
            }
        }
    }

    /** Rows a worker's model takes per call: a partition's share of a batch runs in equal pieces of at most this. */
    static int capacity(int chunk) {
        return chunk + chunk / 4;
    }

    /**
     * Starts walking the partition's rows of batch {@code step} in equal pieces (so a share slightly above the chunk
     * size does not leave a tiny, slow last call); returns the share. The walk's state is in the worker, so a task
     * allocates nothing for it.
     */
    static int startPieces(Block b, int[] batchOf, int step, Worker w, int chunk) {
        int share = 0;
        for (int r = 0; r < b.rows; r++) if (batchOf[r] == step) share++;
        w.step = step;
        w.row = 0;
        w.piece = 0;
        w.share = share;
        w.pieces = (share + capacity(chunk) - 1) / capacity(chunk);
        return share;
    }

    /** Gathers the next piece into the worker's buffers; returns its rows, 0 after the last piece. */
    static int nextPiece(Block b, int[] batchOf, Worker w) {
        if (w.piece == w.pieces) return 0;
        int target = w.share / w.pieces + (w.piece < w.share % w.pieces ? 1 : 0), d = b.width, taken = 0;
        while (taken < target) {
            int r = w.row++;
            if (batchOf[r] == w.step) {
                System.arraycopy(b.x, r * d, w.x, taken * d, d);
                w.y[taken++] = b.y[r];
            }
        }
        w.piece++;
        return taken;
    }

    /**
     * A task's result: P floats for the caller to fill, then the weighted loss, the row count and the task's compute
     * time in s. Floats: P·4 bytes stay under Spark's 1 MiB direct-result limit for models up to ~262K parameters.
     * New for each task: Spark serializes it after the task returns, when another task may already hold the worker.
     */
    private static float[] result(int pc, float loss, long rows, long t0) {
        float[] out = new float[pc + 3];
        out[pc] = loss;
        out[pc + 1] = rows;
        out[pc + 2] = (System.nanoTime() - t0) * 1e-9f;
        return out;
    }

    /** The weighted gradient sum of the partition's rows of one batch ({@link #result}). */
    static float[] partitionGradient(Block b, MlpSpec spec, int chunk, int threads, float[] params, int[] batchOf,
                                      int step, int rowsInBatch, int globalStep) {
        failIfInjected(b, globalStep);
        long t0 = System.nanoTime();
        Worker w = Worker.borrow(spec, capacity(chunk), threads);
        try {
            Mlp m = w.model;
            m.setParameters(params, 0);
            m.zeroGrad();
            float loss = 0;
            int rows = startPieces(b, batchOf, step, w, chunk);
            for (int taken; (taken = nextPiece(b, batchOf, w)) > 0; ) {
                float weight = (float) taken / rowsInBatch;
                loss += m.forwardBackward(w.x, 0, w.y, 0, taken, weight) * weight;
            }
            float[] out = result(m.parameterCount(), loss, rows, t0);
            if (rows > 0) {
                m.getGradients(out, 0);
            }
            return out;
        } finally {
            Worker.giveBack(spec, capacity(chunk), threads, w);
        }
    }

    /**
     * Local steps: from the broadcast parameters θ, {@code count} plain SGD steps (rate {@code rate}) on the
     * partition's shares of batches {@code first..}, each on its share's mean loss; returns ({@link #result})
     * {@code (θ − θ_local)·n_p / (rows·rate)} (the partition's weight {@code n_p / rows} times its pseudo-gradient).
     */
    static float[] partitionLocalSteps(Block b, MlpSpec spec, int chunk, int threads, float[] params, int[] batchOf,
                                       int first, int count, long rows, float rate, int globalStep) {
        failIfInjected(b, globalStep);
        long t0 = System.nanoTime();
        Worker w = Worker.borrow(spec, capacity(chunk), threads);
        try {
            Mlp m = w.model; // SGD with rate 1 and no L2: the rate is folded into the loss weight
            m.setParameters(params, 0);
            float loss = 0;
            long mine = 0;
            for (int j = 0; j < count; j++) {
                int share = startPieces(b, batchOf, first + j, w, chunk);
                if (share == 0) continue;
                m.zeroGrad();
                for (int taken; (taken = nextPiece(b, batchOf, w)) > 0; ) {
                    loss += m.forwardBackward(w.x, 0, w.y, 0, taken, rate * taken / share) * ((float) taken / rows);
                }
                m.step();
                mine += share;
            }
            int pc = m.parameterCount();
            float[] out = result(pc, loss, mine, t0);
            if (mine > 0) {
                m.getParameters(out, 0);
                float scale = (float) ((double) mine / ((double) rows * rate));
                for (int i = 0; i < pc; i++) out[i] = (params[i] - out[i]) * scale;
            }
            return out;
        } finally {
            Worker.giveBack(spec, capacity(chunk), threads, w);
        }
    }

    private static void failIfInjected(Block b, int globalStep) {
        if (b.partition == 0 && FAIL_ONCE_AT_STEP.compareAndSet(globalStep, -1)) {
            throw new IllegalStateException("injected task failure at step " + globalStep + " (test hook)");
        }
    }

    static long heldOutCorrect(Block b, MlpSpec spec, int chunk, int threads, float[] params) {
        if (b.heldRows == 0) {
            return 0;
        }
        Worker w = Worker.borrow(spec, capacity(chunk), threads);
        try {
            w.model.setParameters(params, 0);
            long correct = 0;
            for (int s = 0; s < b.heldRows; s += chunk) {
                int m = Math.min(chunk, b.heldRows - s);
                w.model.predictClasses(b.hx, s * b.width, m, w.y, 0);
                for (int r = 0; r < m; r++) if (w.y[r] == b.hy[s + r]) correct++;
            }
            return correct;
        } finally {
            Worker.giveBack(spec, capacity(chunk), threads, w);
        }
    }

    /** Whether a row is held out: a seeded function of its content hash, so the same for any partitioning. */
    static boolean heldOut(long hash, long seed, double fraction) {
        return fraction > 0 && (GlobalBatches.mix(hash ^ (seed * 0x9E3779B97F4A7C15L + 0x5DEECE66DL)) >>> 11) * 0x1.0p-53 < fraction;
    }

    static float[] add(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) a[i] += b[i];
        return a;
    }

    static float[] addNullable(float[] a, float[] b) {
        return a == null ? b : b == null ? a : add(a, b);
    }

    /** Converts rows to one {@link Block} per partition, recording the first bad row instead of failing the task. */
    static JavaRDD<Block> toBlocks(Dataset<Row> data, String featuresCol, String labelCol, MlpSpec spec,
                                   double validationFraction, long seed) {
        int width = spec.inputWidth(), classes = spec.classes();
        return data.select(featuresCol, labelCol).javaRDD().mapPartitionsWithIndex((pid, it) -> {
            List<float[]> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            String error = null;
            long index = 0;
            while (it.hasNext()) {
                Row row = it.next();
                String where = "row " + index++ + " of partition " + pid;
                if (error != null) continue;
                if (row.isNullAt(0) || row.isNullAt(1)) {
                    error = where + ": null " + (row.isNullAt(0) ? "features ('" + featuresCol + "')" : "label ('" + labelCol + "')");
                    continue;
                }
                Vector v = (Vector) row.get(0);
                if (v.size() != width) {
                    error = where + ": " + v.size() + " features, the model's input width is " + width;
                    continue;
                }
                double lab = ((Number) row.get(1)).doubleValue();
                if (!(lab >= 0 && lab < classes && lab == Math.rint(lab))) {
                    error = where + ": label " + lab + " is not a class in [0, " + classes + ")";
                    continue;
                }
                float[] x = new float[width];
                for (int j = 0; j < width; j++) {
                    x[j] = (float) v.apply(j);
                    if (!Float.isFinite(x[j])) {
                        error = where + ": feature " + j + " is " + v.apply(j) + " (not finite as a float)";
                        break;
                    }
                }
                xs.add(x);
                ys.add((int) lab);
            }
            int all = error != null ? 0 : xs.size();
            long[] hashAll = new long[all];
            int held = 0;
            for (int r = 0; r < all; r++) {
                hashAll[r] = GlobalBatches.rowHash(xs.get(r), 0, width, ys.get(r));
                if (heldOut(hashAll[r], seed, validationFraction)) held++;
            }
            int rows = all - held;
            float[] x = new float[rows * width], hx = new float[held * width];
            int[] y = new int[rows], hy = new int[held];
            long[] hash = new long[rows];
            for (int r = 0, t = 0, v = 0; r < all; r++) {
                if (heldOut(hashAll[r], seed, validationFraction)) {
                    System.arraycopy(xs.get(r), 0, hx, v * width, width);
                    hy[v++] = ys.get(r);
                } else {
                    System.arraycopy(xs.get(r), 0, x, t * width, width);
                    y[t] = ys.get(r);
                    hash[t++] = hashAll[r];
                }
            }
            Iterator<Block> one = Collections.singletonList(new Block(pid, rows, width, x, y, hash, held, hx, hy, error)).iterator();
            return one;
        }, true);
    }
}
