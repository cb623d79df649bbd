package io.vectorprop.gemm;

/** {@code op(X)} of a GEMM operand, as BLAS's {@code 'N'} and {@code 'T'}. */
public enum Transpose {
    /** {@code op(X) = X}. */
    N,
    /** {@code op(X) = Xᵀ}. */
    T;

    boolean isT() {
        return this == T;
    }
}
