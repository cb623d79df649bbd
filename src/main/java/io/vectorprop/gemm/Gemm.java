package io.vectorprop.gemm;

import io.vectorprop.internal.Check;
import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;

/**
 * Single-precision general matrix multiply on row-major arrays:
 * {@code C = alpha·op(A)·op(B) + beta·C}, with {@code op(A)} m×k, {@code op(B)} k×n and C m×n.
 *
 * <p><b>Layout.</b> Element (i,j) of a row-major matrix X is {@code x[offx + i·ldx + j]}. A is stored
 * m×k when {@code transA == N} and k×m when {@code T} (likewise B: k×n or n×k); {@code ld} is the
 * stored row length, at least the stored column count. In netlib-java's column-major convention this
 * call is {@code sgemm(transB, transA, n, m, k, alpha, b, offb, ldb, a, offa, lda, beta, c, offc, ldc)},
 * since row-major C is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ.
 *
 * <p><b>Semantics.</b> As BLAS: m, n or k of 0 return at once, except that {@code k == 0} still sets
 * C = beta·C; {@code beta == 0} overwrites C without reading it (C may hold NaN or garbage);
 * {@code alpha == 0} reads neither A nor B. All arguments are checked before anything is written:
 * negative sizes and too small leading dimensions get {@link IllegalArgumentException}, offsets and
 * extents past an array's end {@link IndexOutOfBoundsException}, a null array that would be read
 * {@link NullPointerException}.
 *
 * <p><b>Aliasing.</b> C must not be the same array as A or B ({@link IllegalArgumentException}); A and B
 * may be the same array.
 *
 * <p><b>Memory and threads.</b> Packing buffers live in the {@link GemmWorkspace} passed in: after the
 * first call with the largest shape, calls allocate nothing. A workspace serves one thread at a time;
 * the method is otherwise stateless and may run concurrently with distinct workspaces.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * {@code C = alpha·op(A)·op(B) + beta·C} with the implementation chosen for this JVM. See the class
     * description for layout, BLAS semantics of the special values, aliasing and threads.
     *
     * @param transA whether A is stored transposed: {@code N} (m×k) or {@code T} (k×m)
     * @param transB whether B is stored transposed: {@code N} (k×n) or {@code T} (n×k)
     * @param m rows of op(A) and of C, {@code ≥ 0}
     * @param n columns of op(B) and of C, {@code ≥ 0}
     * @param k columns of op(A), rows of op(B), {@code ≥ 0}
     * @param alpha scale of the product; 0 reads neither A nor B
     * @param a A's array (may be null only when it is not read: {@code alpha == 0} or an empty product)
     * @param offa index of A's element (0,0) in {@code a}
     * @param lda A's stored row length: {@code ≥ max(1, k)} for N, {@code ≥ max(1, m)} for T
     * @param b B's array (may be null only when it is not read)
     * @param offb index of B's element (0,0) in {@code b}
     * @param ldb B's stored row length: {@code ≥ max(1, n)} for N, {@code ≥ max(1, k)} for T
     * @param beta scale of the old C; 0 overwrites C without reading it
     * @param c C's array (may be null only when C is empty), not the same array as {@code a} or {@code b}
     * @param offc index of C's element (0,0) in {@code c}
     * @param ldc C's row length, {@code ≥ max(1, n)}
     * @param ws packing buffers and thread count; serves one call at a time
     * @throws IllegalArgumentException for a negative size, a too small leading dimension, or C aliasing A or B
     * @throws IndexOutOfBoundsException if an offset or a matrix's extent lies outside its array
     * @throws NullPointerException if {@code transA}, {@code transB} or {@code ws} is null, or an array that
     *         would be read or written is null
     */
    public static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
                             float alpha, float[] a, int offa, int lda,
                             float[] b, int offb, int ldb,
                             float beta, float[] c, int offc, int ldc, GemmWorkspace ws) {
        sgemm(KernelProvider.get(), transA, transB, m, n, k, alpha, a, offa, lda, b, offb, ldb, beta, c, offc, ldc, ws);
    }

    /** Same as {@link #sgemm(Transpose, Transpose, int, int, int, float, float[], int, int, float[], int, int, float, float[], int, int, GemmWorkspace)} with explicit kernels (tests, benchmarks). */
    static void sgemm(Kernels kr, Transpose transA, Transpose transB, int m, int n, int k,
                      float alpha, float[] a, int offa, int lda,
                      float[] b, int offb, int ldb,
                      float beta, float[] c, int offc, int ldc, GemmWorkspace ws) {
        check(transA, transB, m, n, k, alpha, a, offa, lda, b, offb, ldb, c, offc, ldc, ws);
        GemmEngine.gemm(kr, ws, transA.isT(), transB.isT(), m, n, k, alpha, a, offa, lda, b, offb, ldb,
                beta, c, offc, ldc);
    }

    static void check(Transpose transA, Transpose transB, int m, int n, int k, float alpha,
                      float[] a, int offa, int lda, float[] b, int offb, int ldb,
                      float[] c, int offc, int ldc, GemmWorkspace ws) {
        Check.notNull(transA, "transA");
        Check.notNull(transB, "transB");
        Check.notNull(ws, "ws");
        Check.nonNegative(m, "m");
        Check.nonNegative(n, "n");
        Check.nonNegative(k, "k");
        boolean ta = transA.isT(), tb = transB.isT();
        boolean readsAB = alpha != 0f && k > 0 && m > 0 && n > 0;
        // Leading dimensions are checked even where the operand is not read, as BLAS does.
        int aRows = ta ? k : m, aCols = ta ? m : k;
        int bRows = tb ? n : k, bCols = tb ? k : n;
        if (readsAB) {
            Check.matrix(a, offa, aRows, aCols, lda, "A");
            Check.matrix(b, offb, bRows, bCols, ldb, "B");
        } else {
            Check.matrix(null, Math.max(offa, 0), 0, aCols, lda, "A");
            Check.matrix(null, Math.max(offb, 0), 0, bCols, ldb, "B");
        }
        Check.matrix(c, offc, m, n, ldc, "C");
        if (m > 0 && n > 0 && readsAB && (c == a || c == b)) {
            throw new IllegalArgumentException("C must not be the same array as A or B");
        }
    }
}
