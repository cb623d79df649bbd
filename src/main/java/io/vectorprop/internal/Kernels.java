package io.vectorprop.internal;

/**
 * The internal contract behind the public facades: one scalar and one SIMD implementation.
 * Arguments are validated by the facades; implementations assume they are in range.
 */
public abstract class Kernels {

    /** {@code "simd"} or {@code "scalar"}. */
    public abstract String name();

    /** Vector width in bits, 0 for scalar. */
    public abstract int vectorBits();

    // ---- GEMM micro-kernel (BLIS) ----

    /** Rows of the register tile. */
    public abstract int gemmMR();

    /** Columns of the register tile. */
    public abstract int gemmNR();

    /**
     * One MR×NR tile of raw sums: {@code t[i·NR + j] = Σ_p A(i,p)·Bp(p,j)} over {@code kc} steps, where
     * {@code A(i,p) = a[aoff + i·ars + p]} (rows of A, in place or packed and zero-padded) and
     * {@code Bp(p,j) = bp[boff + p·NR + j]} (a packed, zero-padded micro-panel). Unit and constant strides in
     * {@code p} let C2 hoist every bounds check out of the loop. {@code t} holds at least MR·NR floats.
     */
    public abstract void gemmKernel(int kc, float[] a, int aoff, int ars, float[] bp, int boff, float[] t);

    /**
     * As {@link #gemmKernel}, with A packed in p-major order: {@code A(i,p) = ap[aoff + p·MR + i]}, one contiguous
     * stream (MR values per step) instead of MR rows.
     */
    public abstract void gemmKernelPacked(int kc, float[] ap, int aoff, float[] bp, int boff, float[] t);

    /**
     * A last micro-panel of {@code rows < MR} rows (zero-padded to MR) into the tile: {@link #gemmKernelPacked} when
     * packed, else {@link #gemmKernel}. Only the first {@code rows} rows of the tile are defined afterwards.
     */
    public void gemmKernelPartial(int rows, int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                  float[] t) {
        if (packed) {
            gemmKernelPacked(kc, a, aoff, bp, boff, t);
        } else {
            gemmKernel(kc, a, aoff, ars, bp, boff, t);
        }
    }

    /**
     * A full MR×NR tile written straight into C (row stride ldc, unit column stride): {@code C = A·B}, or
     * {@code C += A·B} when acc, with A as {@link #gemmKernel} (packed false) or {@link #gemmKernelPacked}
     * (packed true, ars unused). Returns false, having done nothing, where the implementation has no such
     * kernel; the engine then goes through the tile and {@link #gemmMerge}.
     */
    public boolean gemmKernelTo(int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                float[] c, int coff, int ldc, boolean acc) {
        return false;
    }

    /**
     * A full MR×NR tile with A as {@link #gemmKernel} (rows ars apart, in place or copied) and B read from its source
     * rather than a packed panel: row p of the micro-panel is {@code b[bsrc + p·rsb + j]}, j &lt; NR. The kernel
     * also packs that micro-panel into {@code bp} from 0, as {@link #gemmPackB} would (kc × NR), for the tiles
     * below it. The tile goes to {@code t[toff + i·ldt + j]} as {@link #gemmKernelTo} (t = C; C += A·B when acc) or
     * {@link #gemmKernel} (a tile; acc false) does, with the same operations per element. Returns false, having done
     * nothing, where the implementation has no such kernel.
     */
    public boolean gemmKernelPackB(int kc, float[] a, int aoff, int ars, float[] b, int bsrc, int rsb, float[] bp,
                                   float[] t, int toff, int ldt, boolean acc) {
        return false;
    }

    /**
     * The first NR/2 columns of a tile, for a last micro-panel of B of at most NR/2 columns (zero-padded to NR in
     * the packed panel): {@code t[toff + i·ldt + j]} for j &lt; NR/2, as {@link #gemmKernelTo} when t is C ({@code
     * C = A·B}, or {@code C += A·B} when acc) or as the first NR/2 columns of {@link #gemmKernel} /
     * {@link #gemmKernelPacked} into a tile (acc false), with the same operations per element. Returns false,
     * having done nothing, where the implementation has no such kernel.
     */
    public boolean gemmKernelHalf(int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                  float[] t, int toff, int ldt, boolean acc) {
        return false;
    }

    /**
     * The row stride the rows kernel is compiled for, usable where the engine copies rows of A in K blocks of at
     * most {@code kcMax} columns, or 0 where the kernel has none for such blocks. A kernel that reads its rows at
     * constant offsets needs no per-row address arithmetic. The engine decides where to use it and how to lay
     * micro-panels out within it (several side by side where kcMax leaves room).
     */
    public int gemmRowStride(int kcMax) {
        return 0;
    }

