package io.vectorprop.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.mlp.Optimizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark.ml interface: fit, transform, params, held-out progress, save and load. */
class VectorpropMlpClassifierTest {
    @BeforeAll
    static void start() {
        SparkMlpTrainerTest.start();
    }

    @AfterAll
    static void stop() {
        SparkMlpTrainerTest.stop();
    }

    @Test
    void fitsTransformsSavesAndLoads(@TempDir Path dir) throws Exception {
        Dataset<Row> df = SparkMlpTrainerTest.frame(3).cache();
        VectorpropMlpClassifier est = new VectorpropMlpClassifier().setLayers(new int[] {8, 16, 3})
                .setMaxIter(15).setBlockSize(32).setStepSize(0.01).setSolver("adam").setSeed(4);
        VectorpropMlpModel model = est.fit(df);
        assertEquals(est, model.parent());
        Dataset<Row> out = model.transform(df);
        assertEquals(List.of("features", "label", "probability", "prediction"), List.of(out.columns()));
        List<Row> rows = out.select("label", "prediction", "probability").collectAsList();
        int correct = 0;
        for (Row r : rows) {
            if (r.getDouble(0) == r.getDouble(1)) correct++;
            double[] p = ((Vector) r.get(2)).toArray();
            double s = 0;
            for (double v : p) s += v;
            assertEquals(1.0, s, 1e-5, "probabilities sum to 1");
        }
        double acc = (double) correct / rows.size();
        assertTrue(acc > 0.8, "training accuracy " + acc); // three blobs 1.5σ apart: about 0.85–0.9 is reachable

        String path = dir.resolve("model").toString();
        model.write().overwrite().save(path);
        VectorpropMlpModel back = VectorpropMlpModel.load(path);
        assertEquals(model.uid(), back.uid());
        assertArrayEquals(model.layers(), back.layers());
        List<Row> again = back.transform(df).select("prediction", "probability").collectAsList();
        List<Row> first = out.select("prediction", "probability").collectAsList();
        assertEquals(first, again, "the loaded model predicts the same");
        assertTrue(dir.resolve("model/weights.safetensors").toFile().length() > 4 * (8 * 16 + 16 + 16 * 3 + 3));
        // the estimator saves its params too (a Pipeline holding it can be saved), and a loaded one fits the same
        String estPath = dir.resolve("estimator").toString();
        est.setPredictionCol("p").setLocalSteps(3).write().save(estPath);
        VectorpropMlpClassifier est2 = VectorpropMlpClassifier.load(estPath);
        assertEquals(est.uid(), est2.uid());
        assertArrayEquals(new int[] {8, 16, 3}, est2.getOrDefault(est2.layers()));
        assertEquals(15, est2.getOrDefault(est2.maxIter()));
        assertEquals(0.01, (Double) est2.getOrDefault(est2.stepSize()));
        assertEquals("p", est2.getOrDefault(est2.predictionCol()));
        assertEquals(3, est2.getOrDefault(est2.localSteps()));
        assertEquals(0.05, (Double) est2.getOrDefault(est2.localStepSize()));
        assertThrows(RuntimeException.class, () -> VectorpropMlpModel.load(estPath), "not a model");
        // through Spark's Pipeline persistence, which finds the stage's class in that metadata
        org.apache.spark.ml.PipelineModel pm = new org.apache.spark.ml.Pipeline()
                .setStages(new org.apache.spark.ml.PipelineStage[] {est.setPredictionCol("prediction").setLocalSteps(1)}).fit(df);
        String pmPath = dir.resolve("pipeline").toString();
        pm.write().save(pmPath);
        List<Row> viaPipeline = org.apache.spark.ml.PipelineModel.load(pmPath).transform(df)
                .select("prediction").collectAsList();
        assertEquals(pm.transform(df).select("prediction").collectAsList(), viaPipeline);
        df.unpersist();
    }

