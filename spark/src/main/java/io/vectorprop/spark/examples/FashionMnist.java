package io.vectorprop.spark.examples;

import io.vectorprop.data.Dataset;
import io.vectorprop.data.Loaders;
import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.mlp.Trainer;
import io.vectorprop.spark.MlpSpec;
import io.vectorprop.spark.SparkMlpTrainer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.MultilayerPerceptronClassificationModel;
import org.apache.spark.ml.classification.MultilayerPerceptronClassifier;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Fashion-MNIST (784-256-128-10) on Spark: vectorprop's data-parallel training with per-epoch progress and test
 * accuracy, optionally against Spark MLlib's {@code MultilayerPerceptronClassifier} (L-BFGS, sigmoid) and the
 * single-machine {@code Mlp} (for Spark's overhead per step). Run from the repository root:
 * {@code ./mvnw -q -f spark/pom.xml compile exec:exec -Dexample.args="vectorprop 10"}.
 *
 * <p>Arguments: {@code vectorprop EPOCHS [BATCH]} | {@code estimator EPOCHS} (the spark.ml classifier) |
 * {@code mllib BUDGET_SECONDS} | {@code overhead} |
 * {@code compare EPOCHS BUDGET_SECONDS}; optional {@code --local K RATE} (K local SGD steps per Spark job, see
 * {@link SparkMlpTrainer#localSteps}), {@code --outer adam:LR|sgd:LR|momentum:LR} (the driver's optimizer, default
 * adam:2e-3), {@code --dir DIR} (default /usr/share/datasets/fashion-mnist),
 * {@code --csv FILE} (accuracy against seconds), {@code --master URL} (default local[2]).
 */
public final class FashionMnist {
    private FashionMnist() {}

    static PrintStream csv;
    static int localSteps = 1;
    static float localRate = 0.05f;
    static String outer = "adam:2e-3";

    /** The driver's optimizer from {@code adam:LR}, {@code sgd:LR} or {@code momentum:LR} (0.9). */
    static Optimizer outer() {
        String[] kv = outer.split(":");
        float lr = Float.parseFloat(kv[1]);
        switch (kv[0]) {
            case "sgd": return Optimizer.sgd(lr);
            case "momentum": return Optimizer.momentum(lr, 0.9f);
            default: return Optimizer.adam(lr);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> pos = new ArrayList<>();
        Path dir = Path.of("/usr/share/datasets/fashion-mnist");
        String master = "local[2]";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir")) dir = Path.of(args[++i]);
            else if (args[i].equals("--csv")) csv = new PrintStream(Files.newOutputStream(Path.of(args[++i])), true, "UTF-8");
            else if (args[i].equals("--master")) master = args[++i];
            else if (args[i].equals("--outer")) outer = args[++i];
            else if (args[i].equals("--local")) {
                localSteps = Integer.parseInt(args[++i]);
                localRate = Float.parseFloat(args[++i]);
            }
            else pos.add(args[i]);
        }
        if (csv != null) csv.println("system,seconds,test_accuracy,detail");
        Dataset train = Loaders.idx(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"), 10);
        Dataset test = Loaders.idx(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"), 10);
        SparkSession spark = SparkSession.builder().master(master).appName("vectorprop-fashion")
                .config("spark.ui.enabled", "false").config("spark.driver.memory", "6g").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int parts = spark.sparkContext().defaultParallelism();
        org.apache.spark.sql.Dataset<Row> trainDf = frame(spark, train, parts).cache();
        org.apache.spark.sql.Dataset<Row> testDf = frame(spark, test, parts).cache();
        System.out.printf("fashion-mnist on %s: %d training, %d test rows, %d partitions, Spark %s, Java %s%n",
                master, trainDf.count(), testDf.count(), parts, spark.version(), System.getProperty("java.version"));
        String mode = pos.isEmpty() ? "vectorprop" : pos.get(0);
        switch (mode) {
            case "vectorprop":
                vectorprop(trainDf, test, pos.size() > 1 ? Integer.parseInt(pos.get(1)) : 10,
                        pos.size() > 2 ? Integer.parseInt(pos.get(2)) : 1024);
                break;
            case "mllib":
                mllib(trainDf, testDf, pos.size() > 1 ? Double.parseDouble(pos.get(1)) : 300);
                break;
            case "estimator": {
                // the spark.ml route; per-epoch progress goes to the io.vectorprop.spark logger at INFO
                org.apache.logging.log4j.core.config.Configurator.setLevel("io.vectorprop.spark",
                        org.apache.logging.log4j.Level.INFO);
                io.vectorprop.spark.VectorpropMlpModel model = new io.vectorprop.spark.VectorpropMlpClassifier()
                        .setLayers(new int[] {784, 256, 128, 10}).setStepSize(2e-3).setBlockSize(1024)
                        .setMaxIter(pos.size() > 1 ? Integer.parseInt(pos.get(1)) : 3).setSeed(7)
                        .setValidationFraction(0.1).fit(trainDf);
                long correct = model.transform(testDf).filter("prediction = label").count();
                System.out.printf("spark.ml model: test accuracy %.4f%n", correct / (double) testDf.count());
                break;
            }
            case "overhead":
                overhead(trainDf, train);
                break;
            case "compare":
                vectorprop(trainDf, test, Integer.parseInt(pos.get(1)), 1024);
                mllib(trainDf, testDf, Double.parseDouble(pos.get(2)));
                break;
            default:
                System.err.println("modes: vectorprop EPOCHS [BATCH] | mllib BUDGET_SECONDS | overhead | compare EPOCHS BUDGET");
                System.exit(2);
        }
        spark.stop();
    }

    static org.apache.spark.sql.Dataset<Row> frame(SparkSession spark, Dataset d, int parts) {
        List<Row> rows = new ArrayList<>(d.size);
        for (int i = 0; i < d.size; i++) {
            double[] f = new double[d.width];
            for (int j = 0; j < d.width; j++) f[j] = d.x[i * d.width + j];
            rows.add(RowFactory.create(Vectors.dense(f), (double) d.labels[i]));
        }
        StructType schema = new StructType().add("features", new VectorUDT()).add("label", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema).repartition(parts);
    }

    static final MlpSpec SPEC = new MlpSpec(new int[] {784, 256, 128, 10}, "relu", 1);

    static void vectorprop(org.apache.spark.sql.Dataset<Row> trainDf, Dataset test, int epochs, int batch) {
        System.out.printf("vectorprop: 784-256-128-10 ReLU, driver optimizer %s, batch %d, %d epochs%s%n", outer, batch, epochs,
                localSteps > 1 ? ", " + localSteps + " local SGD steps (rate " + localRate + ") per Spark job" : "");
        long t0 = System.nanoTime();
        double[] evalSeconds = {0};
        new SparkMlpTrainer(SPEC, outer(), 0f).chunk(512).localSteps(localSteps, localRate).fit(trainDf, "features", "label", epochs, batch, 7, e -> {
            long a = System.nanoTime();
            Mlp m = SPEC.build(Optimizer.sgd(1f), 0f, 1000, 0);
            float[] p = new float[m.parameterCount()];
            e.model.getParameters(p, 0);
            double acc = accuracy(p, test);
            evalSeconds[0] += (System.nanoTime() - a) / 1e9;
            double elapsed = (System.nanoTime() - t0) / 1e9 - evalSeconds[0];
            System.out.printf("epoch %2d  loss %.4f  test acc %.4f  %.2f s (%.1f batches/s; broadcast %.2f, jobs %.2f of which"
                            + " task compute %.2f summed over tasks, update %.2f)  elapsed %.1f s%n",
                    e.epoch, e.loss, acc, e.seconds, e.batches / e.seconds, e.broadcastSeconds, e.jobSeconds,
                    e.taskComputeSeconds, e.updateSeconds, elapsed);
            if (csv != null) csv.printf("vectorprop,%.2f,%.4f,epoch %d%n", elapsed, acc, e.epoch);
        });
    }

    static double accuracy(float[] params, Dataset test) {
        Mlp m = SPEC.build(Optimizer.sgd(1f), 0f, 1000, 0);
        m.setParameters(params, 0);
        return new Trainer(m, test.size).evaluate(test)[1];
    }

    static void mllib(org.apache.spark.sql.Dataset<Row> trainDf, org.apache.spark.sql.Dataset<Row> testDf, double budget) {
        System.out.printf("MLlib MultilayerPerceptronClassifier: 784-256-128-10 sigmoid, L-BFGS, budget %.0f s%n", budget);
        double spent = 0;
        for (int iters = 5; spent < budget; iters *= 2) {
            long a = System.nanoTime();
            MultilayerPerceptronClassificationModel m = new MultilayerPerceptronClassifier()
                    .setLayers(new int[] {784, 256, 128, 10}).setMaxIter(iters).setSeed(1).fit(trainDf);
            double sec = (System.nanoTime() - a) / 1e9;
            spent += sec;
            long correct = m.transform(testDf).filter("prediction = label").count();
            double acc = correct / (double) testDf.count();
            System.out.printf("MLlib maxIter %4d: fit %.1f s, test acc %.4f%n", iters, sec, acc);
            if (csv != null) csv.printf("mllib,%.2f,%.4f,maxIter %d%n", sec, acc, iters);
        }
    }

    static void overhead(org.apache.spark.sql.Dataset<Row> trainDf, Dataset train) throws Exception {
        // Spark's floor on this machine: jobs that do nothing, and jobs whose 2 tasks each return P floats
        org.apache.spark.api.java.JavaSparkContext sc =
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(trainDf.sparkSession().sparkContext());
        org.apache.spark.api.java.JavaRDD<Integer> two = sc.parallelize(java.util.Arrays.asList(0, 1), 2).cache();
        int pc = SPEC.build(Optimizer.sgd(1f), 0f, 1, 1).parameterCount();
        org.apache.spark.api.java.function.Function2<float[], float[], float[]> add = (u, v) -> {
            if (u == null) return v;
            if (v == null) return u;
            for (int j = 0; j < u.length; j++) u[j] += v[j];
            return u;
        };
        for (int round = 0; round < 3; round++) {
            long a = System.nanoTime();
            for (int i = 0; i < 50; i++) two.map(x -> x).reduce(Integer::sum);
            long b = System.nanoTime();
            float[] params = new float[pc];
            for (int i = 0; i < 50; i++) {
                org.apache.spark.broadcast.Broadcast<float[]> bp = sc.broadcast(params);
                two.map(x -> bp.value().length).reduce(Integer::sum);
                bp.destroy();
            }
            long c = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                java.util.List<float[]> all = two.map(x -> new float[pc + 3]).collect();
                add.call(all.get(0), all.get(1));
            }
            long d = System.nanoTime();
            for (int i = 0; i < 50; i++) two.map(x -> new float[pc + 3]).treeAggregate(null, add, add, 2);
            long e = System.nanoTime();
            for (int i = 0; i < 50; i++) two.map(x -> new float[pc + 3]).treeReduce(add, 2);
            long f = System.nanoTime();
            System.out.printf("Spark floor (round %d, ms per job): empty %.1f; empty with a %d-float broadcast %.1f;"
                    + " %d floats per task collected and added %.1f, treeAggregate (null zero) %.1f, treeReduce %.1f%n",
                    round, (b - a) / 50e6, pc, (c - b) / 50e6, pc, (d - c) / 50e6, (e - d) / 50e6, (f - e) / 50e6);
        }
        int[][] runs = {{1024, 1}, {1024, 4}, {1024, 8}, {4096, 1}};
        for (int[] run : runs) {
            int batch = run[0], k = run[1];
            double single1 = singleRate(train, batch);
            double[] sparkRate = {0};
            new SparkMlpTrainer(SPEC, Optimizer.adam(1e-3f), 0f).chunk(512).localSteps(k, 0.05f)
                    .fit(trainDf, "features", "label", 2, batch, 7, e -> {
                        sparkRate[0] = e.batches / e.seconds; // the second epoch (warm) is the one kept
                        System.out.printf("batch %d, %d local steps, epoch %d: %.1f batches/s on Spark, %d jobs (broadcast"
                                        + " %.2f s, jobs %.2f s, task compute %.2f s summed over tasks, update %.2f s, of %.2f s)%n",
                                batch, k, e.epoch, e.batches / e.seconds, e.steps, e.broadcastSeconds, e.jobSeconds,
                                e.taskComputeSeconds, e.updateSeconds, e.seconds);
                    });
            double single2 = singleRate(train, batch);
            System.out.printf("batch %d, %d local steps: single-machine Mlp, 2 threads %.1f / %.1f steps/s (before/after);"
                            + " Spark %.1f batches/s; ratio %.2f%n", batch, k, single1, single2, sparkRate[0],
                    sparkRate[0] / ((single1 + single2) / 2));
        }
    }

    static double singleRate(Dataset train, int batch) {
        Mlp single = SPEC.build(Optimizer.adam(1e-3f), 0f, batch, 2);
        int[] by = new int[batch];
        float[] bx = new float[batch * 784];
        System.arraycopy(train.x, 0, bx, 0, bx.length);
        System.arraycopy(train.labels, 0, by, 0, batch);
        for (int i = 0; i < 30; i++) single.trainStep(bx, 0, by, 0, batch);
        long a = System.nanoTime();
        int n = batch == 1024 ? 100 : 30;
        for (int i = 0; i < n; i++) single.trainStep(bx, 0, by, 0, batch);
        return n / ((System.nanoTime() - a) / 1e9);
    }
}