    /**
     * Whether an A with contiguous rows should still be packed p-major (for {@link #gemmKernelPacked}) instead of
     * being read in place or copied in rows: where the packed kernel is so much the faster that the copy pays.
     */
    public boolean gemmPackedForRowsOfA() {
        return false;
    }

    /**
     * Packs one micro-panel of A in p-major order: {@code ap[dst + p·MR + i] = a[src + i·rsa + p·csa]} for
     * p &lt; kc, i &lt; mrr, and zeros for mrr ≤ i &lt; MR.
     */
    public void gemmPackA(int kc, int mrr, float[] a, int src, int rsa, int csa, float[] ap, int dst) {
        int mr = gemmMR();
        for (int p = 0; p < kc; p++) {
            int s = src + p * csa, d = dst + p * mr;
            for (int i = 0; i < mrr; i++) {
                ap[d + i] = a[s + i * rsa];
            }
            for (int i = mrr; i < mr; i++) {
                ap[d + i] = 0f;
            }
        }
    }

    /**
     * Packs one micro-panel of an untransposed B (rows contiguous): {@code bp[dst + p·NR + j] =
     * b[src + p·rsb + j]} for p &lt; kc, j &lt; nrr, and zeros for nrr ≤ j &lt; NR.
     */
    public void gemmPackB(int kc, int nrr, float[] b, int src, int rsb, float[] bp, int dst) {
        int nr = gemmNR();
        for (int p = 0; p < kc; p++) {
            int d = dst + p * nr;
            System.arraycopy(b, src + p * rsb, bp, d, nrr);
            if (nrr < nr) {
                java.util.Arrays.fill(bp, d + nrr, d + nr, 0f);
            }
        }
    }

    /**
     * Packs {@code np} full micro-panels of an untransposed B side by side, as {@link #gemmPackB} for each: panel q
     * from columns {@code src + q·NR} to {@code bp[dst + q·NR·kc ...]}.
     */
    public void gemmPackBPanels(int kc, int np, float[] b, int src, int rsb, float[] bp, int dst) {
        int nr = gemmNR();
        for (int q = 0; q < np; q++) {
            gemmPackB(kc, nr, b, src + q * nr, rsb, bp, dst + q * nr * kc);
        }
    }

    /**
     * Packs one micro-panel of a transposed B: {@code bp[dst + p·NR + j] = b[src + j·csb + p]} for p &lt; kc,
     * j &lt; nrr, and zeros for nrr ≤ j &lt; NR (the columns of op(B), each contiguous in p).
     */
    public void gemmPackBT(int kc, int nrr, float[] b, int src, int csb, float[] bp, int dst) {
        int nr = gemmNR();
        for (int j = 0; j < nr; j++) {
            int s = src + j * csb;
            for (int p = 0; p < kc; p++) {
                bp[dst + p * nr + j] = j < nrr ? b[s + p] : 0f;
            }
        }
    }

    /**
     * {@code C(i,j) = alpha·t[toff + i·ldt + j] + beta·C(i,j)} for i &lt; mr, j &lt; nr, with
     * {@code C(i,j) = c[coff + i·rsc + j·csc]}. {@code beta == 0} never reads C.
     */
    public void gemmMerge(int mr, int nr, float[] t, int toff, int ldt, float alpha, float beta,
                          float[] c, int coff, int rsc, int csc) {
        if (csc == 1) {
            for (int i = 0; i < mr; i++) {
                mergeLine(nr, t, toff + i * ldt, 1, alpha, beta, c, coff + i * rsc, 1);
            }
        } else {
            // C transposed (the Cᵀ = Bᵀ·Aᵀ path): walk C's contiguous direction in the inner loop.
            for (int j = 0; j < nr; j++) {
                mergeLine(mr, t, toff + j, ldt, alpha, beta, c, coff + j * csc, rsc);
            }
        }
    }

    private static void mergeLine(int len, float[] t, int toff, int ts, float alpha, float beta,
                                  float[] c, int coff, int cs) {
        for (int q = 0; q < len; q++) {
            int idx = coff + q * cs;
            float v = alpha * t[toff + q * ts];
            c[idx] = beta == 0f ? v : v + beta * c[idx];
        }
    }

    // ---- Activations: kinds are Activation.Kind ordinals; slope is leaky ReLU's negative slope ----
    public static final int IDENTITY = 0, RELU = 1, LEAKY_RELU = 2, SIGMOID = 3, TANH = 4, GELU = 5, SILU = 6, SOFTPLUS = 7;

