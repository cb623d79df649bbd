package io.vectorprop.internal.vector;

import static io.vectorprop.internal.vector.SimdKernels.L;
import static io.vectorprop.internal.vector.SimdKernels.NR;
import static io.vectorprop.internal.vector.SimdKernels.S;
import static io.vectorprop.internal.vector.SimdKernels.VT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;

/**
 * The register-tiled GEMM micro-kernels: MR rows × 2 vectors, fully unrolled so that every accumulator
 * lives in a register, then the raw sums go to an MR×NR tile (alpha, beta and the write to C happen in a
 * separate, small method: keeping the kernel small keeps C2 inlining every Vector API call in it; past its
 * node budget C2 stops inlining and boxes vectors, 20× slower). The 8-row kernels can also write a full tile
 * straight into C when alpha is 1 and beta 0 or 1 (t = C, ldt = its row stride), which skips that round trip.
 *
 * <p>kernel8 (rows of A) and kernel8p (p-major packed A), for 512-bit vectors, index with unit or constant
 * strides so that C2 hoists every bounds check: the loop is then only loads, broadcasts and FMAs. The 6-row
 * kernels (256 and 128 bits, where AVX2 has 16 registers: 12 accumulators, two B vectors, one or two
 * broadcasts) come in forms that differ only in how the loop indexes A, because each JDK's C2 spills
 * accumulators on some of them (it schedules several broadcasts ahead of the FMAs and runs out of registers;
 * one spilled accumulator halves the speed): kernel6r (a[i0 + p], six row bases) runs on JDK 25 for rows;
 * on JDK 17 it spills, and kernel6ri (the loop's induction variable is A's index) and kernel6p (p-major
 * panels, A's and B's indices both induction variables) run there. In L1, Zen 3: JDK 25 kernel6r 99 GFLOP/s,
 * JDK 17 kernel6p 99 and kernel6ri 86, against 40–43 for the forms that spill. kernel6c, kernel6p's loop over
 * rows a constant ROW_STRIDE apart, runs on both JDKs for the rows of A the engine copies. So kernel8 and
 * kernel8p are two copies on purpose, alike except for A's indexing: one kernel with run-time strides
 * reached ~80% of the FMA peak instead of ~97%, and their shared prologue and epilogue cannot move into a
 * helper method, which C2 may leave un-inlined past its node cutoff (see below), boxing the accumulators.
 * kernel8h and kernel8ph, their one-vector halves for a last micro-panel of at most L columns, and kernel8b and
 * kernel6cb, kernel8 and kernel6c packing their micro-panel of B as they read it, are copies for the same reason.
 *
 * <p>{@code VT.cast} on every vector that becomes the receiver of a call (the broadcasts, the accumulators
 * before their store) gives C2 its exact class whatever the profiles say. JDK 17's C2 otherwise learns the
 * class of an intrinsic's result from the type profile of a cast inside the JDK, shared by every caller: once
 * another species was seen there, or a class-check trap was taken there (it depends on the order in which
 * things warmed up: one JVM in three in the training-step harness), it types the value as FloatVector, guards
 * calls on it with a virtual-call fallback, cannot intrinsify the store and boxes the accumulators on every
 * iteration, 7 to 20 times slower for the life of the JVM. The cast folds away when the class is known.
 * JDK 25 does not need it. The shared zero and the acc load before the loop (instead of 16 adds after it)
 * keep the kernel well below the node count (18000) past which C2 stops inlining.
 */
final class GemmKernels {
    private GemmKernels() {}

