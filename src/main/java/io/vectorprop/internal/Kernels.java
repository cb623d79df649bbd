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
     * One MR×NR tile of raw sums: {@code t[i·NR + j] = Σ_p Ap(i,p)·Bp(p,j)} over {@code kc} steps, where
     * {@code Ap(i,p) = ap[aoff + i·ars + p·aps]} and {@code Bp(p,j) = bp[boff + p·bs + j]} (packed and
     * zero-padded micro-panels, or the source rows themselves when full). {@code t} holds at least MR·NR floats.
     */
    public abstract void gemmKernel(int kc, float[] ap, int aoff, int ars, int aps,
                                    float[] bp, int boff, int bs, float[] t);

    /**
     * {@code C(i,j) = alpha·t[toff + i·ldt + j] + beta·C(i,j)} for i &lt; mr, j &lt; nr, with
     * {@code C(i,j) = c[coff + i·rsc + j·csc]}. {@code beta == 0} never reads C.
     */
    public void gemmMerge(int mr, int nr, float[] t, int toff, int ldt, float alpha, float beta,
                          float[] c, int coff, int rsc, int csc) {
        for (int i = 0; i < mr; i++) {
            for (int j = 0; j < nr; j++) {
                int idx = coff + i * rsc + j * csc;
                float v = alpha * t[toff + i * ldt + j];
                c[idx] = beta == 0f ? v : v + beta * c[idx];
            }
        }
    }

    @Override
    public String toString() {
        return name() + (vectorBits() > 0 ? "-" + vectorBits() : "");
    }
}
