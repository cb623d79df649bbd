package io.vectorprop.internal;

/**
 * The fast scalar implementation: the same blocked algorithms as the SIMD one, with inner loops
 * written so that C2 can auto-vectorize them where it is on. It is also the scalar tail of the
 * SIMD kernels, so each operation has one source of truth for its last partial vector.
 */
public class ScalarKernels extends Kernels {
    static final ScalarKernels INSTANCE = new ScalarKernels();

    private static final int MR = 4;
    private static final int NR = 16;

    protected ScalarKernels() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int vectorBits() {
        return 0;
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
        // Row by row: the j loop is a contiguous saxpy that C2 vectorizes by itself.
        for (int i = 0; i < MR; i++) {
            int ti = i * NR;
            for (int j = 0; j < NR; j++) {
                t[ti + j] = 0f;
            }
            int ai = aoff + i * ars;
            for (int p = 0; p < kc; p++) {
                float aip = ap[ai + p * aps];
                int bj = boff + p * bs;
                for (int j = 0; j < NR; j++) {
                    t[ti + j] += aip * bp[bj + j];
                }
            }
        }
    }
}