    static void kernel8(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        // acc: start from the tile (C += A·B); one zero otherwise. Every Vector API call adds to the nodes C2
        // parses (see the class comment), so there is one zero and no adds at the end.
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        FloatVector c60 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt) : z;
        FloatVector c61 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt + L) : z;
        FloatVector c70 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt) : z;
        FloatVector c71 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt + L) : z;
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
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[i0 + p]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[i1 + p]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[i2 + p]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[i3 + p]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[i4 + p]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[i5 + p]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            FloatVector a6 = VT.cast(FloatVector.broadcast(S, a[i6 + p]));
            c60 = a6.fma(b0, c60);
            c61 = a6.fma(b1, c61);
            FloatVector a7 = VT.cast(FloatVector.broadcast(S, a[i7 + p]));
            c70 = a7.fma(b0, c70);
            c71 = a7.fma(b1, c71);
        }
        // rows of the result at t[toff + i·ldt], two vectors each
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
        VT.cast(c60).intoArray(t, toff + 6 * ldt);
        VT.cast(c61).intoArray(t, toff + 6 * ldt + L);
        VT.cast(c70).intoArray(t, toff + 7 * ldt);
        VT.cast(c71).intoArray(t, toff + 7 * ldt + L);
    }

    static void kernel8b(int kc, float[] a, int aoff, int ars, float[] b, int bsrc, int rsb, float[] bp, float[] t, int toff,
                         int ldt, boolean acc) {
        // kernel8 reading its micro-panel of B from the rows of B (rsb apart) and packing it into bp as it goes (see
        // Kernels.gemmKernelPackB): the only differences are the two loads and the two stores at the top of the loop.
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        FloatVector c60 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt) : z;
        FloatVector c61 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt + L) : z;
        FloatVector c70 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt) : z;
        FloatVector c71 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt + L) : z;
        final int i0 = aoff;
        final int i1 = aoff + 1 * ars;
        final int i2 = aoff + 2 * ars;
        final int i3 = aoff + 3 * ars;
        final int i4 = aoff + 4 * ars;
        final int i5 = aoff + 5 * ars;
        final int i6 = aoff + 6 * ars;
        final int i7 = aoff + 7 * ars;
        for (int p = 0; p < kc; p++) {
            int is = bsrc + p * rsb, ib = p * NR;
            FloatVector b0 = VT.cast(FloatVector.fromArray(S, b, is));
            FloatVector b1 = VT.cast(FloatVector.fromArray(S, b, is + L));
            b0.intoArray(bp, ib);
            b1.intoArray(bp, ib + L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[i0 + p]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[i1 + p]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[i2 + p]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[i3 + p]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[i4 + p]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[i5 + p]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            FloatVector a6 = VT.cast(FloatVector.broadcast(S, a[i6 + p]));
            c60 = a6.fma(b0, c60);
            c61 = a6.fma(b1, c61);
            FloatVector a7 = VT.cast(FloatVector.broadcast(S, a[i7 + p]));
            c70 = a7.fma(b0, c70);
            c71 = a7.fma(b1, c71);
        }
        // rows of the result at t[toff + i·ldt], two vectors each
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
        VT.cast(c60).intoArray(t, toff + 6 * ldt);
        VT.cast(c61).intoArray(t, toff + 6 * ldt + L);
        VT.cast(c70).intoArray(t, toff + 7 * ldt);
        VT.cast(c71).intoArray(t, toff + 7 * ldt + L);
    }

    static void kernel8h(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        // kernel8 on the first vector of each B row only: a last micro-panel of at most L columns (n = 784: 24
        // full panels and one of 16) costs half the FMAs of a padded full one. Same chain per element as kernel8.
        final FloatVector z = FloatVector.zero(S);
        FloatVector c0 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c1 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c2 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c3 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c4 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c5 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c6 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt) : z;
        FloatVector c7 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt) : z;
        final int i0 = aoff + 0 * ars;
        final int i1 = aoff + 1 * ars;
        final int i2 = aoff + 2 * ars;
        final int i3 = aoff + 3 * ars;
        final int i4 = aoff + 4 * ars;
        final int i5 = aoff + 5 * ars;
        final int i6 = aoff + 6 * ars;
        final int i7 = aoff + 7 * ars;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(S, b, boff + p * NR);
            c0 = VT.cast(FloatVector.broadcast(S, a[i0 + p])).fma(b0, c0);
            c1 = VT.cast(FloatVector.broadcast(S, a[i1 + p])).fma(b0, c1);
            c2 = VT.cast(FloatVector.broadcast(S, a[i2 + p])).fma(b0, c2);
            c3 = VT.cast(FloatVector.broadcast(S, a[i3 + p])).fma(b0, c3);
            c4 = VT.cast(FloatVector.broadcast(S, a[i4 + p])).fma(b0, c4);
            c5 = VT.cast(FloatVector.broadcast(S, a[i5 + p])).fma(b0, c5);
            c6 = VT.cast(FloatVector.broadcast(S, a[i6 + p])).fma(b0, c6);
            c7 = VT.cast(FloatVector.broadcast(S, a[i7 + p])).fma(b0, c7);
        }
        VT.cast(c0).intoArray(t, toff + 0 * ldt);
        VT.cast(c1).intoArray(t, toff + 1 * ldt);
        VT.cast(c2).intoArray(t, toff + 2 * ldt);
        VT.cast(c3).intoArray(t, toff + 3 * ldt);
        VT.cast(c4).intoArray(t, toff + 4 * ldt);
        VT.cast(c5).intoArray(t, toff + 5 * ldt);
        VT.cast(c6).intoArray(t, toff + 6 * ldt);
        VT.cast(c7).intoArray(t, toff + 7 * ldt);
    }

    static void kernel8ph(int kc, float[] a, int aoff, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        // kernel8p on the first vector of each B row only (see kernel8h)
        final FloatVector z = FloatVector.zero(S);
        FloatVector c0 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c1 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c2 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c3 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c4 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c5 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c6 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt) : z;
        FloatVector c7 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt) : z;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(S, b, boff + p * NR);
            int ia = aoff + p * 8;
            c0 = VT.cast(FloatVector.broadcast(S, a[ia + 0])).fma(b0, c0);
            c1 = VT.cast(FloatVector.broadcast(S, a[ia + 1])).fma(b0, c1);
            c2 = VT.cast(FloatVector.broadcast(S, a[ia + 2])).fma(b0, c2);
            c3 = VT.cast(FloatVector.broadcast(S, a[ia + 3])).fma(b0, c3);
            c4 = VT.cast(FloatVector.broadcast(S, a[ia + 4])).fma(b0, c4);
            c5 = VT.cast(FloatVector.broadcast(S, a[ia + 5])).fma(b0, c5);
            c6 = VT.cast(FloatVector.broadcast(S, a[ia + 6])).fma(b0, c6);
            c7 = VT.cast(FloatVector.broadcast(S, a[ia + 7])).fma(b0, c7);
        }
        VT.cast(c0).intoArray(t, toff + 0 * ldt);
        VT.cast(c1).intoArray(t, toff + 1 * ldt);
        VT.cast(c2).intoArray(t, toff + 2 * ldt);
        VT.cast(c3).intoArray(t, toff + 3 * ldt);
        VT.cast(c4).intoArray(t, toff + 4 * ldt);
        VT.cast(c5).intoArray(t, toff + 5 * ldt);
        VT.cast(c6).intoArray(t, toff + 6 * ldt);
        VT.cast(c7).intoArray(t, toff + 7 * ldt);
    }

    static void kernel6ri(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        final int r1 = 1 * ars;
        final int r2 = 2 * ars;
        final int r3 = 3 * ars;
        final int r4 = 4 * ars;
        final int r5 = 5 * ars;
        // ia is the loop's own induction variable, stepping by 1 (kernel6r's a[i0 + p] spills on JDK 17, as does
        // a stride taken from a parameter, which leaves the loop uncounted; see the class comment)
        int ib = boff;
        for (int ia = aoff, end = aoff + kc; ia < end; ia++, ib += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + r1]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + r2]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + r3]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + r4]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + r5]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
    }

    static void kernel8p(int kc, float[] a, int aoff, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        // acc: start from the tile (C += A·B); one zero otherwise. Every Vector API call adds to the nodes C2
        // parses (see the class comment), so there is one zero and no adds at the end.
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        FloatVector c60 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt) : z;
        FloatVector c61 = acc ? FloatVector.fromArray(S, t, toff + 6 * ldt + L) : z;
        FloatVector c70 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt) : z;
        FloatVector c71 = acc ? FloatVector.fromArray(S, t, toff + 7 * ldt + L) : z;
        for (int p = 0; p < kc; p++) {
            int ib = boff + p * NR;
            int ia = aoff + p * 8;
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + 1]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + 4]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + 5]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
            FloatVector a6 = VT.cast(FloatVector.broadcast(S, a[ia + 6]));
            c60 = a6.fma(b0, c60);
            c61 = a6.fma(b1, c61);
            FloatVector a7 = VT.cast(FloatVector.broadcast(S, a[ia + 7]));
            c70 = a7.fma(b0, c70);
            c71 = a7.fma(b1, c71);
        }
        // rows of the result at t[toff + i·ldt], two vectors each
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
        VT.cast(c60).intoArray(t, toff + 6 * ldt);
        VT.cast(c61).intoArray(t, toff + 6 * ldt + L);
        VT.cast(c70).intoArray(t, toff + 7 * ldt);
        VT.cast(c71).intoArray(t, toff + 7 * ldt + L);
    }

    /**
     * A full micro-panel of a transposed B, {@code bp[dst + p·NR + j] = b[src + j·csb + p]}: scalar, but four
     * columns per pass and the constant NR, so that C2 drops the bounds checks and each step writes 16
     * contiguous bytes (the plain loop cost about a fifth of the forward X·Wᵀ at batch 64). Vector API gathers
     * were faster on JDK 25 but allocated on JDK 17 (24 bytes per gather) and, in some compiled contexts, on 25.
     */
    // Lane l ← lane l ^ s, and the lanes with bit s set: one butterfly stage of a 16×16 in-register transpose.
    private static final VectorShuffle<Float> X1 = xorShuffle(1), X2 = xorShuffle(2), X4 = xorShuffle(4), X8 = xorShuffle(8);
    private static final VectorMask<Float> M1 = bitMask(0xAAAA), M2 = bitMask(0xCCCC), M4 = bitMask(0xF0F0), M8 = bitMask(0xFF00);
    private static final VectorMask<Float> N1 = bitMask(0x5555), N2 = bitMask(0x3333), N4 = bitMask(0x0F0F), N8 = bitMask(0x00FF);

    private static VectorShuffle<Float> xorShuffle(int s) {
        return (L == 16 || (L == 8 && s < 8)) ? VectorShuffle.fromOp(S, i -> i ^ s) : null;
    }

    private static VectorMask<Float> bitMask(long bits) {
        return L == 16 || L == 8 ? VectorMask.fromLong(S, bits & ((1L << L) - 1)) : null;
    }

    /**
     * A transposed matrix into rows kst apart ({@code ap[dst + i·kst + p] = a[off + p·csa + i]}, i &lt; mc, p &lt; kc)
     * with 8-lane vectors: 8×8 blocks loaded as 8 vectors (one per step p), transposed in registers in three
     * butterfly stages (as {@link #packBT16}) and stored as 8 row pieces; the edges element by element. Packs a
     * micro-panel of a transposed B (mc = kc steps, kc = NR columns, kst = NR). On JDK 25, Zen 3, as a transposed A
     * into rows (which it packed until 2026-12-07): a 256×256 block 32 µs against 71 for the element loop.
     */
    static void transposeRows8(int mc, int kc, int kst, float[] a, int off, int csa, float[] ap, int dst) {
        int i0 = 0, kv = kc & ~7;
        for (; i0 <= mc - 8; i0 += 8) {
            for (int p0 = 0; p0 < kv; p0 += 8) {
                int s = off + p0 * csa + i0;
                FloatVector r0 = FloatVector.fromArray(S, a, s);
                FloatVector r1 = FloatVector.fromArray(S, a, s + csa);
                FloatVector r2 = FloatVector.fromArray(S, a, s + 2 * csa);
                FloatVector r3 = FloatVector.fromArray(S, a, s + 3 * csa);
                FloatVector r4 = FloatVector.fromArray(S, a, s + 4 * csa);
                FloatVector r5 = FloatVector.fromArray(S, a, s + 5 * csa);
                FloatVector r6 = FloatVector.fromArray(S, a, s + 6 * csa);
                FloatVector r7 = FloatVector.fromArray(S, a, s + 7 * csa);
                FloatVector t;
                t = r0; r0 = t.blend(r4.rearrange(X4), M4); r4 = r4.blend(t.rearrange(X4), N4);
                t = r1; r1 = t.blend(r5.rearrange(X4), M4); r5 = r5.blend(t.rearrange(X4), N4);
                t = r2; r2 = t.blend(r6.rearrange(X4), M4); r6 = r6.blend(t.rearrange(X4), N4);
                t = r3; r3 = t.blend(r7.rearrange(X4), M4); r7 = r7.blend(t.rearrange(X4), N4);
                t = r0; r0 = t.blend(r2.rearrange(X2), M2); r2 = r2.blend(t.rearrange(X2), N2);
                t = r1; r1 = t.blend(r3.rearrange(X2), M2); r3 = r3.blend(t.rearrange(X2), N2);
                t = r4; r4 = t.blend(r6.rearrange(X2), M2); r6 = r6.blend(t.rearrange(X2), N2);
                t = r5; r5 = t.blend(r7.rearrange(X2), M2); r7 = r7.blend(t.rearrange(X2), N2);
                t = r0; r0 = t.blend(r1.rearrange(X1), M1); r1 = r1.blend(t.rearrange(X1), N1);
                t = r2; r2 = t.blend(r3.rearrange(X1), M1); r3 = r3.blend(t.rearrange(X1), N1);
                t = r4; r4 = t.blend(r5.rearrange(X1), M1); r5 = r5.blend(t.rearrange(X1), N1);
                t = r6; r6 = t.blend(r7.rearrange(X1), M1); r7 = r7.blend(t.rearrange(X1), N1);
                int d = dst + i0 * kst + p0;
                r0.intoArray(ap, d);
                r1.intoArray(ap, d + kst);
                r2.intoArray(ap, d + 2 * kst);
                r3.intoArray(ap, d + 3 * kst);
                r4.intoArray(ap, d + 4 * kst);
                r5.intoArray(ap, d + 5 * kst);
                r6.intoArray(ap, d + 6 * kst);
                r7.intoArray(ap, d + 7 * kst);
            }
            for (int p = kv; p < kc; p++) {
                for (int i = i0; i < i0 + 8; i++) ap[dst + i * kst + p] = a[off + p * csa + i];
            }
        }
        for (int p = 0; p < kc && i0 < mc; p++) {
            for (int i = i0; i < mc; i++) ap[dst + i * kst + p] = a[off + p * csa + i];
        }
    }

    /**
     * As {@link #packBT} for 16-lane vectors: 16 steps of 16 columns are loaded as 16 vectors (one per column),
     * transposed in registers in four butterfly stages (stage s swaps bit s of the column and step indices:
     * two rearranges and two blends per pair of vectors) and stored as 16 rows of the panel. About 0.6 vector
     * operations per float where the scalar copy needs a load, a store and their index arithmetic.
     */
    static void packBT16(int kc, float[] b, int src, int csb, float[] bp, int dst) {
        int p0 = 0;
        for (; p0 <= kc - 16; p0 += 16) {
            for (int j = 0; j < NR; j += 16) {
                int s = src + j * csb + p0;
                FloatVector r0 = FloatVector.fromArray(S, b, s);
                FloatVector r1 = FloatVector.fromArray(S, b, s + csb);
                FloatVector r2 = FloatVector.fromArray(S, b, s + 2 * csb);
                FloatVector r3 = FloatVector.fromArray(S, b, s + 3 * csb);
                FloatVector r4 = FloatVector.fromArray(S, b, s + 4 * csb);
                FloatVector r5 = FloatVector.fromArray(S, b, s + 5 * csb);
                FloatVector r6 = FloatVector.fromArray(S, b, s + 6 * csb);
                FloatVector r7 = FloatVector.fromArray(S, b, s + 7 * csb);
                FloatVector r8 = FloatVector.fromArray(S, b, s + 8 * csb);
                FloatVector r9 = FloatVector.fromArray(S, b, s + 9 * csb);
                FloatVector r10 = FloatVector.fromArray(S, b, s + 10 * csb);
                FloatVector r11 = FloatVector.fromArray(S, b, s + 11 * csb);
                FloatVector r12 = FloatVector.fromArray(S, b, s + 12 * csb);
                FloatVector r13 = FloatVector.fromArray(S, b, s + 13 * csb);
                FloatVector r14 = FloatVector.fromArray(S, b, s + 14 * csb);
                FloatVector r15 = FloatVector.fromArray(S, b, s + 15 * csb);
                FloatVector t;
                // stage 8: pairs (j, j+8)
                t = r0; r0 = t.blend(r8.rearrange(X8), M8); r8 = r8.blend(t.rearrange(X8), N8);
                t = r1; r1 = t.blend(r9.rearrange(X8), M8); r9 = r9.blend(t.rearrange(X8), N8);
                t = r2; r2 = t.blend(r10.rearrange(X8), M8); r10 = r10.blend(t.rearrange(X8), N8);
                t = r3; r3 = t.blend(r11.rearrange(X8), M8); r11 = r11.blend(t.rearrange(X8), N8);
                t = r4; r4 = t.blend(r12.rearrange(X8), M8); r12 = r12.blend(t.rearrange(X8), N8);
                t = r5; r5 = t.blend(r13.rearrange(X8), M8); r13 = r13.blend(t.rearrange(X8), N8);
                t = r6; r6 = t.blend(r14.rearrange(X8), M8); r14 = r14.blend(t.rearrange(X8), N8);
                t = r7; r7 = t.blend(r15.rearrange(X8), M8); r15 = r15.blend(t.rearrange(X8), N8);
                // stage 4: pairs (j, j+4)
                t = r0; r0 = t.blend(r4.rearrange(X4), M4); r4 = r4.blend(t.rearrange(X4), N4);
                t = r1; r1 = t.blend(r5.rearrange(X4), M4); r5 = r5.blend(t.rearrange(X4), N4);
                t = r2; r2 = t.blend(r6.rearrange(X4), M4); r6 = r6.blend(t.rearrange(X4), N4);
                t = r3; r3 = t.blend(r7.rearrange(X4), M4); r7 = r7.blend(t.rearrange(X4), N4);
                t = r8; r8 = t.blend(r12.rearrange(X4), M4); r12 = r12.blend(t.rearrange(X4), N4);
                t = r9; r9 = t.blend(r13.rearrange(X4), M4); r13 = r13.blend(t.rearrange(X4), N4);
                t = r10; r10 = t.blend(r14.rearrange(X4), M4); r14 = r14.blend(t.rearrange(X4), N4);
                t = r11; r11 = t.blend(r15.rearrange(X4), M4); r15 = r15.blend(t.rearrange(X4), N4);
                // stage 2: pairs (j, j+2)
                t = r0; r0 = t.blend(r2.rearrange(X2), M2); r2 = r2.blend(t.rearrange(X2), N2);
                t = r1; r1 = t.blend(r3.rearrange(X2), M2); r3 = r3.blend(t.rearrange(X2), N2);
                t = r4; r4 = t.blend(r6.rearrange(X2), M2); r6 = r6.blend(t.rearrange(X2), N2);
                t = r5; r5 = t.blend(r7.rearrange(X2), M2); r7 = r7.blend(t.rearrange(X2), N2);
                t = r8; r8 = t.blend(r10.rearrange(X2), M2); r10 = r10.blend(t.rearrange(X2), N2);
                t = r9; r9 = t.blend(r11.rearrange(X2), M2); r11 = r11.blend(t.rearrange(X2), N2);
                t = r12; r12 = t.blend(r14.rearrange(X2), M2); r14 = r14.blend(t.rearrange(X2), N2);
                t = r13; r13 = t.blend(r15.rearrange(X2), M2); r15 = r15.blend(t.rearrange(X2), N2);
                // stage 1: pairs (j, j+1)
                t = r0; r0 = t.blend(r1.rearrange(X1), M1); r1 = r1.blend(t.rearrange(X1), N1);
                t = r2; r2 = t.blend(r3.rearrange(X1), M1); r3 = r3.blend(t.rearrange(X1), N1);
                t = r4; r4 = t.blend(r5.rearrange(X1), M1); r5 = r5.blend(t.rearrange(X1), N1);
                t = r6; r6 = t.blend(r7.rearrange(X1), M1); r7 = r7.blend(t.rearrange(X1), N1);
                t = r8; r8 = t.blend(r9.rearrange(X1), M1); r9 = r9.blend(t.rearrange(X1), N1);
                t = r10; r10 = t.blend(r11.rearrange(X1), M1); r11 = r11.blend(t.rearrange(X1), N1);
                t = r12; r12 = t.blend(r13.rearrange(X1), M1); r13 = r13.blend(t.rearrange(X1), N1);
                t = r14; r14 = t.blend(r15.rearrange(X1), M1); r15 = r15.blend(t.rearrange(X1), N1);
                int d = dst + p0 * NR + j;
                r0.intoArray(bp, d);
                r1.intoArray(bp, d + NR);
                r2.intoArray(bp, d + 2 * NR);
                r3.intoArray(bp, d + 3 * NR);
                r4.intoArray(bp, d + 4 * NR);
                r5.intoArray(bp, d + 5 * NR);
                r6.intoArray(bp, d + 6 * NR);
                r7.intoArray(bp, d + 7 * NR);
                r8.intoArray(bp, d + 8 * NR);
                r9.intoArray(bp, d + 9 * NR);
                r10.intoArray(bp, d + 10 * NR);
                r11.intoArray(bp, d + 11 * NR);
                r12.intoArray(bp, d + 12 * NR);
                r13.intoArray(bp, d + 13 * NR);
                r14.intoArray(bp, d + 14 * NR);
                r15.intoArray(bp, d + 15 * NR);
            }
        }
        if (p0 < kc) {
            packBT(kc - p0, b, src + p0, csb, bp, dst + p0 * NR);
        }
    }

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

    // kernel6r (rows of A) and kernel6p (p-major packed A), with kernel6ri above: unit or constant strides, so that
    // C2 can hoist the bounds checks, and the direct-to-C form of kernel8. Which JDK gets which is in SimdKernels
    // (ROWS6): each form spills on one of the two JDKs.
    static void kernel6r(int kc, float[] a, int aoff, int ars, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        final int i0 = aoff;
        final int i1 = aoff + 1 * ars;
        final int i2 = aoff + 2 * ars;
        final int i3 = aoff + 3 * ars;
        final int i4 = aoff + 4 * ars;
        final int i5 = aoff + 5 * ars;
        for (int p = 0; p < kc; p++) {
            int ib = boff + p * NR;
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[i0 + p]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[i1 + p]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[i2 + p]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[i3 + p]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[i4 + p]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[i5 + p]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
    }

    /**
     * The first 4 rows of kernel6r (rows of A ars apart) or of kernel6p (p-major, 6 values per step), into the tile
     * t: for a last micro-panel of at most 4 rows (m = 64, 256, 1024 leave 4), which the 6-row kernel would compute
     * at 6 rows' cost. Every element gets the same FMAs in the same order as in the 6-row kernels: the same bits.
     */
    static void kernel4(int kc, float[] a, int aoff, int ars, boolean pmajor, float[] b, int boff, float[] t) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        // one induction variable for A in both layouts: step 6 (p-major) or 1 (rows, the others ars apart)
        final int step = pmajor ? 6 : 1, r = pmajor ? 1 : ars;
        int ib = boff;
        for (int ia = aoff, end = aoff + step * kc; ia < end; ia += step, ib += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + r]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2 * r]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3 * r]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        VT.cast(c00).intoArray(t, 0);
        VT.cast(c01).intoArray(t, L);
        VT.cast(c10).intoArray(t, NR);
        VT.cast(c11).intoArray(t, NR + L);
        VT.cast(c20).intoArray(t, 2 * NR);
        VT.cast(c21).intoArray(t, 2 * NR + L);
        VT.cast(c30).intoArray(t, 3 * NR);
        VT.cast(c31).intoArray(t, 3 * NR + L);
    }

    static void kernel6p(int kc, float[] a, int aoff, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        // ia and ib as the loop's own induction variables (not aoff + 6p, boff + NR·p): JDK 17's C2 then drops the
        // index arithmetic, ~30 instead of ~38 instructions per step for 12 FMAs, which Zen 3 dispatches at 6 per
        // cycle: 86 → 99 GFLOP/s in L1 (kc = 512; 101 at 1024). The loop counts on B's index: C2 hoists the range
        // checks of the loop's own variable and keeps one check per step for the other, which for A's six constant
        // offsets is a single compare (counting on A's index left two for B's two loads). In L1, JDK 17, alternated
        // in one JVM: equal when the host runs normally (~100), 1.18–1.21× in its slow state (57–61 → 70–74).
        int ia = aoff;
        for (int ib = boff, end = boff + NR * kc; ib < end; ia += 6, ib += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + 1]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + 4]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + 5]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
    }

    /** The row stride of A that kernel6c is compiled for: 1024 + 16, GemmEngine.rowStride's for the longest K block of KC. */
    static final int ROW_STRIDE = 1040;

    static void kernel6c(int kc, float[] a, int aoff, float[] b, int boff, float[] t, int toff, int ldt, boolean acc) {
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        // Rows ROW_STRIDE apart, a constant: the six broadcasts address A from one index with constant
        // displacements, where kernel6r needs a lea per row (32 instructions per 12 FMAs; this loop 31, with two of
        // them compare-and-branch pairs that fuse). The loop counts on B's index, as kernel6p's: counted on A's
        // (the form kernel6r has, with constant offsets) C2 schedules four broadcasts ahead and spills two
        // accumulators. The kernel alone in L1 (JDK 25, kc 1024, alternated): 1.01–1.02× kernel6r when the host runs
        // normally (~98), 1.18× in its slow state (55 → 65).
        int ia = aoff;
        for (int ib = boff, end = boff + NR * kc; ib < end; ia++, ib += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, ib);
            FloatVector b1 = FloatVector.fromArray(S, b, ib + 1 * L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + 1 * ROW_STRIDE]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2 * ROW_STRIDE]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3 * ROW_STRIDE]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + 4 * ROW_STRIDE]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + 5 * ROW_STRIDE]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
    }

    static void kernel6cb(int kc, float[] a, int aoff, float[] b, int bsrc, int rsb, float[] bp, float[] t, int toff, int ldt,
                          boolean acc) {
        // kernel6c reading its micro-panel of B from the rows of B (rsb apart) and packing it into bp as it goes (see
        // Kernels.gemmKernelPackB), as kernel8b does for kernel8
        final FloatVector z = FloatVector.zero(S);
        FloatVector c00 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt) : z;
        FloatVector c01 = acc ? FloatVector.fromArray(S, t, toff + 0 * ldt + L) : z;
        FloatVector c10 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt) : z;
        FloatVector c11 = acc ? FloatVector.fromArray(S, t, toff + 1 * ldt + L) : z;
        FloatVector c20 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt) : z;
        FloatVector c21 = acc ? FloatVector.fromArray(S, t, toff + 2 * ldt + L) : z;
        FloatVector c30 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt) : z;
        FloatVector c31 = acc ? FloatVector.fromArray(S, t, toff + 3 * ldt + L) : z;
        FloatVector c40 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt) : z;
        FloatVector c41 = acc ? FloatVector.fromArray(S, t, toff + 4 * ldt + L) : z;
        FloatVector c50 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt) : z;
        FloatVector c51 = acc ? FloatVector.fromArray(S, t, toff + 5 * ldt + L) : z;
        int ia = aoff;
        int is = bsrc;
        for (int ib = 0, end = NR * kc; ib < end; ia++, ib += NR, is += rsb) {
            FloatVector b0 = VT.cast(FloatVector.fromArray(S, b, is));
            FloatVector b1 = VT.cast(FloatVector.fromArray(S, b, is + L));
            b0.intoArray(bp, ib);
            b1.intoArray(bp, ib + L);
            FloatVector a0 = VT.cast(FloatVector.broadcast(S, a[ia]));
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = VT.cast(FloatVector.broadcast(S, a[ia + 1 * ROW_STRIDE]));
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = VT.cast(FloatVector.broadcast(S, a[ia + 2 * ROW_STRIDE]));
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = VT.cast(FloatVector.broadcast(S, a[ia + 3 * ROW_STRIDE]));
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            FloatVector a4 = VT.cast(FloatVector.broadcast(S, a[ia + 4 * ROW_STRIDE]));
            c40 = a4.fma(b0, c40);
            c41 = a4.fma(b1, c41);
            FloatVector a5 = VT.cast(FloatVector.broadcast(S, a[ia + 5 * ROW_STRIDE]));
            c50 = a5.fma(b0, c50);
            c51 = a5.fma(b1, c51);
        }
        VT.cast(c00).intoArray(t, toff + 0 * ldt);
        VT.cast(c01).intoArray(t, toff + 0 * ldt + L);
        VT.cast(c10).intoArray(t, toff + 1 * ldt);
        VT.cast(c11).intoArray(t, toff + 1 * ldt + L);
        VT.cast(c20).intoArray(t, toff + 2 * ldt);
        VT.cast(c21).intoArray(t, toff + 2 * ldt + L);
        VT.cast(c30).intoArray(t, toff + 3 * ldt);
        VT.cast(c31).intoArray(t, toff + 3 * ldt + L);
        VT.cast(c40).intoArray(t, toff + 4 * ldt);
        VT.cast(c41).intoArray(t, toff + 4 * ldt + L);
        VT.cast(c50).intoArray(t, toff + 5 * ldt);
        VT.cast(c51).intoArray(t, toff + 5 * ldt + L);
    }
}
