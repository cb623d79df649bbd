package io.vectorprop.internal.vector;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.ScalarKernels;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels. Loaded only by {@link KernelProvider} after the runtime checks.
 * The species is a {@code static final} (a non-constant species costs about 30% here), chosen once from
 * the machine's preferred width, capped by {@code vectorprop.vectorBits}.
 */
public class SimdKernels extends ScalarKernels {
    static final VectorSpecies<Float> S = species();
    static final int L = S.length();
    // Register budget: 512-bit machines have 32 vector registers, so an 8×2L tile (16 accumulators, the
    // fastest shape measured on Zen 5) fits. Narrower vectors may mean AVX2's 16 registers: 6×2L
    // (12 accumulators + 2 B vectors + 1 broadcast) is the largest tile that does not spill there.
    static final int MR = L >= 16 ? 8 : 6;
    static final int NR = 2 * L;

    private static final SimdKernels INSTANCE = new SimdKernels();

    protected SimdKernels() {}

    /** Entry point used reflectively by the provider. */
    public static Kernels create() {
        if (L < 4) {
            throw new UnsupportedOperationException("vectors narrower than 128 bits (" + S + ")");
        }
        return INSTANCE;
    }

    private static VectorSpecies<Float> species() {
        VectorSpecies<Float> pref = FloatVector.SPECIES_PREFERRED;
        int cap = KernelProvider.requestedVectorBits();
        if (cap == 0 || cap >= pref.vectorBitSize()) {
            return pref;
        }
        return FloatVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(cap)).check(float.class);
    }

    @Override
    public String name() {
        return "simd";
    }

    @Override
    public int vectorBits() {
        return S.vectorBitSize();
    }

    @Override
    public int gemmMR() {
        return MR;
    }

    @Override
    public int gemmNR() {
        return NR;
    }

    @Override
    public void gemmKernel(int kc, float[] ap, int aoff, int ars, int aps, float[] bp, int boff, int bs, float[] t) {
        if (MR == 8) {
            GemmKernels.kernel8(kc, ap, aoff, ars, aps, bp, boff, bs, t);
        } else {
            GemmKernels.kernel6(kc, ap, aoff, ars, aps, bp, boff, bs, t);
        }
    }

    @Override
    public void gemmMerge(int mr, int nr, float[] t, int toff, int ldt, float alpha, float beta,
                          float[] c, int coff, int rsc, int csc) {
        if (csc != 1) {
            super.gemmMerge(mr, nr, t, toff, ldt, alpha, beta, c, coff, rsc, csc);
            return;
        }
        int bound = S.loopBound(nr);
        for (int i = 0; i < mr; i++) {
            int ci = coff + i * rsc, ti = toff + i * ldt;
            int j = 0;
            // beta == 0 must not read C: it may hold NaN from an earlier use of the buffer.
            if (beta == 0f) {
                for (; j < bound; j += L) {
                    FloatVector.fromArray(S, t, ti + j).mul(alpha).intoArray(c, ci + j);
                }
            } else {
                for (; j < bound; j += L) {
                    FloatVector cv = FloatVector.fromArray(S, c, ci + j);
                    FloatVector.fromArray(S, t, ti + j).mul(alpha).add(cv.mul(beta)).intoArray(c, ci + j);
                }
            }
            if (j < nr) {
                super.gemmMerge(1, nr - j, t, ti + j, ldt, alpha, beta, c, ci + j, rsc, 1);
            }
        }
    }
}
