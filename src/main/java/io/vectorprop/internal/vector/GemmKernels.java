package io.vectorprop.internal.vector;

import static io.vectorprop.internal.vector.SimdKernels.L;
import static io.vectorprop.internal.vector.SimdKernels.NR;
import static io.vectorprop.internal.vector.SimdKernels.S;

import jdk.incubator.vector.FloatVector;

/**
 * The register-tiled GEMM micro-kernels: MR rows × 2 vectors, fully unrolled so that every accumulator
 * lives in a register, then the raw sums go to an MR×NR tile (alpha, beta and the write to C happen in a
 * separate, small method: keeping the kernel small keeps C2 inlining every Vector API call in it; past its
 * node budget C2 stops inlining and boxes vectors, 20× slower). The 8-row kernels can also write a full tile
 * straight into C when alpha is 1 and beta 0 or 1 (t = C, ldt = its row stride), which skips that round trip.
 *
 * <p>kernel8 (rows of A) and kernel8p (p-major packed A), for 512-bit vectors, index with unit or constant
 * strides so that C2 hoists every bounds check: the loop is then only loads, broadcasts and FMAs. kernel6
 * (256 and 128 bits, where AVX2 has 16 registers) keeps run-time strides on purpose: without the bounds
 * checks between them, JDK 17's C2 schedules all six broadcasts ahead of the FMAs, needs 20 registers and
 * spills four accumulators (512³ with -XX:UseAVX=2: 42 GFLOP/s, against 99 in this form).
 */
final class GemmKernels {
    private GemmKernels() {}

