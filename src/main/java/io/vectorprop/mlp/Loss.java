package io.vectorprop.mlp;

/** The output loss of an {@link Mlp}; each is the batch mean, as PyTorch's {@code reduction='mean'}. */
public enum Loss {
    /** Softmax cross-entropy from logits with integer class labels ({@code CrossEntropyLoss}). */
    SOFTMAX_CROSS_ENTROPY,
    /** Mean squared error over all outputs ({@code MSELoss}), float targets. */
    MSE,
    /** Binary cross-entropy from logits ({@code BCEWithLogitsLoss}), float targets in [0,1]. */
    BCE_WITH_LOGITS
}
