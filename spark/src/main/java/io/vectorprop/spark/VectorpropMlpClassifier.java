package io.vectorprop.spark;

import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntArrayParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spark.ml estimator that trains a multilayer-perceptron classifier with vectorprop, by synchronous
 * data-parallel minibatch SGD, momentum, Adam or AdamW ({@link SparkMlpTrainer}). Params follow
 * {@code MultilayerPerceptronClassifier}'s names where they mean the same: {@code layers} (input width, hidden
 * widths, classes), {@code maxIter} (epochs), {@code stepSize} (learning rate), {@code blockSize} (global minibatch
 * rows), {@code seed}, {@code featuresCol}, {@code labelCol}, {@code predictionCol}, {@code probabilityCol}; and
 * {@code activation}, {@code solver}, {@code regParam} (L2 λ, or AdamW's decay), {@code validationFraction},
 * {@code localSteps} and {@code localStepSize} (minibatches per Spark job and the partitions' SGD rate between
 * averages, see {@link SparkMlpTrainer#localSteps}; default 1, the synchronous algorithm).
 * Progress (loss, held-out accuracy, time per epoch) goes to the logger {@code io.vectorprop.spark} at INFO.
 */
public final class VectorpropMlpClassifier extends Estimator<VectorpropMlpModel> implements MLWritable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger("io.vectorprop.spark");

    private final String uid;
    private final IntArrayParam layers;
    private final Param<String> activation, solver, featuresCol, labelCol, predictionCol, probabilityCol;
    private final IntParam maxIter, blockSize, localSteps;
    private final DoubleParam stepSize, regParam, validationFraction, localStepSize;
    private final LongParam seed;

    /** A classifier with a random uid. */
    public VectorpropMlpClassifier() {
        this(Identifiable.randomUID("vectorpropMlp"));
    }

    /** @param uid the uid (Spark's copy and persistence use this constructor) */
    public VectorpropMlpClassifier(String uid) {
        this.uid = uid;
        layers = new IntArrayParam(this, "layers", "input width, hidden widths, number of classes");
        activation = new Param<>(this, "activation", "hidden activation: relu, leaky_relu, tanh, sigmoid, gelu, silu, softplus, identity");
        solver = new Param<>(this, "solver", "sgd, momentum (0.9), adam or adamw");
        featuresCol = new Param<>(this, "featuresCol", "features column (Vector)");
        labelCol = new Param<>(this, "labelCol", "label column (whole numbers in [0, classes))");
        predictionCol = new Param<>(this, "predictionCol", "prediction column");
        probabilityCol = new Param<>(this, "probabilityCol", "column of class probabilities (softmax)");
        maxIter = new IntParam(this, "maxIter", "epochs", ParamValidators.gtEq(0));
        blockSize = new IntParam(this, "blockSize", "rows per global minibatch", ParamValidators.gtEq(1));
        stepSize = new DoubleParam(this, "stepSize", "learning rate", ParamValidators.gt(0));
        regParam = new DoubleParam(this, "regParam", "L2 strength (AdamW: decoupled weight decay)", ParamValidators.gtEq(0));
        validationFraction = new DoubleParam(this, "validationFraction", "fraction of rows held out to report accuracy",
                ParamValidators.inRange(0, 1, true, false));
        seed = new LongParam(this, "seed", "seed of initialization and batch order");
        localSteps = new IntParam(this, "localSteps", "global minibatches per Spark job (1: synchronous; more:"
                + " local SGD steps between averages)", ParamValidators.gtEq(1));
        localStepSize = new DoubleParam(this, "localStepSize", "the partitions' SGD rate between averages (localSteps > 1)",
                ParamValidators.gt(0));
        setDefault(activation, "relu");
        setDefault(solver, "adam");
        setDefault(featuresCol, "features");
        setDefault(labelCol, "label");
        setDefault(predictionCol, "prediction");
        setDefault(probabilityCol, "probability");
        setDefault(maxIter, 10);
        setDefault(blockSize, 128);
        setDefault(stepSize, 1e-3);
        setDefault(regParam, 0.0);
        setDefault(validationFraction, 0.0);
        setDefault(seed, 1L);
        setDefault(localSteps, 1);
        setDefault(localStepSize, 0.05);
    }

    @Override
    public String uid() {
        return uid;
    }

    /** @return the layers param */
    public IntArrayParam layers() { return layers; }
    /** @return the activation param */
    public Param<String> activation() { return activation; }
    /** @return the solver param */
    public Param<String> solver() { return solver; }
    /** @return the featuresCol param */
    public Param<String> featuresCol() { return featuresCol; }
    /** @return the labelCol param */
    public Param<String> labelCol() { return labelCol; }
    /** @return the predictionCol param */
    public Param<String> predictionCol() { return predictionCol; }
    /** @return the probabilityCol param */
    public Param<String> probabilityCol() { return probabilityCol; }
    /** @return the maxIter param */
    public IntParam maxIter() { return maxIter; }
    /** @return the blockSize param */
    public IntParam blockSize() { return blockSize; }
    /** @return the stepSize param */
    public DoubleParam stepSize() { return stepSize; }
    /** @return the regParam param */
    public DoubleParam regParam() { return regParam; }
    /** @return the validationFraction param */
    public DoubleParam validationFraction() { return validationFraction; }
    /** @return the seed param */
    public LongParam seed() { return seed; }
    /** @return the localSteps param */
    public IntParam localSteps() { return localSteps; }
    /** @return the localStepSize param */
    public DoubleParam localStepSize() { return localStepSize; }

    /** @param v widths @return this */
    public VectorpropMlpClassifier setLayers(int[] v) { set(layers, v); return this; }
    /** @param v activation @return this */
    public VectorpropMlpClassifier setActivation(String v) { set(activation, v); return this; }
    /** @param v solver @return this */
    public VectorpropMlpClassifier setSolver(String v) { set(solver, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpClassifier setFeaturesCol(String v) { set(featuresCol, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpClassifier setLabelCol(String v) { set(labelCol, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpClassifier setPredictionCol(String v) { set(predictionCol, v); return this; }
    /** @param v column @return this */
    public VectorpropMlpClassifier setProbabilityCol(String v) { set(probabilityCol, v); return this; }
    /** @param v epochs @return this */
    public VectorpropMlpClassifier setMaxIter(int v) { set(maxIter, v); return this; }
    /** @param v rows per minibatch @return this */
    public VectorpropMlpClassifier setBlockSize(int v) { set(blockSize, v); return this; }
    /** @param v learning rate @return this */
    public VectorpropMlpClassifier setStepSize(double v) { set(stepSize, v); return this; }
    /** @param v L2 strength @return this */
    public VectorpropMlpClassifier setRegParam(double v) { set(regParam, v); return this; }
    /** @param v held-out fraction @return this */
    public VectorpropMlpClassifier setValidationFraction(double v) { set(validationFraction, v); return this; }
    /** @param v seed @return this */
    public VectorpropMlpClassifier setSeed(long v) { set(seed, v); return this; }
    /** @param v global minibatches per Spark job @return this */
    public VectorpropMlpClassifier setLocalSteps(int v) { set(localSteps, v); return this; }
    /** @param v the partitions' SGD rate between averages @return this */
    public VectorpropMlpClassifier setLocalStepSize(double v) { set(localStepSize, v); return this; }

    @Override
    public VectorpropMlpModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        if (!isDefined(layers)) {
            throw new IllegalArgumentException("set layers: [input width, hidden widths..., classes]");
        }
        MlpSpec spec = new MlpSpec(getOrDefault(layers), getOrDefault(activation), (Long) getOrDefault(seed));
        float lr = (float) (double) (Double) getOrDefault(stepSize), reg = (float) (double) (Double) getOrDefault(regParam);
        Optimizer opt;
        float l2 = reg;
        switch (getOrDefault(solver)) {
            case "sgd": opt = Optimizer.sgd(lr); break;
            case "momentum": opt = Optimizer.momentum(lr, 0.9f); break;
            case "adam": opt = Optimizer.adam(lr); break;
            case "adamw": opt = Optimizer.adamW(lr, reg); l2 = 0f; break;
            default: throw new IllegalArgumentException("solver must be sgd, momentum, adam or adamw, was " + getOrDefault(solver));
        }
        long t0 = System.nanoTime();
        @SuppressWarnings("unchecked")
        Dataset<Row> df = (Dataset<Row>) dataset.toDF();
        Mlp m = new SparkMlpTrainer(spec, opt, l2).validationFraction((Double) getOrDefault(validationFraction))
                .localSteps((Integer) getOrDefault(localSteps), (float) (double) (Double) getOrDefault(localStepSize))
                .fit(df, getOrDefault(featuresCol), getOrDefault(labelCol), (Integer) getOrDefault(maxIter),
                        (Integer) getOrDefault(blockSize), (Long) getOrDefault(seed),
                        e -> LOG.info(String.format("vectorprop epoch %d: loss %.4f, held-out accuracy %.4f, %.2f s, %.1f batches/s, %.1f s total",
                                e.epoch, e.loss, e.heldOutAccuracy, e.seconds, e.batches / e.seconds, (System.nanoTime() - t0) / 1e9)));
        float[] params = new float[m.parameterCount()];
        m.getParameters(params, 0);
        VectorpropMlpModel model = new VectorpropMlpModel(uid, spec, params);
        copyValues(model, ParamMap.empty());
        return (VectorpropMlpModel) model.setParent(this);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        return VectorpropMlpModel.checkAndAdd(schema, getOrDefault(featuresCol), getOrDefault(labelCol),
                getOrDefault(predictionCol), getOrDefault(probabilityCol), true);
    }

    @Override
    public VectorpropMlpClassifier copy(ParamMap extra) {
        return (VectorpropMlpClassifier) defaultCopy(extra);
    }

    /** Saves the estimator's params (so a Pipeline holding it can be saved): {@code metadata/part-00000} (Spark's layout) in a directory. */
    @Override
    public MLWriter write() {
        VectorpropMlpClassifier self = this;
        return new MLWriter() {
            @Override
            public void saveImpl(String path) {
                try {
                    ParamsIO.write(ParamsIO.metadata(self, uid), path, sc().hadoopConfiguration());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    /** @return a reader for saved estimators */
    public static MLReader<VectorpropMlpClassifier> read() {
        return new MLReader<VectorpropMlpClassifier>() {
            @Override
            public VectorpropMlpClassifier load(String path) {
                try {
                    com.fasterxml.jackson.databind.JsonNode meta =
                            ParamsIO.read(path, VectorpropMlpClassifier.class, sc().hadoopConfiguration());
                    VectorpropMlpClassifier est = new VectorpropMlpClassifier(meta.get("uid").asText());
                    ParamsIO.setParams(est, meta);
                    return est;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    /**
     * Loads an estimator saved with {@code write().save(path)}.
     *
     * @param path the directory
     * @return the estimator with its params
     */
    public static VectorpropMlpClassifier load(String path) {
        return read().load(path);
    }
}
