package io.vectorprop.spark;

import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.nn.Activation;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A serializable description of a classifier {@link Mlp} (softmax cross-entropy): layer widths, hidden activation,
 * initialization seed. The driver and every executor build the same model from it.
 */
public final class MlpSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    final int[] widths;
    final String hidden;
    final long seed;

    /**
     * @param widths input width, hidden widths, number of classes (at least 2 entries; the last at least 2)
     * @param hidden the hidden layers' activation: identity, relu, leaky_relu, sigmoid, tanh, gelu, silu, softplus
     * @param seed the initialization seed
     * @throws IllegalArgumentException if a width is below 1, there are fewer than 2 classes, or the activation is
     *         unknown
     */
    public MlpSpec(int[] widths, String hidden, long seed) {
        if (widths.length < 2 || widths[widths.length - 1] < 2 || Arrays.stream(widths).anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("layers must be [input, hidden..., classes >= 2], all >= 1: "
                    + Arrays.toString(widths));
        }
        activation(hidden);
        this.widths = widths.clone();
        this.hidden = hidden;
        this.seed = seed;
    }

    /** @return the input width */
    public int inputWidth() {
        return widths[0];
    }

    /** @return the number of classes */
    public int classes() {
        return widths[widths.length - 1];
    }

    /** @return a copy of the widths */
    public int[] widths() {
        return widths.clone();
    }

    /**
     * Builds the model: ReLU-family layers get He initialization, others Xavier, from the spec's seed.
     *
     * @param optimizer the update rule
     * @param l2 L2 strength
     * @param maxBatch the largest batch
     * @param threads threads of the model (0: the library's count)
     * @return a new model
     */
    public Mlp build(Optimizer optimizer, float l2, int maxBatch, int threads) {
        Mlp.Builder b = Mlp.builder(widths[0]);
        Activation act = activation(hidden);
        for (int l = 1; l < widths.length; l++) {
            b.dense(widths[l], l == widths.length - 1 ? Activation.IDENTITY : act);
        }
        return b.optimizer(optimizer).l2(l2).seed(seed).maxBatch(maxBatch).threads(threads).build();
    }

    static Activation activation(String name) {
        switch (name) {
            case "identity": return Activation.IDENTITY;
            case "relu": return Activation.RELU;
            case "leaky_relu": return Activation.leakyRelu(0.01f);
            case "sigmoid": return Activation.SIGMOID;
            case "tanh": return Activation.TANH;
            case "gelu": return Activation.GELU;
            case "silu": return Activation.SILU;
            case "softplus": return Activation.SOFTPLUS;
            default: throw new IllegalArgumentException("unknown activation '" + name
                    + "' (identity, relu, leaky_relu, sigmoid, tanh, gelu, silu, softplus)");
        }
    }

    String key() {
        return Arrays.toString(widths) + hidden + seed;
    }
}
