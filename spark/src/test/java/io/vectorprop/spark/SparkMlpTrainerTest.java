package io.vectorprop.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark local[2] (up to 3 attempts per task) against the single-machine Mlp on the same global minibatches. */
class SparkMlpTrainerTest {
    static SparkSession spark;
    static final int WIDTH = 8, CLASSES = 3, ROWS = 600;
    static float[] xs;
    static int[] ys;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2,3]").appName("vectorprop-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SplittableRandom r = new SplittableRandom(5);
        xs = new float[ROWS * WIDTH];
        ys = new int[ROWS];
        for (int i = 0; i < ROWS; i++) { // three Gaussian blobs
            ys[i] = r.nextInt(CLASSES);
            for (int j = 0; j < WIDTH; j++) xs[i * WIDTH + j] = (float) (r.nextGaussian() + (j % CLASSES == ys[i] ? 1.5 : 0));
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static StructType schema() {
        return new StructType().add("features", new VectorUDT()).add("label", DataTypes.DoubleType);
    }

    static Dataset<Row> frame(int partitions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            double[] f = new double[WIDTH];
            for (int j = 0; j < WIDTH; j++) f[j] = xs[i * WIDTH + j];
            rows.add(RowFactory.create(Vectors.dense(f), (double) ys[i]));
        }
        return spark.createDataFrame(rows, schema()).repartition(partitions);
    }

    static final MlpSpec SPEC = new MlpSpec(new int[] {WIDTH, 16, 12, CLASSES}, "tanh", 3);

    static float[] sparkParams(Dataset<Row> df, int epochs, int batch) {
        Mlp m = new SparkMlpTrainer(SPEC, Optimizer.adam(1e-2f), 1e-3f).chunk(40)
                .fit(df, "features", "label", epochs, batch, 17, null);
        float[] p = new float[m.parameterCount()];
        m.getParameters(p, 0);
        return p;
    }

    /** The single-machine reference: trainStep on each global batch (GlobalBatches over one partition). */
    static float[] singleParams(int epochs, int batch) {
        return singleParams(epochs, batch, Optimizer.adam(1e-2f), 1e-3f);
    }

    static float[] singleParams(int epochs, int batch, Optimizer opt, float l2) {
        Mlp m = SPEC.build(opt, l2, batch, 1);
        long[] h = new long[ROWS];
        for (int i = 0; i < ROWS; i++) h[i] = GlobalBatches.rowHash(xs, i * WIDTH, WIDTH, ys[i]);
        float[] bx = new float[batch * WIDTH];
        int[] by = new int[batch];
        int steps = (ROWS + batch - 1) / batch;
        for (int e = 0; e < epochs; e++) {
            int[] of = GlobalBatches.assign(new long[][] {h}, 17, e, batch)[0];
            for (int s = 0; s < steps; s++) {
                int k = 0;
                for (int i = 0; i < ROWS; i++) {
                    if (of[i] == s) {
                        System.arraycopy(xs, i * WIDTH, bx, k * WIDTH, WIDTH);
                        by[k++] = ys[i];
                    }
                }
                m.trainStep(bx, 0, by, 0, k);
            }
        }
        float[] p = new float[m.parameterCount()];
        m.getParameters(p, 0);
        return p;
    }

    /**
     * Max |a − b| over the parameters, relative to max |a|. Float sums in another order differ by a few ulps per
     * step; Adam divides by √v, which can amplify such differences where v is tiny, over 20 steps: 1e-5 of the
     * largest parameter is the stated tolerance (measured: 6e-8 to 1.2e-7, about 1.5e-7 of it).
     */
    static void assertClose(float[] a, float[] b, String what) {
        assertEquals(a.length, b.length);
        double max = 0, diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        System.out.printf("%s: max difference %.3g of max parameter %.3g%n", what, diff, max);
        assertTrue(max > 0.1, "parameters look untrained: max " + max);
        assertTrue(diff <= 1e-5 * max, what + ": max difference " + diff + " of max parameter " + max);
    }

    @Test
    void sameParametersAsSingleMachineForAnyPartitioning() {
        float[] single = singleParams(2, 64); // 2 epochs × 10 steps, last batch 24 rows
        float[] three = sparkParams(frame(3), 2, 64);
        assertClose(single, three, "3 partitions vs single machine");
        float[] five = sparkParams(frame(5), 2, 64);
        assertClose(three, five, "5 vs 3 partitions");
        float[] one = sparkParams(frame(1), 2, 64);
        assertClose(single, one, "1 partition vs single machine");
    }

    @Test
    void retriedTaskLeavesTheResultUnchanged() {
        Dataset<Row> df = frame(2).cache();
        float[] clean = sparkParams(df, 1, 100);
        SparkMlpTrainer.FAIL_ONCE_AT_STEP.set(3);
        float[] retried = sparkParams(df, 1, 100);
        assertEquals(-1, SparkMlpTrainer.FAIL_ONCE_AT_STEP.get(), "the injected failure did not happen");
        assertClose(clean, retried, "with a retried task");
        df.unpersist();
    }

    @Test
    void badInputFailsBeforeTraining() {
        SparkMlpTrainer t = new SparkMlpTrainer(SPEC, Optimizer.sgd(0.1f), 0f);
        List<Row> rows = new ArrayList<>();
        rows.add(RowFactory.create(Vectors.dense(new double[WIDTH]), 1.0));
        rows.add(RowFactory.create(Vectors.dense(new double[WIDTH - 1]), 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(rows, schema()), "features", "label", 1, 4, 1, null));
        assertTrue(e.getMessage().contains("7 features, the model's input width is 8"), e.getMessage());

        rows.set(1, RowFactory.create(Vectors.dense(new double[WIDTH]), 3.0));
        e = assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(rows, schema()), "features", "label", 1, 4, 1, null));
        assertTrue(e.getMessage().contains("label 3.0 is not a class in [0, 3)"), e.getMessage());

        rows.set(1, RowFactory.create(Vectors.dense(new double[WIDTH]), 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(rows, schema()), "features", "label", 1, 4, 1, null));

        rows.set(1, RowFactory.create(Vectors.dense(new double[WIDTH]), null));
        e = assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(rows, schema()), "features", "label", 1, 4, 1, null));
        assertTrue(e.getMessage().contains("null label"), e.getMessage());

        double[] nan = new double[WIDTH];
        nan[2] = Double.NaN;
        rows.set(1, RowFactory.create(Vectors.dense(nan), 1.0));
        e = assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(rows, schema()), "features", "label", 1, 4, 1, null));
        assertTrue(e.getMessage().contains("feature 2 is NaN"), e.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> t.fit(spark.createDataFrame(new ArrayList<Row>(), schema()), "features", "label", 1, 4, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new MlpSpec(new int[] {8, 1}, "relu", 1));
        assertThrows(IllegalArgumentException.class, () -> new MlpSpec(new int[] {8, 3}, "swish", 1));
    }

    @Test
    void emptyPartitionsAreFine() {
        // 600 rows in 40 partitions by a skewed key: many partitions stay empty
        Dataset<Row> df = frame(2).repartition(40, org.apache.spark.sql.functions.expr("CAST(label AS INT)"));
        float[] p = sparkParams(df, 1, 64);
        float[] single = singleParams(1, 64);
        assertClose(single, p, "with empty partitions");
    }

    @Test
    void localStepsOnOnePartitionAreSingleMachineSgd() {
        // one partition: k local SGD steps of rate r, then the driver's SGD(r) on (θ − θ_local)/r, is k SGD steps
        float[] single = singleParams(2, 64, Optimizer.sgd(0.1f), 0f);
        Mlp m = new SparkMlpTrainer(SPEC, Optimizer.sgd(0.1f), 0f).chunk(40).localSteps(4, 0.1f)
                .fit(frame(1), "features", "label", 2, 64, 17, null);
        float[] p = new float[m.parameterCount()];
        m.getParameters(p, 0);
        assertClose(single, p, "4 local steps on 1 partition vs single-machine SGD");
    }

    @Test
    void localStepsAverageThePartitionsPseudoGradients() {
        Dataset<Row> df = frame(2).cache();
        int k = 3, batch = 64, epochs = 2;
        float rate = 0.2f, l2 = 1e-3f;
        // the oracle, from the partitions' rows as Spark holds them: per job, each partition's k SGD steps
        // (trainStep on its share of each batch), weighted by its rows; the driver's Adam step on the sum
        List<List<Row>> parts = df.javaRDD().glom().collect();
        long[][] hashes = new long[parts.size()][];
        float[][] px = new float[parts.size()][];
        int[][] py = new int[parts.size()][];
        for (int q = 0; q < parts.size(); q++) {
            List<Row> rows = parts.get(q);
            hashes[q] = new long[rows.size()];
            px[q] = new float[rows.size() * WIDTH];
            py[q] = new int[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                double[] f = ((org.apache.spark.ml.linalg.Vector) rows.get(r).get(0)).toArray();
                for (int j = 0; j < WIDTH; j++) px[q][r * WIDTH + j] = (float) f[j];
                py[q][r] = (int) rows.get(r).getDouble(1);
                hashes[q][r] = GlobalBatches.rowHash(px[q], r * WIDTH, WIDTH, py[q][r]);
            }
        }
        Mlp driver = SPEC.build(Optimizer.adam(1e-2f), l2, 1, 1);
        Mlp local = SPEC.build(Optimizer.sgd(rate), 0f, ROWS, 1);
        int pc = driver.parameterCount(), steps = (ROWS + batch - 1) / batch;
        float[] theta = new float[pc], thetaP = new float[pc], g = new float[pc], bx = new float[ROWS * WIDTH];
        int[] by = new int[ROWS];
        for (int e = 0; e < epochs; e++) {
            int[][] of = GlobalBatches.assign(hashes, 17, e, batch);
            for (int s = 0; s < steps; s += k) {
                driver.getParameters(theta, 0);
                java.util.Arrays.fill(g, 0f);
                long rowsInJob = Math.min((long) batch * Math.min(k, steps - s), ROWS - (long) s * batch);
                for (int q = 0; q < parts.size(); q++) {
                    local.setParameters(theta, 0);
                    int mine = 0;
                    for (int j = s; j < Math.min(s + k, steps); j++) {
                        int n = 0;
                        for (int r = 0; r < py[q].length; r++) {
                            if (of[q][r] == j) {
                                System.arraycopy(px[q], r * WIDTH, bx, n * WIDTH, WIDTH);
                                by[n++] = py[q][r];
                            }
                        }
                        if (n > 0) local.trainStep(bx, 0, by, 0, n);
                        mine += n;
                    }
                    local.getParameters(thetaP, 0);
                    for (int i = 0; i < pc; i++) g[i] += (theta[i] - thetaP[i]) / rate * mine / rowsInJob;
                }
                driver.step(g, 0);
            }
        }
        float[] expected = new float[pc];
        driver.getParameters(expected, 0);

        SparkMlpTrainer t = new SparkMlpTrainer(SPEC, Optimizer.adam(1e-2f), l2).chunk(40).localSteps(k, rate);
        Mlp m = t.fit(df, "features", "label", epochs, batch, 17, null);
        float[] got = new float[pc];
        m.getParameters(got, 0);
        assertClose(expected, got, "3 local steps on 2 partitions vs the averaging oracle");

        float[] sync = sparkParams(df, epochs, batch);
        double moved = 0;
        for (int i = 0; i < pc; i++) moved = Math.max(moved, Math.abs(sync[i] - got[i]));
        assertTrue(moved > 1e-3, "local steps gave the synchronous result: " + moved);

        SparkMlpTrainer.FAIL_ONCE_AT_STEP.set(3); // the job of batches 3..5 fails once and is retried
        float[] retried = new float[pc];
        t.fit(df, "features", "label", epochs, batch, 17, null).getParameters(retried, 0);
        assertEquals(-1, SparkMlpTrainer.FAIL_ONCE_AT_STEP.get(), "the injected failure did not happen");
        assertClose(got, retried, "local steps with a retried task");
        df.unpersist();

        assertThrows(IllegalArgumentException.class, () -> t.localSteps(0, 0.1f));
        assertThrows(IllegalArgumentException.class, () -> t.localSteps(2, 0f));
        assertThrows(IllegalArgumentException.class, () -> t.localSteps(2, Float.NaN));
    }
}
