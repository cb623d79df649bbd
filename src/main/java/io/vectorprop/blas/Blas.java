package io.vectorprop.blas;

import io.vectorprop.internal.Check;
import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;

/**
 * Level-1 BLAS and the batch-matrix helpers of a dense layer, in single precision on arrays with offsets.
 * Batch matrices are row-major ({@code x[off + r·ld + j]}). Every range is checked before anything is
 * written; nothing allocates; all methods are stateless and thread-safe on disjoint outputs.
 * Reductions ({@link #sdot}, {@link #ssum}, {@link #snrm2sq}) use several partial sums, so their rounding
 * differs from a sequential loop by at most about n·ε·Σ|terms|.
 */
public final class Blas {
    private Blas() {}

    private static Kernels k() {
        return KernelProvider.get();
    }

    /** {@code y += alpha·x}. */
    public static void saxpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        Check.range(x, xOff, n, "x");
        Check.range(y, yOff, n, "y");
        k().saxpy(n, alpha, x, xOff, y, yOff);
    }

    /** {@code x *= alpha}. */
    public static void sscal(int n, float alpha, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        k().sscal(n, alpha, x, xOff);
    }

    /** {@code x ⊙= y} (Hadamard product, in place on x). */
    public static void hadamard(int n, float[] y, int yOff, float[] x, int xOff) {
        Check.range(y, yOff, n, "y");
        Check.range(x, xOff, n, "x");
        k().hadamard(n, y, yOff, x, xOff);
    }

    /** {@code Σ x·y}. */
    public static float sdot(int n, float[] x, int xOff, float[] y, int yOff) {
        Check.range(x, xOff, n, "x");
        Check.range(y, yOff, n, "y");
        return k().sdot(n, x, xOff, y, yOff);
    }

    /** {@code Σ x}. */
    public static float ssum(int n, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        return k().ssum(n, x, xOff);
    }

    /** {@code Σ x²} (the squared Euclidean norm). */
    public static float snrm2sq(int n, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        return k().snrm2sq(n, x, xOff);
    }

    /** {@code A(i,j) += alpha·x[i]·y[j]}, A row-major m×n with leading dimension lda (BLAS sger). A must not overlap x or y. */
    public static void sger(int m, int n, float alpha, float[] x, int xOff, float[] y, int yOff, float[] a, int aOff, int lda) {
        Check.nonNegative(m, "m");
        Check.range(x, xOff, m, "x");
        Check.range(y, yOff, n, "y");
        Check.matrix(a, aOff, m, n, lda, "A");
        k().sger(m, n, alpha, x, xOff, y, yOff, a, aOff, lda);
    }

    /** Adds the row vector {@code bias[bOff .. bOff+cols)} to each of the {@code rows} rows of X. */
    public static void addRowVector(int rows, int cols, float[] bias, int bOff, float[] x, int xOff, int ldx) {
        Check.nonNegative(rows, "rows");
        Check.range(bias, bOff, cols, "bias");
        Check.matrix(x, xOff, rows, cols, ldx, "X");
        k().addRowVector(rows, cols, bias, bOff, x, xOff, ldx);
    }

    /** {@code out[j] += Σ_r G(r,j)}: the bias gradient of a dense layer, accumulated (vectorized across columns). */
    public static void columnSumsAdd(int rows, int cols, float[] g, int gOff, int ldg, float[] out, int outOff) {
        Check.nonNegative(rows, "rows");
        Check.matrix(g, gOff, rows, cols, ldg, "G");
        Check.range(out, outOff, cols, "out");
        k().columnSumsAdd(rows, cols, g, gOff, ldg, out, outOff);
    }

    /** {@code out[r] = argmax_j X(r,j)} (first index on ties; a NaN wins). cols must be ≥ 1. */
    public static void rowArgmax(int rows, int cols, float[] x, int xOff, int ldx, int[] out, int outOff) {
        checkRows(rows, cols, x, xOff, ldx);
        Check.range(out, outOff, rows, "out");
        k().rowArgmax(rows, cols, x, xOff, ldx, out, outOff);
    }

    /**
     * {@code out[r] = max_j X(r,j)}, as {@code Math.max} folds the row: NaN if the row holds one, +0 above −0.
     * cols must be ≥ 1.
     */
    public static void rowMax(int rows, int cols, float[] x, int xOff, int ldx, float[] out, int outOff) {
        checkRows(rows, cols, x, xOff, ldx);
        Check.range(out, outOff, rows, "out");
        k().rowMax(rows, cols, x, xOff, ldx, out, outOff);
    }

    /** The row reductions' X: rows ≥ 0, cols ≥ 1 (a row's max of nothing is undefined), inside the array. */
    private static void checkRows(int rows, int cols, float[] x, int xOff, int ldx) {
        Check.nonNegative(rows, "rows");
        if (cols < 1) {
            throw new IllegalArgumentException("cols must be >= 1, was " + cols);
        }
        Check.matrix(x, xOff, rows, cols, ldx, "X");
    }
}