    @Test
    void reportsHeldOutAccuracyEachEpoch() {
        List<SparkMlpTrainer.Epoch> epochs = new ArrayList<>();
        new SparkMlpTrainer(SparkMlpTrainerTest.SPEC, Optimizer.adam(1e-2f), 0f).validationFraction(0.2)
                .fit(SparkMlpTrainerTest.frame(2), "features", "label", 3, 32, 9, epochs::add);
        assertEquals(3, epochs.size());
        int held = 0; // which rows are held out is a function of their content and the seed
        for (int i = 0; i < SparkMlpTrainerTest.ROWS; i++) {
            long h = GlobalBatches.rowHash(SparkMlpTrainerTest.xs, i * 8, 8, SparkMlpTrainerTest.ys[i]);
            if (SparkMlpTrainer.heldOut(h, 9, 0.2)) held++;
        }
        assertTrue(held > 80 && held < 160, "held out " + held + " of 600 at 20%");
        int steps = (SparkMlpTrainerTest.ROWS - held + 31) / 32;
        for (SparkMlpTrainer.Epoch e : epochs) {
            assertTrue(e.heldOutAccuracy > 0.5 && e.heldOutAccuracy <= 1, "held-out accuracy " + e.heldOutAccuracy);
            assertTrue(e.loss > 0 && e.seconds > 0 && e.steps == steps && e.batches == steps,
                    e.loss + " " + e.seconds + " " + e.steps + " " + e.batches);
        }
        // with 4 local steps per Spark job: a quarter of the driver's steps, the same batches, still learning
        epochs.clear();
        new SparkMlpTrainer(SparkMlpTrainerTest.SPEC, Optimizer.sgd(0.2f), 0f).validationFraction(0.2)
                .localSteps(4, 0.2f).fit(SparkMlpTrainerTest.frame(2), "features", "label", 3, 32, 9, epochs::add);
        for (SparkMlpTrainer.Epoch e : epochs) {
            assertTrue(e.steps == (steps + 3) / 4 && e.batches == steps, e.steps + " " + e.batches);
        }
        assertTrue(epochs.get(2).heldOutAccuracy > 0.8, "held-out accuracy " + epochs.get(2).heldOutAccuracy);
    }

    /** fit's per-epoch progress reaches Spark's logging (log4j2 behind slf4j) at INFO on io.vectorprop.spark. */
    @Test
    void logsProgressPerEpoch() {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        org.apache.logging.log4j.core.appender.AbstractAppender capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender("capture", null, null, true,
                        org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent event) {
                        lines.add(event.getMessage().getFormattedMessage());
                    }
                };
        capture.start();
        org.apache.logging.log4j.core.Logger logger = (org.apache.logging.log4j.core.Logger)
                org.apache.logging.log4j.LogManager.getLogger("io.vectorprop.spark");
        org.apache.logging.log4j.Level old = logger.getLevel();
        logger.addAppender(capture);
        logger.setLevel(org.apache.logging.log4j.Level.INFO);
        try {
            new VectorpropMlpClassifier().setLayers(new int[] {8, 16, 3}).setMaxIter(2).setBlockSize(64)
                    .setValidationFraction(0.2).fit(SparkMlpTrainerTest.frame(2));
        } finally {
            logger.removeAppender(capture);
            logger.setLevel(old);
        }
        List<String> epochs = new ArrayList<>();
        for (String l : lines) if (l.startsWith("vectorprop epoch")) epochs.add(l);
        assertEquals(2, epochs.size(), String.valueOf(lines));
        assertTrue(epochs.get(1).matches("vectorprop epoch 2: loss [0-9.]+, held-out accuracy 0\\.[0-9]+, .* s total"),
                epochs.get(1));
    }

    @Test
    void schemaErrorsAreClear() {
        Dataset<Row> df = SparkMlpTrainerTest.frame(1);
        VectorpropMlpClassifier est = new VectorpropMlpClassifier().setLayers(new int[] {8, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> est.copy(new org.apache.spark.ml.param.ParamMap()).setFeaturesCol("pixels").fit(df));
        assertTrue(e.getMessage().contains("no features column 'pixels'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> est.setLabelCol("features").fit(df));
        assertTrue(e.getMessage().contains("must be numeric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VectorpropMlpClassifier().fit(df), "layers unset");
        assertThrows(IllegalArgumentException.class,
                () -> new VectorpropMlpClassifier().setLayers(new int[] {8, 3}).setSolver("lbfgs").fit(df));
    }
}