    /** {@code h[i] = f(a[i])}; h may be a (in place). */
    public abstract void activate(int kind, float slope, float[] a, int aOff, float[] h, int hOff, int n);

    /** {@code g[i] *= f'(a[i])}. */
    public abstract void activateBackward(int kind, float slope, float[] a, int aOff, float[] g, int gOff, int n);

    /** {@code g[i] *= f'(a[i])} computed from {@code h = f(a)} (identity, ReLU, leaky ReLU, sigmoid, tanh). */
    public abstract void activateBackwardFromOutput(int kind, float slope, float[] h, int hOff, float[] g, int gOff, int n);

    // ---- Level 1 ----
    /** {@code y += alpha·x}. */
    public abstract void saxpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff);

    /** {@code x *= alpha}. */
    public abstract void sscal(int n, float alpha, float[] x, int xOff);

    /** {@code x[i] *= y[i]}. */
    public abstract void hadamard(int n, float[] y, int yOff, float[] x, int xOff);

    public abstract float sdot(int n, float[] x, int xOff, float[] y, int yOff);

    public abstract float ssum(int n, float[] x, int xOff);

    /** Σ x², accumulated in float with several partial sums. */
    public abstract float snrm2sq(int n, float[] x, int xOff);

    // ---- Batch matrices (row-major, rows × cols, leading dimension ld) ----
    /** Every row of X += bias. */
    public abstract void addRowVector(int rows, int cols, float[] bias, int bOff, float[] x, int xOff, int ld);

    /** {@code out[j] += Σ_i g(i,j)} (bias gradient). */
    public abstract void columnSumsAdd(int rows, int cols, float[] g, int gOff, int ld, float[] out, int outOff);

    /** {@code A(i,j) += alpha·x[i]·y[j]} (BLAS sger, row-major). */
    public abstract void sger(int m, int n, float alpha, float[] x, int xOff, float[] y, int yOff, float[] a, int aOff, int lda);

    /** Per row: softmax (log = false) or log-softmax (log = true) of x into y (may alias). */
    public abstract void softmaxRows(int rows, int cols, float[] x, int xOff, float[] y, int yOff, boolean log);

    /**
     * Softmax cross-entropy from logits with integer labels, labels already checked: returns the summed
     * loss over rows and writes {@code grad = (softmax − onehot)·scale} (scale is usually 1/rows). grad may alias logits.
     */
    public abstract double softmaxCrossEntropy(int rows, int cols, float[] x, int xOff, int[] labels, int lOff,
                                               float[] grad, int gOff, float scale);

    /** Returns Σ(p − t)² and writes grad = (p − t)·scale (grad may alias p). */
    public abstract double squaredError(int n, float[] p, int pOff, float[] t, int tOff, float[] grad, int gOff, float scale);

    /** Returns Σ max(x,0) − x·t + log1p(exp(−|x|)) (BCE from logits); writes grad = (σ(x) − t)·scale (grad may alias x). */
    public abstract double bceWithLogits(int n, float[] x, int xOff, float[] t, int tOff, float[] grad, int gOff, float scale);

    /** Index of the largest element of each row (first one on ties; NaN counts as largest). */
    public abstract void rowArgmax(int rows, int cols, float[] x, int xOff, int ld, int[] out, int outOff);

    /** Largest element of each row, as {@code Math.max} folds it (NaN if the row has one; +0 above −0). */
    public abstract void rowMax(int rows, int cols, float[] x, int xOff, int ld, float[] out, int outOff);

    // ---- Optimizer steps, in place ----
    /** {@code w -= lr·(g + wd·w)}. */
    public abstract void sgdStep(int n, float lr, float wd, float[] w, int wOff, float[] g, int gOff);

    /** PyTorch SGD with momentum: d = g + wd·w; v = mu·v + d; w -= lr·(nesterov ? d + mu·v : v). */
    public abstract void momentumStep(int n, float lr, float mu, float wd, boolean nesterov,
                                      float[] w, int wOff, float[] g, int gOff, float[] v, int vOff);

    /**
     * PyTorch Adam (decoupled = false: d = g + wd·w) or AdamW (decoupled: w *= 1 − lr·wd first):
     * m = b1·m + (1−b1)·d; v = b2·v + (1−b2)·d²; w -= (lr/c1)·m / (sqrt(v)/sqrt(c2) + eps), c = 1 − b^t.
     */
    public abstract void adamStep(int n, float lr, float b1, float b2, float eps, float wd, boolean decoupled,
                                  float c1, float c2, float[] w, int wOff, float[] g, int gOff,
                                  float[] m, int mOff, float[] v, int vOff);

    @Override
    public String toString() {
        return name() + (vectorBits() > 0 ? "-" + vectorBits() : "");
    }
}
