package io.vectorprop.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.mlp.Safetensors;
import io.vectorprop.nn.Losses;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A trained vectorprop MLP classifier: {@code transform} adds a probability column (softmax, a Vector) and a
 * prediction column (the most probable class, a double). Saved as a directory holding
 * {@code metadata/part-00000} (Spark's layout) and
 * {@code weights.safetensors} (PyTorch-readable: {@code layers.{i}.weight} [out, in], {@code layers.{i}.bias}).
 */
public final class VectorpropMlpModel extends Model<VectorpropMlpModel> implements MLWritable {
    private static final long serialVersionUID = 1L;
    private static final int CHUNK = 256;

    private final String uid;
    private final MlpSpec spec;
    private final float[] params;
    private final Param<String> featuresCol, predictionCol, probabilityCol;

    VectorpropMlpModel(String uid, MlpSpec spec, float[] params) {
        this.uid = uid;
        this.spec = spec;
        this.params = params;
        featuresCol = new Param<>(this, "featuresCol", "features column (Vector)");
        predictionCol = new Param<>(this, "predictionCol", "prediction column");
        probabilityCol = new Param<>(this, "probabilityCol", "column of class probabilities (softmax)");
        setDefault(featuresCol, "features");
        setDefault(predictionCol, "prediction");
        setDefault(probabilityCol, "probability");
    }

    @Override
    public String uid() {
        return uid;
    }

    /** @return the featuresCol param */
    public Param<String> featuresCol() { return featuresCol; }
    /** @return the predictionCol param */
    public Param<String> predictionCol() { return predictionCol; }
    /** @return the probabilityCol param */
    public Param<String> probabilityCol() { return probabilityCol; }
    /** @param v column @return this */
    public VectorpropMlpModel setFeaturesCol(String v) { set(featuresCol, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpModel setPredictionCol(String v) { set(predictionCol, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpModel setProbabilityCol(String v) { set(probabilityCol, v); return this; }

    /** @return the layer widths: input, hidden..., classes */
    public int[] layers() {
        return spec.widths();
    }

    /** @return a new single-machine {@link Mlp} with this model's parameters (for prediction or further training) */
    public Mlp toMlp() {
        Mlp m = spec.build(Optimizer.sgd(1e-3f), 0f, CHUNK, 0);
        m.setParameters(params, 0);
        return m;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType out = transformSchema(dataset.schema());
        int fi = dataset.schema().fieldIndex(getOrDefault(featuresCol));
        MlpSpec spec = this.spec;
        float[] params = this.params;
        int width = spec.inputWidth(), classes = spec.classes();
        @SuppressWarnings("unchecked")
        Dataset<Row> df = (Dataset<Row>) dataset.toDF();
        return df.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            Worker w = Worker.borrow(spec, CHUNK, 1);
            List<Row> result = new ArrayList<>();
            try {
                w.model.setParameters(params, 0);
                float[] logits = new float[CHUNK * classes];
                List<Row> pending = new ArrayList<>(CHUNK);
                while (it.hasNext() || !pending.isEmpty()) {
                    if (it.hasNext()) {
                        Row r = it.next();
                        if (r.isNullAt(fi)) throw new IllegalArgumentException("null features in row " + r);
                        Vector v = (Vector) r.get(fi);
                        if (v.size() != width) {
                            throw new IllegalArgumentException(v.size() + " features, the model's input width is " + width);
                        }
                        int k = pending.size();
                        for (int j = 0; j < width; j++) w.x[k * width + j] = (float) v.apply(j);
                        pending.add(r);
                        if (pending.size() < CHUNK && it.hasNext()) continue;
                    }
                    int m = pending.size();
                    w.model.predict(w.x, 0, m, logits, 0);
                    Losses.softmax(m, classes, logits, 0, logits, 0);
                    for (int k = 0; k < m; k++) {
                        Row r = pending.get(k);
                        double[] p = new double[classes];
                        int best = 0;
                        for (int c = 0; c < classes; c++) {
                            p[c] = logits[k * classes + c];
                            if (p[c] > p[best]) best = c;
                        }
                        Object[] vals = new Object[r.size() + 2];
                        for (int c = 0; c < r.size(); c++) vals[c] = r.get(c);
                        vals[r.size()] = Vectors.dense(p);
                        vals[r.size() + 1] = (double) best;
                        result.add(RowFactory.create(vals));
                    }
                    pending.clear();
                }
            } finally {
                Worker.giveBack(spec, CHUNK, 1, w);
            }
            return result.iterator();
        }, Encoders.row(out));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return checkAndAdd(schema, getOrDefault(featuresCol), null, getOrDefault(predictionCol),
                getOrDefault(probabilityCol), false);
    }

    /** Checks the input columns' types and appends probability and prediction (fails if they exist). */
    static StructType checkAndAdd(StructType schema, String features, String label, String prediction,
                                  String probability, boolean fitting) {
        List<String> names = java.util.Arrays.asList(schema.fieldNames());
        if (!names.contains(features)) {
            throw new IllegalArgumentException("no features column '" + features + "' in " + schema.simpleString());
        }
        DataType ft = schema.apply(features).dataType();
        if (!ft.equals(SQLDataTypes.VectorType())) {
            throw new IllegalArgumentException("features column '" + features + "' must be a Vector, is " + ft.simpleString());
        }
        if (fitting) {
            if (!names.contains(label)) {
                throw new IllegalArgumentException("no label column '" + label + "' in " + schema.simpleString());
            }
            if (!(schema.apply(label).dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("label column '" + label + "' must be numeric");
            }
            return schema;
        }
        if (names.contains(prediction) || names.contains(probability)) {
            throw new IllegalArgumentException("output column '" + prediction + "' or '" + probability + "' exists already");
        }
        return schema.add(new StructField(probability, SQLDataTypes.VectorType(), false, org.apache.spark.sql.types.Metadata.empty()))
                .add(new StructField(prediction, DataTypes.DoubleType, false, org.apache.spark.sql.types.Metadata.empty()));
    }

    @Override
    public VectorpropMlpModel copy(ParamMap extra) {
        VectorpropMlpModel m = new VectorpropMlpModel(uid, spec, params.clone());
        copyValues(m, extra);
        return (VectorpropMlpModel) m.setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new Writer(this);
    }

    /** @return a reader for {@link #save}d models */
    public static MLReader<VectorpropMlpModel> read() {
        return new Reader();
    }

    /**
     * Loads a model saved with {@code write().save(path)}.
     *
     * @param path the model directory (any Hadoop file system)
     * @return the model
     */
    public static VectorpropMlpModel load(String path) {
        return read().load(path);
    }

    private static final class Writer extends MLWriter {
        private final VectorpropMlpModel model;

        Writer(VectorpropMlpModel model) {
            this.model = model;
        }

        @Override
        public void saveImpl(String path) {
            try {
                ObjectMapper om = new ObjectMapper();
                ObjectNode meta = ParamsIO.metadata(model, model.uid);
                meta.set("layers", om.valueToTree(model.spec.widths));
                meta.put("activation", model.spec.hidden);
                meta.put("seed", model.spec.seed);
                ParamsIO.write(meta, path, sc().hadoopConfiguration());
                org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(path);
                FileSystem fs = dir.getFileSystem(sc().hadoopConfiguration());
                java.nio.file.Path tmp = Files.createTempFile("vectorprop", ".safetensors");
                try {
                    Safetensors.save(model.toMlp(), tmp);
                    fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(tmp.toUri()),
                            new org.apache.hadoop.fs.Path(dir, "weights.safetensors"));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final class Reader extends MLReader<VectorpropMlpModel> {
        @Override
        public VectorpropMlpModel load(String path) {
            try {
                org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(path);
                FileSystem fs = dir.getFileSystem(sc().hadoopConfiguration());
                JsonNode meta = ParamsIO.read(path, VectorpropMlpModel.class, sc().hadoopConfiguration());
                int[] widths = new int[meta.get("layers").size()];
                for (int i = 0; i < widths.length; i++) widths[i] = meta.get("layers").get(i).asInt();
                MlpSpec spec = new MlpSpec(widths, meta.get("activation").asText(), meta.get("seed").asLong());
                Mlp m = spec.build(Optimizer.sgd(1e-3f), 0f, 1, 1);
                java.nio.file.Path tmp = Files.createTempFile("vectorprop", ".safetensors");
                try {
                    fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(dir, "weights.safetensors"),
                            new org.apache.hadoop.fs.Path(tmp.toUri()), true);
                    Safetensors.load(m, tmp);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                float[] params = new float[m.parameterCount()];
                m.getParameters(params, 0);
                VectorpropMlpModel model = new VectorpropMlpModel(meta.get("uid").asText(), spec, params);
                ParamsIO.setParams(model, meta);
                return model;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
