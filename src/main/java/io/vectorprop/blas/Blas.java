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

    /**
     * {@code y += alpha·x} (BLAS saxpy, unit stride). x and y may be the same range.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param alpha scale of x
     * @param x the vector added, read from {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @param y the vector updated in place, {@code y[yOff .. yOff+n)}
     * @param yOff index of y's first element
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void saxpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        Check.range(x, xOff, n, "x");
        Check.range(y, yOff, n, "y");
        k().saxpy(n, alpha, x, xOff, y, yOff);
    }

    /**
     * {@code x *= alpha} (BLAS sscal, unit stride).
     *
     * @param n number of elements, {@code ≥ 0}
     * @param alpha the factor
     * @param x the vector scaled in place, {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void sscal(int n, float alpha, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        k().sscal(n, alpha, x, xOff);
    }

    /**
     * {@code x ⊙= y}: the Hadamard (elementwise) product, in place on x.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param y the factor, read from {@code y[yOff .. yOff+n)}
     * @param yOff index of y's first element
     * @param x the vector multiplied in place, {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void hadamard(int n, float[] y, int yOff, float[] x, int xOff) {
        Check.range(y, yOff, n, "y");
        Check.range(x, xOff, n, "x");
        k().hadamard(n, y, yOff, x, xOff);
    }

    /**
     * {@code Σ x·y}, the dot product (BLAS sdot, unit stride), in several partial sums.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param x first vector, {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @param y second vector, {@code y[yOff .. yOff+n)}
     * @param yOff index of y's first element
     * @return the sum, 0 for {@code n == 0}
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float sdot(int n, float[] x, int xOff, float[] y, int yOff) {
        Check.range(x, xOff, n, "x");
        Check.range(y, yOff, n, "y");
        return k().sdot(n, x, xOff, y, yOff);
    }

    /**
     * {@code Σ x}, in several partial sums.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param x the vector, {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @return the sum, 0 for {@code n == 0}
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float ssum(int n, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        return k().ssum(n, x, xOff);
    }

    /**
     * {@code Σ x²}, the squared Euclidean norm, in several partial sums (no scaling against overflow:
     * use it where the norm is far from {@code Float.MAX_VALUE}, as for gradients).
     *
     * @param n number of elements, {@code ≥ 0}
     * @param x the vector, {@code x[xOff .. xOff+n)}
     * @param xOff index of x's first element
     * @return the sum of squares, 0 for {@code n == 0}
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float snrm2sq(int n, float[] x, int xOff) {
        Check.range(x, xOff, n, "x");
        return k().snrm2sq(n, x, xOff);
    }

    /**
     * {@code A(i,j) += alpha·x[i]·y[j]}: the rank-1 update (BLAS sger), A row-major m×n.
     * A must not overlap x or y.
     *
     * @param m rows of A and length of x, {@code ≥ 0}
     * @param n columns of A and length of y, {@code ≥ 0}
     * @param alpha scale of the outer product
     * @param x the column vector, {@code x[xOff .. xOff+m)}
     * @param xOff index of x's first element
     * @param y the row vector, {@code y[yOff .. yOff+n)}
     * @param yOff index of y's first element
     * @param a A's array; element (i,j) is {@code a[aOff + i·lda + j]}
     * @param aOff index of A's element (0,0)
     * @param lda A's row length, {@code ≥ max(1, n)}
     * @throws IllegalArgumentException if a size is negative or a leading dimension too small
     * @throws IndexOutOfBoundsException if a range or matrix lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void sger(int m, int n, float alpha, float[] x, int xOff, float[] y, int yOff, float[] a, int aOff, int lda) {
        Check.nonNegative(m, "m");
        Check.range(x, xOff, m, "x");
        Check.range(y, yOff, n, "y");
        Check.matrix(a, aOff, m, n, lda, "A");
        k().sger(m, n, alpha, x, xOff, y, yOff, a, aOff, lda);
    }

    /**
     * Adds the row vector {@code bias[bOff .. bOff+cols)} to each row of the rows×cols matrix X (a dense layer's
     * bias add).
     *
     * @param rows rows of X, {@code ≥ 0}
     * @param cols columns of X and length of the bias, {@code ≥ 0}
     * @param bias the bias array
     * @param bOff index of the bias's first element
     * @param x X's array, updated in place; element (r,j) is {@code x[xOff + r·ldx + j]}
     * @param xOff index of X's element (0,0)
     * @param ldx X's row length, {@code ≥ max(1, cols)}
     * @throws IllegalArgumentException if a size is negative or a leading dimension too small
     * @throws IndexOutOfBoundsException if a range or matrix lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void addRowVector(int rows, int cols, float[] bias, int bOff, float[] x, int xOff, int ldx) {
        Check.nonNegative(rows, "rows");
        Check.range(bias, bOff, cols, "bias");
        Check.matrix(x, xOff, rows, cols, ldx, "X");
        k().addRowVector(rows, cols, bias, bOff, x, xOff, ldx);
    }

    /**
     * {@code out[j] += Σ_r G(r,j)}: the bias gradient of a dense layer, accumulated (vectorized across columns, so
     * each column is summed in row order).
     *
     * @param rows rows of G, {@code ≥ 0}
     * @param cols columns of G and length of out, {@code ≥ 0}
     * @param g G's array; element (r,j) is {@code g[gOff + r·ldg + j]}
     * @param gOff index of G's element (0,0)
     * @param ldg G's row length, {@code ≥ max(1, cols)}
     * @param out the sums are added to {@code out[outOff .. outOff+cols)}
     * @param outOff index of out's first element
     * @throws IllegalArgumentException if a size is negative or a leading dimension too small
     * @throws IndexOutOfBoundsException if a range or matrix lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void columnSumsAdd(int rows, int cols, float[] g, int gOff, int ldg, float[] out, int outOff) {
        Check.nonNegative(rows, "rows");
        Check.matrix(g, gOff, rows, cols, ldg, "G");
        Check.range(out, outOff, cols, "out");
        k().columnSumsAdd(rows, cols, g, gOff, ldg, out, outOff);
    }

    /**
     * {@code out[r] = argmax_j X(r,j)}: the first index on ties; a NaN wins over every number.
     *
     * @param rows rows of X, {@code ≥ 0}
     * @param cols columns of X, {@code ≥ 1}
     * @param x X's array; element (r,j) is {@code x[xOff + r·ldx + j]}
     * @param xOff index of X's element (0,0)
     * @param ldx X's row length, {@code ≥ cols}
     * @param out receives the column indices in {@code out[outOff .. outOff+rows)}
     * @param outOff index of out's first element
     * @throws IllegalArgumentException if {@code rows < 0}, {@code cols < 1} or {@code ldx < cols}
     * @throws IndexOutOfBoundsException if X or the output range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void rowArgmax(int rows, int cols, float[] x, int xOff, int ldx, int[] out, int outOff) {
        checkRows(rows, cols, x, xOff, ldx);
        Check.range(out, outOff, rows, "out");
        k().rowArgmax(rows, cols, x, xOff, ldx, out, outOff);
    }

    /**
     * {@code out[r] = max_j X(r,j)}, as {@code Math.max} folds the row: NaN if the row holds one, +0 above −0.
     *
     * @param rows rows of X, {@code ≥ 0}
     * @param cols columns of X, {@code ≥ 1}
     * @param x X's array; element (r,j) is {@code x[xOff + r·ldx + j]}
     * @param xOff index of X's element (0,0)
     * @param ldx X's row length, {@code ≥ cols}
     * @param out receives the maxima in {@code out[outOff .. outOff+rows)}
     * @param outOff index of out's first element
     * @throws IllegalArgumentException if {@code rows < 0}, {@code cols < 1} or {@code ldx < cols}
     * @throws IndexOutOfBoundsException if X or the output range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
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