    static void kernel8(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        FloatVector c00 = FloatVector.zero(S), c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S), c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S), c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S), c31 = FloatVector.zero(S);
        FloatVector c40 = FloatVector.zero(S), c41 = FloatVector.zero(S);
        FloatVector c50 = FloatVector.zero(S), c51 = FloatVector.zero(S);
        FloatVector c60 = FloatVector.zero(S), c61 = FloatVector.zero(S);
        FloatVector c70 = FloatVector.zero(S), c71 = FloatVector.zero(S);
        final int i0 = aoff;
        final int i1 = aoff + 1 * ars;
        final int i2 = aoff + 2 * ars;
        final int i3 = aoff + 3 * ars;
        final int i4 = aoff + 4 * ars;
        final int i5 = aoff + 5 * ars;
        final int i6 = aoff + 6 * ars;
        final int i7 = aoff + 7 * ars;
        for (int p = 0; p < kc; p++) {
            int ib = boff + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = FloatVector.broadcast(S, a[i0 + p]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(S, a[i1 + p]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(S, a[i2 + p]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(S, a[i3 + p]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = FloatVector.broadcast(S, a[i4 + p]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = FloatVector.broadcast(S, a[i5 + p]);
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            FloatVector a6 = FloatVector.broadcast(S, a[i6 + p]);
            c60 = a6.fma(b0, c60);
            c61 = a6.fma(b1, c61);
            FloatVector a7 = FloatVector.broadcast(S, a[i7 + p]);
            c70 = a7.fma(b0, c70);
            c71 = a7.fma(b1, c71);
        }
        // rows of the result at t[toff + i·ldt], two vectors each; acc adds what is there (C += A·B)
        if (acc) {
            c00 = c00.add(FloatVector.fromArray(S, t, toff + 0 * ldt));
            c01 = c01.add(FloatVector.fromArray(S, t, toff + 0 * ldt + L));
            c10 = c10.add(FloatVector.fromArray(S, t, toff + 1 * ldt));
            c11 = c11.add(FloatVector.fromArray(S, t, toff + 1 * ldt + L));
            c20 = c20.add(FloatVector.fromArray(S, t, toff + 2 * ldt));
            c21 = c21.add(FloatVector.fromArray(S, t, toff + 2 * ldt + L));
            c30 = c30.add(FloatVector.fromArray(S, t, toff + 3 * ldt));
            c31 = c31.add(FloatVector.fromArray(S, t, toff + 3 * ldt + L));
            c40 = c40.add(FloatVector.fromArray(S, t, toff + 4 * ldt));
            c41 = c41.add(FloatVector.fromArray(S, t, toff + 4 * ldt + L));
            c50 = c50.add(FloatVector.fromArray(S, t, toff + 5 * ldt));
            c51 = c51.add(FloatVector.fromArray(S, t, toff + 5 * ldt + L));
            c60 = c60.add(FloatVector.fromArray(S, t, toff + 6 * ldt));
            c61 = c61.add(FloatVector.fromArray(S, t, toff + 6 * ldt + L));
            c70 = c70.add(FloatVector.fromArray(S, t, toff + 7 * ldt));
            c71 = c71.add(FloatVector.fromArray(S, t, toff + 7 * ldt + L));
        }
        c00.intoArray(t, toff + 0 * ldt);
        c01.intoArray(t, toff + 0 * ldt + L);
        c10.intoArray(t, toff + 1 * ldt);
        c11.intoArray(t, toff + 1 * ldt + L);
        c20.intoArray(t, toff + 2 * ldt);
        c21.intoArray(t, toff + 2 * ldt + L);
        c30.intoArray(t, toff + 3 * ldt);
        c31.intoArray(t, toff + 3 * ldt + L);
        c40.intoArray(t, toff + 4 * ldt);
        c41.intoArray(t, toff + 4 * ldt + L);
        c50.intoArray(t, toff + 5 * ldt);
        c51.intoArray(t, toff + 5 * ldt + L);
        c60.intoArray(t, toff + 6 * ldt);
        c61.intoArray(t, toff + 6 * ldt + L);
        c70.intoArray(t, toff + 7 * ldt);
        c71.intoArray(t, toff + 7 * ldt + L);
    }

    static void kernel6(int kc, float[] a, int aoff, int ars, int aps, float[] b, int boff, float[] t) {
        FloatVector c00 = FloatVector.zero(S), c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S), c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S), c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S), c31 = FloatVector.zero(S);
        FloatVector c40 = FloatVector.zero(S), c41 = FloatVector.zero(S);
        FloatVector c50 = FloatVector.zero(S), c51 = FloatVector.zero(S);
        final int r1 = 1 * ars;
        final int r2 = 2 * ars;
        final int r3 = 3 * ars;
        final int r4 = 4 * ars;
        final int r5 = 5 * ars;
        int ia = aoff;
        int ib = boff;
        for (int p = 0; p < kc; p++, ia += aps, ib += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = FloatVector.broadcast(S, a[ia]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(S, a[ia + r1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(S, a[ia + r2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(S, a[ia + r3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = FloatVector.broadcast(S, a[ia + r4]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = FloatVector.broadcast(S, a[ia + r5]);
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
    }

    static void kernel8p(int kc, float[] a, int aoff, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        FloatVector c00 = FloatVector.zero(S), c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S), c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S), c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S), c31 = FloatVector.zero(S);
        FloatVector c40 = FloatVector.zero(S), c41 = FloatVector.zero(S);
        FloatVector c50 = FloatVector.zero(S), c51 = FloatVector.zero(S);
        FloatVector c60 = FloatVector.zero(S), c61 = FloatVector.zero(S);
        FloatVector c70 = FloatVector.zero(S), c71 = FloatVector.zero(S);
        for (int p = 0; p < kc; p++) {
            int ib = boff + p * NR;
            int ia = aoff + p * 8;
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = FloatVector.broadcast(S, a[ia]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(S, a[ia + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(S, a[ia + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(S, a[ia + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = FloatVector.broadcast(S, a[ia + 4]);
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = FloatVector.broadcast(S, a[ia + 5]);
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            FloatVector a6 = FloatVector.broadcast(S, a[ia + 6]);
            c60 = a6.fma(b0, c60);
            c61 = a6.fma(b1, c61);
            FloatVector a7 = FloatVector.broadcast(S, a[ia + 7]);
            c70 = a7.fma(b0, c70);
            c71 = a7.fma(b1, c71);
        }
        // rows of the result at t[toff + i·ldt], two vectors each; acc adds what is there (C += A·B)
        if (acc) {
            c00 = c00.add(FloatVector.fromArray(S, t, toff + 0 * ldt));
            c01 = c01.add(FloatVector.fromArray(S, t, toff + 0 * ldt + L));
            c10 = c10.add(FloatVector.fromArray(S, t, toff + 1 * ldt));
            c11 = c11.add(FloatVector.fromArray(S, t, toff + 1 * ldt + L));
            c20 = c20.add(FloatVector.fromArray(S, t, toff + 2 * ldt));
            c21 = c21.add(FloatVector.fromArray(S, t, toff + 2 * ldt + L));
            c30 = c30.add(FloatVector.fromArray(S, t, toff + 3 * ldt));
            c31 = c31.add(FloatVector.fromArray(S, t, toff + 3 * ldt + L));
            c40 = c40.add(FloatVector.fromArray(S, t, toff + 4 * ldt));
            c41 = c41.add(FloatVector.fromArray(S, t, toff + 4 * ldt + L));
            c50 = c50.add(FloatVector.fromArray(S, t, toff + 5 * ldt));
            c51 = c51.add(FloatVector.fromArray(S, t, toff + 5 * ldt + L));
            c60 = c60.add(FloatVector.fromArray(S, t, toff + 6 * ldt));
            c61 = c61.add(FloatVector.fromArray(S, t, toff + 6 * ldt + L));
            c70 = c70.add(FloatVector.fromArray(S, t, toff + 7 * ldt));
            c71 = c71.add(FloatVector.fromArray(S, t, toff + 7 * ldt + L));
        }
        c00.intoArray(t, toff + 0 * ldt);
        c01.intoArray(t, toff + 0 * ldt + L);
        c10.intoArray(t, toff + 1 * ldt);
        c11.intoArray(t, toff + 1 * ldt + L);
        c20.intoArray(t, toff + 2 * ldt);
        c21.intoArray(t, toff + 2 * ldt + L);
        c30.intoArray(t, toff + 3 * ldt);
        c31.intoArray(t, toff + 3 * ldt + L);
        c40.intoArray(t, toff + 4 * ldt);
        c41.intoArray(t, toff + 4 * ldt + L);
        c50.intoArray(t, toff + 5 * ldt);
        c51.intoArray(t, toff + 5 * ldt + L);
        c60.intoArray(t, toff + 6 * ldt);
        c61.intoArray(t, toff + 6 * ldt + L);
        c70.intoArray(t, toff + 7 * ldt);
        c71.intoArray(t, toff + 7 * ldt + L);
    }

    /**
     * A full micro-panel of a transposed B, {@code bp[dst + p·NR + j] = b[src + j·csb + p]}: scalar, but four
     * columns per pass and the constant NR, so that C2 drops the bounds checks and each step writes 16
     * contiguous bytes (the plain loop cost about a fifth of the forward X·Wᵀ at batch 64). Vector API gathers
     * were faster on JDK 25 but allocated on JDK 17 (24 bytes per gather) and, in some compiled contexts, on 25.
     */
    static void packBT(int kc, float[] b, int src, int csb, float[] bp, int dst) {
        for (int j = 0; j < NR; j += 4) {
            int s0 = src + j * csb, s1 = s0 + csb, s2 = s1 + csb, s3 = s2 + csb;
            for (int p = 0; p < kc; p++) {
                int d = dst + p * NR + j;
                bp[d] = b[s0 + p];
                bp[d + 1] = b[s1 + p];
                bp[d + 2] = b[s2 + p];
                bp[d + 3] = b[s3 + p];
            }
        }
    }
}
