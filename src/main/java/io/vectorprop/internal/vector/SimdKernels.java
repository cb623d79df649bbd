package io.vectorprop.internal.vector;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.ScalarKernels;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
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
    // 8 floats: one p-step of a packed 8-row A panel (used only where MR == 8, i.e. 512-bit vectors).
    static final VectorSpecies<Float> S8 = FloatVector.SPECIES_256;
    /**
     * The exact class of S's vectors. {@code VT.cast(v)} before a vector becomes the receiver of a call lets
     * JDK 17's C2 keep it in a register whatever the JDK's shared type profiles say (see GemmKernels); it
     * folds away when C2 already knows the class. Written out at each use, not in a helper: a helper method is
     * subject to C2's inlining node cutoff in a large caller (the JDK's own @ForceInline methods are not), and
     * one left as a call boxes its vectors (measured: JDK 17 Adam, 16K floats, 5 µs → 300 µs per call).
     */
    @SuppressWarnings("unchecked")
    static final Class<FloatVector> VT = (Class<FloatVector>) (Class<?>) S.vectorType();

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
    public void gemmKernel(int kc, float[] a, int aoff, int ars, float[] bp, int boff, float[] t) {
        if (MR == 8) {
            GemmKernels.kernel8(kc, a, aoff, ars, bp, boff, t, 0, NR, false);
        } else if (ars == GemmKernels.ROW_STRIDE) {
            GemmKernels.kernel6c(kc, a, aoff, bp, boff, t, 0, NR, false);
        } else if (ROWS6) {
            GemmKernels.kernel6r(kc, a, aoff, ars, bp, boff, t, 0, NR, false);
        } else {
            GemmKernels.kernel6ri(kc, a, aoff, ars, bp, boff, t, 0, NR, false);
        }
    }

    // A last micro-panel of 1–4 rows with the 6-row kernel: 8 instead of 12 accumulators (m = 64: 11 micro-panels,
    // the last of 4 rows). One JVM, switched every 0.5 s, 20 pairs, one thread: 64x784x256 NN 1.027× (JDK 25) and
    // 1.020× (JDK 17), 256x784x256 NN 1.010× / 1.006× (one micro-panel of 43).
    @Override
    public void gemmKernelPartial(int rows, int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                  float[] t) {
        if (MR == 6 && rows <= 4) {
            GemmKernels.kernel4(kc, a, aoff, ars, packed, bp, boff, t);
        } else {
            super.gemmKernelPartial(rows, kc, a, aoff, ars, packed, bp, boff, t);
        }
    }

    @Override
    public void gemmKernelPacked(int kc, float[] ap, int aoff, float[] bp, int boff, float[] t) {
        if (MR == 8) {
            GemmKernels.kernel8p(kc, ap, aoff, bp, boff, t, 0, NR, false);
        } else {
            // a transposed A on both JDKs; rows of A only on JDK 17 (gemmPackedForRowsOfA)
            GemmKernels.kernel6p(kc, ap, aoff, bp, boff, t, 0, NR, false);
        }
    }

    // JDK 17 (and 18–24), 6 rows: rows of A packed p-major for kernel6p where B is at least 512 wide
    // (GemmEngine.PACK_ROWS_MIN_N), except rows the engine copies at kernel6c's stride anyway (GemmEngine.aInRows).
    // Against the earlier run-time-stride rows kernel this won 1.08–1.12× (512³,
    // 256x784x256 NN, 256x1024x784 NT) and the two-thread step of 784-1024-1024-10 1.07×; against kernel6ri, in
    // process, 2 pairs each: 256x1024x1024 NN 1.09× (78 vs 72), 512³ 0.96×, 256x784x256 NN, 64x784x256 NN, 1024³,
    // 2048³ and 256x1024x784 NT within noise. n = 256 NN would gain from packing too (1.12×) but NT not (0.97×).
    @Override
    public boolean gemmPackedForRowsOfA() {
        return MR == 6 && !ROWS6;
    }

    // 6 rows: rows of A that are copied anyway (a leading dimension that is a multiple of 256 floats) are copied
    // ROW_STRIDE apart for kernel6c, whose loop then has no per-row address arithmetic (kernel6r's has six lea, 32
    // instructions per 12 FMAs). JDK 25 against kernel6r: equal when the host runs normally, faster when it issues
    // fewer instructions per cycle (see GemmKernels.kernel6c). JDK 17 against kernel6ri (which it runs where n <
    // 512; wider products pack rows of A p-major): one thread, normal state, 1024x256x1024 NN 1.056×, 96x256x512 NN
    // 1.032×; 64x128x256 NT 1.021× (slow state); two threads 1.07–1.11×. Which blocks use it and how micro-panels
    // sit in it: GemmEngine.fixedRowStride. Not for K blocks past 1024 (2048³, whose 6×2048 micro-panel of A passes
    // L1): 0.984× there. An A read in place keeps kernel6r /
    // kernel6ri: copying it for kernel6c ran at 0.916× (64x256x784 NT), 0.924× (64x1024x784 NT) and 0.991× (1000³)
    // on JDK 25 when the host runs normally, 0.965–1.023× on JDK 17.
    @Override
    public int gemmRowStride(int kcMax) {
        return MR == 6 && kcMax <= GemmKernels.ROW_STRIDE - 16 ? GemmKernels.ROW_STRIDE : 0;
    }

    @Override
    public boolean gemmKernelTo(int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                float[] c, int coff, int ldc, boolean acc) {
        if (MR == 8) {
            if (packed) {
                GemmKernels.kernel8p(kc, a, aoff, bp, boff, c, coff, ldc, acc);
            } else {
                GemmKernels.kernel8(kc, a, aoff, ars, bp, boff, c, coff, ldc, acc);
            }
            return true;
        }
        if (packed) {
            GemmKernels.kernel6p(kc, a, aoff, bp, boff, c, coff, ldc, acc);
        } else if (ars == GemmKernels.ROW_STRIDE) {
            GemmKernels.kernel6c(kc, a, aoff, bp, boff, c, coff, ldc, acc);
        } else if (ROWS6) {
            GemmKernels.kernel6r(kc, a, aoff, ars, bp, boff, c, coff, ldc, acc);
        } else {
            GemmKernels.kernel6ri(kc, a, aoff, ars, bp, boff, c, coff, ldc, acc);
        }
        return true;
    }

    @Override
    public boolean gemmKernelPackB(int kc, float[] a, int aoff, int ars, float[] b, int bsrc, int rsb, float[] bp,
                                   float[] t, int toff, int ldt, boolean acc) {
        if (MR != 8) {
            // the 6-row kernel for rows the engine copied at its fixed stride (the others keep the packing loop)
            if (ars == GemmKernels.ROW_STRIDE) {
                GemmKernels.kernel6cb(kc, a, aoff, b, bsrc, rsb, bp, t, toff, ldt, acc);
                return true;
            }
            return false;
        }
        GemmKernels.kernel8b(kc, a, aoff, ars, b, bsrc, rsb, bp, t, toff, ldt, acc);
        return true;
    }

    // 8 rows × one vector for a last micro-panel of at most L columns: n = 784 runs 24 full micro-panels and one of
    // 16 columns, which the padded 8×2L tile computed at full cost and merged through the tile.
    @Override
    public boolean gemmKernelHalf(int kc, float[] a, int aoff, int ars, boolean packed, float[] bp, int boff,
                                  float[] t, int toff, int ldt, boolean acc) {
        if (MR != 8) {
            return false;
        }
        if (packed) {
            GemmKernels.kernel8ph(kc, a, aoff, bp, boff, t, toff, ldt, acc);
        } else {
            GemmKernels.kernel8h(kc, a, aoff, ars, bp, boff, t, toff, ldt, acc);
        }
        return true;
    }

    // A transposed A (dW = Gᵀ·X) packs 8 contiguous floats per step: 53 µs for 256×256 with the generic strided
    // loop, 8% of that GEMM at batch 256; 26 µs unrolled (JDK 17: 22), 12 µs as 256-bit copies (JDK 25).
    @Override
    public void gemmPackA(int kc, int mrr, float[] a, int src, int rsa, int csa, float[] ap, int dst) {
        if (MR == 8 && mrr == 8 && rsa == 1) {
            if (VECTOR_PACKING) {
                for (int p = 0; p < kc; p++) {
                    FloatVector.fromArray(S8, a, src + p * csa).intoArray(ap, dst + p * 8);
                }
                return;
            }
            for (int p = 0; p < kc; p++) {
                int s = src + p * csa, d = dst + p * 8;
                ap[d] = a[s];
                ap[d + 1] = a[s + 1];
                ap[d + 2] = a[s + 2];
                ap[d + 3] = a[s + 3];
                ap[d + 4] = a[s + 4];
                ap[d + 5] = a[s + 5];
                ap[d + 6] = a[s + 6];
                ap[d + 7] = a[s + 7];
            }
        } else if (MR == 6 && mrr == 6 && rsa == 1) {
            // the 6-row kernel's p-major panels of a transposed A (the TN path): six contiguous floats per step.
            // JMH A/B, JDK 17, Zen 3, 3 alternated pairs: 256x784x256 TN 78.9 → 81.8, 256x784x64 74.1 → 77.8,
            // 128x256x256 68.3 → 75.3 GFLOP/s (medians) against the generic strided loop. JDK 25, 8 lanes: one
            // 8-float copy per step, its last two floats written again by the next step; the last step, whose extra
            // two would pass the panel, element by element. With csa ≥ 2 (here csa ≥ m ≥ 6) step p's 8-float read
            // ends within step p + 1's six elements, so it stays inside a.
            int p = 0;
            if (L == 8 && VECTOR_PACKING && csa >= 2) {
                for (int end = kc - 1; p < end; p++) {
                    VT.cast(FloatVector.fromArray(S, a, src + p * csa)).intoArray(ap, dst + p * 6);
                }
            }
            for (; p < kc; p++) {
                int s = src + p * csa, d = dst + p * 6;
                ap[d] = a[s];
                ap[d + 1] = a[s + 1];
                ap[d + 2] = a[s + 2];
                ap[d + 3] = a[s + 3];
                ap[d + 4] = a[s + 4];
                ap[d + 5] = a[s + 5];
            }
        } else if (MR == 8 && mrr == 8 && csa == 1) {
            // rows of A p-major for kernel8p (copied rows in K blocks of KC, see GemmEngine.aInRows): eight row
            // streams, one contiguous write per step
            int s0 = src, s1 = src + rsa, s2 = src + 2 * rsa, s3 = src + 3 * rsa;
            int s4 = src + 4 * rsa, s5 = src + 5 * rsa, s6 = src + 6 * rsa, s7 = src + 7 * rsa;
            for (int p = 0, d = dst; p < kc; p++, d += 8) {
                ap[d] = a[s0 + p];
                ap[d + 1] = a[s1 + p];
                ap[d + 2] = a[s2 + p];
                ap[d + 3] = a[s3 + p];
                ap[d + 4] = a[s4 + p];
                ap[d + 5] = a[s5 + p];
                ap[d + 6] = a[s6 + p];
                ap[d + 7] = a[s7 + p];
            }
        } else if (MR == 6 && mrr == 6 && csa == 1) {
            // rows of A p-major (JDK 17's kernel6p for n >= 512): six sequential row streams, one contiguous write
            // per step. The generic loop (run-time row count) took 12% of a 512³ product; JDK 17, one JVM switching
            // every 0.5 s, 18 pairs: 512³ 85.2 → 91.7 GFLOP/s, 1024³ 90.9 → 94.5, 256x784x256 NN 85.3 → 89.7
            int s0 = src, s1 = src + rsa, s2 = src + 2 * rsa, s3 = src + 3 * rsa, s4 = src + 4 * rsa, s5 = src + 5 * rsa;
            for (int p = 0, d = dst; p < kc; p++, d += 6) {
                ap[d] = a[s0 + p];
                ap[d + 1] = a[s1 + p];
                ap[d + 2] = a[s2 + p];
                ap[d + 3] = a[s3 + p];
                ap[d + 4] = a[s4 + p];
                ap[d + 5] = a[s5 + p];
            }
        } else {
            super.gemmPackA(kc, mrr, a, src, rsa, csa, ap, dst);
        }
    }

    @Override
    public void gemmPackB(int kc, int nrr, float[] b, int src, int rsb, float[] bp, int dst) {
        if (nrr < NR) {
            super.gemmPackB(kc, nrr, b, src, rsb, bp, dst);
            return;
        }
        for (int p = 0; p < kc; p++) {
            int s = src + p * rsb, d = dst + p * NR;
            VT.cast(FloatVector.fromArray(S, b, s)).intoArray(bp, d);
            VT.cast(FloatVector.fromArray(S, b, s + L)).intoArray(bp, d + L);
        }
    }

    @Override
    public void gemmPackBPanels(int kc, int np, float[] b, int src, int rsb, float[] bp, int dst) {
        // A few rows at a time across all the panels, not one panel after another: B's rows are then read
        // sequentially (a panel alone reads one 64-byte piece of each row, rows ldb apart). A 512×512 B: 47 µs →
        // 39; one JDK 25 JVM switching every 0.5 s, 38 pairs, one thread: 512³ 1.00×, 1024³ 1.016×, 2048³ 1.013×.
        for (int p0 = 0; p0 < kc; p0 += PACK_ROWS) {
            int pe = Math.min(kc, p0 + PACK_ROWS);
            for (int q = 0; q < np; q++) {
                int s = src + q * NR + p0 * rsb, d = dst + q * NR * kc + p0 * NR;
                for (int p = p0; p < pe; p++, s += rsb, d += NR) {
                    VT.cast(FloatVector.fromArray(S, b, s)).intoArray(bp, d);
                    VT.cast(FloatVector.fromArray(S, b, s + L)).intoArray(bp, d + L);
                }
            }
        }
    }
    private static final int PACK_ROWS = 8;

    // Packing with the rearrange/blend transpose and with 256-bit copies on a 512-bit species: on JDK 25 a
    // 784×256 transposed B takes 27 µs instead of 90, a 256×256 transposed A 12 instead of 26 (unrolled scalar).
    // JDK 17 compiles both poorly (the batch-256 forward fell from ~125 to 45 GFLOP/s, dW to 13–107): scalar
    // there, and in the versions between, which were not measured.
    private static final boolean VECTOR_PACKING = Runtime.version().feature() >= 25;
    // Which form of the 6-row kernel (256 and 128 bits) each JDK runs, by what spills (GemmKernels): JDK 25 rows of A
    // with kernel6r (512³ NN 75 → 88 GFLOP/s against a run-time-stride form; kernel6p spilled there, 0.52–0.59×, until
    // its loop counted on B's index; JDK 25 on the p-major paths since then, one thread by host state: normal 0.97–0.99×,
    // slow 1.11–1.39×, so not switched for rows of A; a transposed A, which JDK 25 transposed into rows for kernel6r,
    // goes p-major to kernel6p since then: one thread, normal state, 256x784x256 TN 1.030×, 1024x1024x256 TN 1.061×,
    // 256x784x64 TN 1.074×; slow state 1.06–1.15×, two threads 1.04–1.13×);
    // JDK 17 kernel6p for p-major panels and kernel6ri for rows (kernel6r spills there). kernel6p and kernel6ri with
    // their induction-variable loops against the earlier forms, JDK 17 in process, 2 alternated pairs each: 512³
    // 78 → 85, 256x784x256 NN 79 → 85, TN 81 → 91, 2048³ 78 → 84 (kernel6p); 256x256x784 NT 73 → 85, 64x256x784
    // NT 68 → 79, 256x256x128 NN 67 → 85, 256x128x256 NT 65 → 78 GFLOP/s (kernel6ri). Versions 18–24 were not
    // measured.
    private static final boolean ROWS6 = Runtime.version().feature() >= 25;

    @Override
    public void gemmPackBT(int kc, int nrr, float[] b, int src, int csb, float[] bp, int dst) {
        if (nrr == NR && L == 16 && VECTOR_PACKING) {
            GemmKernels.packBT16(kc, b, src, csb, bp, dst);
        } else if (nrr == NR && L == 8 && VECTOR_PACKING) {
            // the 8×8 register transpose of transposeRows8 (JDK 25, one thread, one JVM switching every 0.5 s, 14
            // pairs against packBT: 256x256x784 NT 1.03×, 64x256x784 NT 1.04×, 256x128x256 NT 1.05×, 64x128x256
            // NT 1.15×, 1024³ NT 1.00×)
            GemmKernels.transposeRows8(kc, NR, NR, b, src, csb, bp, dst);
        } else if (nrr == NR) {
            GemmKernels.packBT(kc, b, src, csb, bp, dst);
        } else {
            super.gemmPackBT(kc, nrr, b, src, csb, bp, dst);
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
        FloatVector av = VT.cast(FloatVector.broadcast(S, alpha)), bv = VT.cast(FloatVector.broadcast(S, beta));
        for (int i = 0; i < mr; i++) {
            int ci = coff + i * rsc, ti = toff + i * ldt;
            int j = 0;
            // beta == 0 must not read C: it may hold NaN from an earlier use of the buffer.
            if (beta == 0f) {
                for (; j < bound; j += L) {
                    FloatVector tv = VT.cast(FloatVector.fromArray(S, t, ti + j));
                    VT.cast(tv.mul(av)).intoArray(c, ci + j);
                }
            } else {
                for (; j < bound; j += L) {
                    FloatVector tv = VT.cast(FloatVector.fromArray(S, t, ti + j));
                    FloatVector cv = VT.cast(FloatVector.fromArray(S, c, ci + j));
                    VT.cast(VT.cast(tv.mul(av)).add(VT.cast(cv.mul(bv)))).intoArray(c, ci + j);
                }
            }
            if (j < nr) {
                super.gemmMerge(1, nr - j, t, ti + j, ldt, alpha, beta, c, ci + j, rsc, 1);
            }
        }
    }

    // ---- Elementwise: vector body, then the scalar twin finishes the range (one source of truth) ----

    /**
     * ReLU forward, saxpy, hadamard, SGD and momentum run the scalar twin's plain loop when every offset is 0
     * (its relu0, saxpy0, …): C2 auto-vectorizes it and aligns its stores to 64 bytes with a pre-loop, which pure
     * Java cannot, while a Vector API loop over a float[] splits each 512-bit access across two cache lines
     * unless the array happens to be aligned. JMH, JDK 25: 16K floats ReLU 162 vs 148 GB/s, saxpy 222 vs 179,
     * SGD 198 vs 151; 4M floats ReLU 56 vs 48, saxpy 78 vs 54. With run-time offsets into two arrays C2
     * cannot rule out an overlap and leaves the plain loop scalar (ReLU: 17 GB/s at any size), so any other
     * offsets take the Vector API loop. sscal (one array) runs the plain loop up to this many elements. Only
     * for top-level calls: rows inside other kernels use the Vector API loops (see saxpyVector).
     */
    static final int PLAIN_MAX = 1 << 16;

    /** One vector loop over [0, bound): {@code dst[dOff+i] = op(src[sOff+i], dst[dOff+i])}; returns bound. */
    @FunctionalInterface
    private interface VLoop {
        int run(float[] src, int sOff, float[] dst, int dOff, int bound, float slope);
    }

    // Dispatch through these tables, not a switch: when a program uses several kinds, the call site is
    // megamorphic and each loop is compiled on its own; a single method holding every kind's loop exceeds
    // C2's inlining budget, and a Vector API call left un-inlined boxes its vectors (allocates, 20× slower).
    // The transcendental loops are behind an inlining barrier (see Standalone); ReLU's stay inlinable.
    private static final VLoop[] FORWARD = {
        null, SimdKernels::reluLoop, SimdKernels::leakyLoop, standalone("sigmoidLoop"), standalone("tanhLoop"),
        standalone("geluLoop"), standalone("siluLoop"), standalone("softplusLoop")};
    private static final VLoop[] BACKWARD = {
        null, SimdKernels::reluBackLoop, SimdKernels::reluBackLoop, standalone("sigmoidDerivativeBackLoop"),
        standalone("tanhDerivativeBackLoop"), standalone("geluDerivativeBackLoop"),
        standalone("siluDerivativeBackLoop"), standalone("softplusBackLoop")};
    private static final VLoop[] FROM_OUTPUT = {
        null, SimdKernels::reluBackLoop, SimdKernels::reluBackLoop, standalone("sigmoidFromOutputLoop"),
        standalone("tanhFromOutputLoop"), null, null, null};

    /**
     * An inlining barrier. With the type profile of the table call above, C2 inlines a loop into its caller,
     * and with it every Vector API operation of the loop's body; a long body (GELU's derivative) inside a
     * large caller then reaches C2's node limit (NodeCountInliningCutoff), the remaining helpers stay calls
     * and box their vectors. Measured on JDK 17: geluBackward, 16K floats, allocated 491 KB per call and
     * ran 30× slower once the JMH stub was compiled with the loop inlined twice. A call through a
     * MethodHandle held in a field of a non-constant object is one C2 cannot inline, so each such loop is
     * compiled on its own with the whole node budget; the cost is one indirect call per kernel call.
     */
    private static final class Standalone implements VLoop {
        private final MethodHandle loop;

        Standalone(MethodHandle loop) {
            this.loop = loop;
        }

        @Override
        public int run(float[] src, int sOff, float[] dst, int dOff, int bound, float slope) {
            try {
                return (int) loop.invokeExact(src, sOff, dst, dOff, bound, slope);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t); // the loops throw no checked exception
            }
        }
    }

    private static VLoop standalone(String name) {
        try {
            return new Standalone(MethodHandles.lookup().findStatic(SimdKernels.class, name, MethodType.methodType(
                    int.class, float[].class, int.class, float[].class, int.class, int.class, float.class)));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void activate(int kind, float slope, float[] a, int aOff, float[] h, int hOff, int n) {
        if (kind == RELU && (aOff | hOff) == 0) {
            relu0(n, a, h);
            return;
        }
        int i = kind == IDENTITY ? 0 : FORWARD[kind].run(a, aOff, h, hOff, S.loopBound(n), slope);
        super.activate(kind, slope, a, aOff + i, h, hOff + i, n - i);
    }

    @Override
    public void activateBackward(int kind, float slope, float[] a, int aOff, float[] g, int gOff, int n) {
        int i = kind == IDENTITY ? 0 : BACKWARD[kind].run(a, aOff, g, gOff, S.loopBound(n), kind == RELU ? 0f : slope);
        super.activateBackward(kind, slope, a, aOff + i, g, gOff + i, n - i);
    }

    @Override
    public void activateBackwardFromOutput(int kind, float slope, float[] h, int hOff, float[] g, int gOff, int n) {
        VLoop loop = FROM_OUTPUT[kind];
        int i = loop == null ? 0 : loop.run(h, hOff, g, gOff, S.loopBound(n), kind == RELU ? 0f : slope);
        super.activateBackwardFromOutput(kind, slope, h, hOff + i, g, gOff + i, n - i);
    }

    private static int reluLoop(float[] a, int aOff, float[] h, int hOff, int bound, float slope) {
        FloatVector zero = VT.cast(FloatVector.zero(S));
        for (int i = 0; i < bound; i += L) {
            VT.cast(VT.cast(FloatVector.fromArray(S, a, aOff + i)).max(zero)).intoArray(h, hOff + i);
        }
        return bound;
    }

    private static int leakyLoop(float[] a, int aOff, float[] h, int hOff, int bound, float slope) {
        FloatVector sv = VT.cast(FloatVector.broadcast(S, slope)), zero = VT.cast(FloatVector.zero(S));
        for (int i = 0; i < bound; i += L) {
            FloatVector x = VT.cast(FloatVector.fromArray(S, a, aOff + i));
            VT.cast(VT.cast(x.mul(sv)).blend(x, x.compare(VectorOperators.GT, zero))).intoArray(h, hOff + i);
        }
        return bound;
    }

    /** g *= (x > 0 ? 1 : low), x being a or h (same sign for ReLU and leaky ReLU with slope ≥ 0). */
    private static int reluBackLoop(float[] x, int xOff, float[] g, int gOff, int bound, float low) {
        FloatVector lv = VT.cast(FloatVector.broadcast(S, low)), zero = VT.cast(FloatVector.zero(S));
        for (int i = 0; i < bound; i += L) {
            FloatVector gv = VT.cast(FloatVector.fromArray(S, g, gOff + i));
            FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xOff + i));
            VT.cast(VT.cast(gv.mul(lv)).blend(gv, xv.compare(VectorOperators.GT, zero))).intoArray(g, gOff + i);
        }
        return bound;
    }

    private static int sigmoidFromOutputLoop(float[] h, int hOff, float[] g, int gOff, int bound, float unused) {
        FloatVector one = VT.cast(FloatVector.broadcast(S, 1f));
        for (int i = 0; i < bound; i += L) {
            FloatVector hv = VT.cast(FloatVector.fromArray(S, h, hOff + i));
            scaleBy(g, gOff + i, VT.cast(hv.mul(VT.cast(one.sub(hv)))));
        }
        return bound;
    }

    private static int tanhFromOutputLoop(float[] h, int hOff, float[] g, int gOff, int bound, float unused) {
        FloatVector one = VT.cast(FloatVector.broadcast(S, 1f));
        for (int i = 0; i < bound; i += L) {
            FloatVector hv = VT.cast(FloatVector.fromArray(S, h, hOff + i));
            scaleBy(g, gOff + i, VT.cast(one.sub(VT.cast(hv.mul(hv)))));
        }
        return bound;
    }


    private static int sigmoidLoop(float[] a, int aOff, float[] h, int hOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            VT.cast(VectorMath.sigmoid(VT.cast(FloatVector.fromArray(S, a, aOff + i)))).intoArray(h, hOff + i);
        }
        return i;
    }

    private static int tanhLoop(float[] a, int aOff, float[] h, int hOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            VT.cast(VectorMath.tanh(VT.cast(FloatVector.fromArray(S, a, aOff + i)))).intoArray(h, hOff + i);
        }
        return i;
    }

    private static int geluLoop(float[] a, int aOff, float[] h, int hOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            VT.cast(VectorMath.gelu(VT.cast(FloatVector.fromArray(S, a, aOff + i)))).intoArray(h, hOff + i);
        }
        return i;
    }

    private static int siluLoop(float[] a, int aOff, float[] h, int hOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            VT.cast(VectorMath.silu(VT.cast(FloatVector.fromArray(S, a, aOff + i)))).intoArray(h, hOff + i);
        }
        return i;
    }

    private static int softplusLoop(float[] a, int aOff, float[] h, int hOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            VT.cast(VectorMath.softplus(VT.cast(FloatVector.fromArray(S, a, aOff + i)))).intoArray(h, hOff + i);
        }
        return i;
    }

    private static int sigmoidDerivativeBackLoop(float[] a, int aOff, float[] g, int gOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            scaleBy(g, gOff + i, VectorMath.sigmoidDerivative(VT.cast(FloatVector.fromArray(S, a, aOff + i))));
        }
        return i;
    }

    private static int tanhDerivativeBackLoop(float[] a, int aOff, float[] g, int gOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            scaleBy(g, gOff + i, VectorMath.tanhDerivative(VT.cast(FloatVector.fromArray(S, a, aOff + i))));
        }
        return i;
    }

    private static int geluDerivativeBackLoop(float[] a, int aOff, float[] g, int gOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            scaleBy(g, gOff + i, VectorMath.geluDerivative(VT.cast(FloatVector.fromArray(S, a, aOff + i))));
        }
        return i;
    }

    private static int siluDerivativeBackLoop(float[] a, int aOff, float[] g, int gOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            scaleBy(g, gOff + i, VectorMath.siluDerivative(VT.cast(FloatVector.fromArray(S, a, aOff + i))));
        }
        return i;
    }

    private static int softplusBackLoop(float[] a, int aOff, float[] g, int gOff, int bound, float unused) {
        int i = 0;
        for (; i < bound; i += L) {
            scaleBy(g, gOff + i, VectorMath.sigmoid(VT.cast(FloatVector.fromArray(S, a, aOff + i))));
        }
        return i;
    }

    /** g[off..off+L) *= d. */
    private static void scaleBy(float[] g, int off, FloatVector d) {
        VT.cast(VT.cast(FloatVector.fromArray(S, g, off)).mul(d)).intoArray(g, off);
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        if ((xOff | yOff) == 0) {
            saxpy0(n, alpha, x, y);
        } else {
            saxpyVector(n, alpha, x, xOff, y, yOff);
        }
    }

    // The Vector API loops of saxpy and sscal, also used per row inside other kernels: there the plain loop,
    // inlined into the row loop, was not vectorized (column sums of 256×256: 21 µs against 4–5).
    private void saxpyVector(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        int i = 0, bound = S.loopBound(n);
        FloatVector av = VT.cast(FloatVector.broadcast(S, alpha));
        for (; i < bound; i += L) {
            FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xOff + i));
            FloatVector yv = VT.cast(FloatVector.fromArray(S, y, yOff + i));
            VT.cast(VT.cast(xv.mul(av)).add(yv)).intoArray(y, yOff + i);
        }
        super.saxpy(n - i, alpha, x, xOff + i, y, yOff + i);
    }

    @Override
    public void sscal(int n, float alpha, float[] x, int xOff) {
        if (n <= PLAIN_MAX) {
            super.sscal(n, alpha, x, xOff);
        } else {
            sscalVector(n, alpha, x, xOff);
        }
    }

    private void sscalVector(int n, float alpha, float[] x, int xOff) {
        int i = 0, bound = S.loopBound(n);
        FloatVector av = VT.cast(FloatVector.broadcast(S, alpha));
        for (; i < bound; i += L) {
            VT.cast(VT.cast(FloatVector.fromArray(S, x, xOff + i)).mul(av)).intoArray(x, xOff + i);
        }
        super.sscal(n - i, alpha, x, xOff + i);
    }

    @Override
    public void hadamard(int n, float[] y, int yOff, float[] x, int xOff) {
        if ((xOff | yOff) == 0) {
            hadamard0(n, y, x);
            return;
        }
        int i = 0, bound = S.loopBound(n);
        for (; i < bound; i += L) {
            FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xOff + i));
            VT.cast(xv.mul(VT.cast(FloatVector.fromArray(S, y, yOff + i)))).intoArray(x, xOff + i);
        }
        super.hadamard(n - i, y, yOff + i, x, xOff + i);
    }

    @Override
    public float sdot(int n, float[] x, int xOff, float[] y, int yOff) {
        // Four accumulators: one FMA chain would be latency-bound.
        FloatVector s0 = VT.cast(FloatVector.zero(S)), s1 = s0, s2 = s0, s3 = s0;
        int i = 0, bound4 = n - 4 * L + 1;
        for (; i < bound4; i += 4 * L) {
            int xi = xOff + i, yi = yOff + i;
            s0 = VT.cast(VT.cast(FloatVector.fromArray(S, x, xi)).fma(FloatVector.fromArray(S, y, yi), s0));
            s1 = VT.cast(VT.cast(FloatVector.fromArray(S, x, xi + L)).fma(FloatVector.fromArray(S, y, yi + L), s1));
            s2 = VT.cast(VT.cast(FloatVector.fromArray(S, x, xi + 2 * L)).fma(FloatVector.fromArray(S, y, yi + 2 * L), s2));
            s3 = VT.cast(VT.cast(FloatVector.fromArray(S, x, xi + 3 * L)).fma(FloatVector.fromArray(S, y, yi + 3 * L), s3));
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = VT.cast(VT.cast(FloatVector.fromArray(S, x, xOff + i)).fma(FloatVector.fromArray(S, y, yOff + i), s0));
        }
        float v = VT.cast(VT.cast(s0.add(s1)).add(VT.cast(s2.add(s3)))).reduceLanes(VectorOperators.ADD);
        return v + super.sdot(n - i, x, xOff + i, y, yOff + i);
    }

    @Override
    public float ssum(int n, float[] x, int xOff) {
        FloatVector s0 = VT.cast(FloatVector.zero(S)), s1 = s0, s2 = s0, s3 = s0;
        int i = 0, bound4 = n - 4 * L + 1;
        for (; i < bound4; i += 4 * L) {
            s0 = VT.cast(s0.add(VT.cast(FloatVector.fromArray(S, x, xOff + i))));
            s1 = VT.cast(s1.add(VT.cast(FloatVector.fromArray(S, x, xOff + i + L))));
            s2 = VT.cast(s2.add(VT.cast(FloatVector.fromArray(S, x, xOff + i + 2 * L))));
            s3 = VT.cast(s3.add(VT.cast(FloatVector.fromArray(S, x, xOff + i + 3 * L))));
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = VT.cast(s0.add(VT.cast(FloatVector.fromArray(S, x, xOff + i))));
        }
        float v = VT.cast(VT.cast(s0.add(s1)).add(VT.cast(s2.add(s3)))).reduceLanes(VectorOperators.ADD);
        return v + super.ssum(n - i, x, xOff + i);
    }

    @Override
    public float snrm2sq(int n, float[] x, int xOff) {
        return sdot(n, x, xOff, x, xOff);
    }

    @Override
    public void addRowVector(int rows, int cols, float[] bias, int bOff, float[] x, int xOff, int ld) {
        // Column chunks of 16 vectors with their bias held in registers, walked down all rows: each vector of x
        // costs one load and one store, and the row loop's overhead is spread over 16 of them (measured in process,
        // 64×256 JDK 25: 16 held 157–168 GB/s, 8 held 131–141, the former 16-row × 4-vector blocks 100–125; at
        // 256 bits the 16 spill but still lead). The rest of the columns: 4 vectors, then 1, then scalar.
        int bound = S.loopBound(cols), j = 0;
        for (; j + 16 * L <= bound; j += 16 * L) {
            addRowVector16(rows, bias, bOff + j, x, xOff + j, ld);
        }
        for (; j + 4 * L <= bound; j += 4 * L) {
            FloatVector b0 = VT.cast(FloatVector.fromArray(S, bias, bOff + j));
            FloatVector b1 = VT.cast(FloatVector.fromArray(S, bias, bOff + j + L));
            FloatVector b2 = VT.cast(FloatVector.fromArray(S, bias, bOff + j + 2 * L));
            FloatVector b3 = VT.cast(FloatVector.fromArray(S, bias, bOff + j + 3 * L));
            for (int r = 0; r < rows; r++) {
                int o = xOff + r * ld + j;
                VT.cast(VT.cast(FloatVector.fromArray(S, x, o)).add(b0)).intoArray(x, o);
                VT.cast(VT.cast(FloatVector.fromArray(S, x, o + L)).add(b1)).intoArray(x, o + L);
                VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 2 * L)).add(b2)).intoArray(x, o + 2 * L);
                VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 3 * L)).add(b3)).intoArray(x, o + 3 * L);
            }
        }
        for (; j < bound; j += L) {
            FloatVector b0 = VT.cast(FloatVector.fromArray(S, bias, bOff + j));
            for (int r = 0; r < rows; r++) {
                int o = xOff + r * ld + j;
                VT.cast(VT.cast(FloatVector.fromArray(S, x, o)).add(b0)).intoArray(x, o);
            }
        }
        if (j < cols) {
            super.addRowVector(rows, cols - j, bias, bOff + j, x, xOff + j, ld);
        }
    }

    /** x[r·ld + c] += bias[c] for c < 16 vectors, every row: the 16 bias vectors stay in registers. */
    private static void addRowVector16(int rows, float[] bias, int bOff, float[] x, int xOff, int ld) {
        FloatVector b0 = VT.cast(FloatVector.fromArray(S, bias, bOff));
        FloatVector b1 = VT.cast(FloatVector.fromArray(S, bias, bOff + L));
        FloatVector b2 = VT.cast(FloatVector.fromArray(S, bias, bOff + 2 * L));
        FloatVector b3 = VT.cast(FloatVector.fromArray(S, bias, bOff + 3 * L));
        FloatVector b4 = VT.cast(FloatVector.fromArray(S, bias, bOff + 4 * L));
        FloatVector b5 = VT.cast(FloatVector.fromArray(S, bias, bOff + 5 * L));
        FloatVector b6 = VT.cast(FloatVector.fromArray(S, bias, bOff + 6 * L));
        FloatVector b7 = VT.cast(FloatVector.fromArray(S, bias, bOff + 7 * L));
        FloatVector b8 = VT.cast(FloatVector.fromArray(S, bias, bOff + 8 * L));
        FloatVector b9 = VT.cast(FloatVector.fromArray(S, bias, bOff + 9 * L));
        FloatVector b10 = VT.cast(FloatVector.fromArray(S, bias, bOff + 10 * L));
        FloatVector b11 = VT.cast(FloatVector.fromArray(S, bias, bOff + 11 * L));
        FloatVector b12 = VT.cast(FloatVector.fromArray(S, bias, bOff + 12 * L));
        FloatVector b13 = VT.cast(FloatVector.fromArray(S, bias, bOff + 13 * L));
        FloatVector b14 = VT.cast(FloatVector.fromArray(S, bias, bOff + 14 * L));
        FloatVector b15 = VT.cast(FloatVector.fromArray(S, bias, bOff + 15 * L));
        for (int r = 0; r < rows; r++) {
            int o = xOff + r * ld;
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o)).add(b0)).intoArray(x, o);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + L)).add(b1)).intoArray(x, o + L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 2 * L)).add(b2)).intoArray(x, o + 2 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 3 * L)).add(b3)).intoArray(x, o + 3 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 4 * L)).add(b4)).intoArray(x, o + 4 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 5 * L)).add(b5)).intoArray(x, o + 5 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 6 * L)).add(b6)).intoArray(x, o + 6 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 7 * L)).add(b7)).intoArray(x, o + 7 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 8 * L)).add(b8)).intoArray(x, o + 8 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 9 * L)).add(b9)).intoArray(x, o + 9 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 10 * L)).add(b10)).intoArray(x, o + 10 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 11 * L)).add(b11)).intoArray(x, o + 11 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 12 * L)).add(b12)).intoArray(x, o + 12 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 13 * L)).add(b13)).intoArray(x, o + 13 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 14 * L)).add(b14)).intoArray(x, o + 14 * L);
            VT.cast(VT.cast(FloatVector.fromArray(S, x, o + 15 * L)).add(b15)).intoArray(x, o + 15 * L);
        }
    }

    @Override
    public void columnSumsAdd(int rows, int cols, float[] g, int gOff, int ld, float[] out, int outOff) {
        // As addRowVector: column chunks of 16 vectors whose sums stay in registers down all rows (one load per
        // vector of g; a per-row vector add into out loads and stores the sums every row). Each column still adds
        // its rows in order, so the sums are those of the plain loop, bit for bit.
        int bound = S.loopBound(cols), j = 0;
        for (; j + 16 * L <= bound; j += 16 * L) {
            columnSums16(rows, g, gOff + j, ld, out, outOff + j);
        }
        for (; j < bound; j += L) {
            FloatVector s0 = VT.cast(FloatVector.fromArray(S, out, outOff + j));
            for (int r = 0; r < rows; r++) {
                s0 = VT.cast(s0.add(VT.cast(FloatVector.fromArray(S, g, gOff + r * ld + j))));
            }
            s0.intoArray(out, outOff + j);
        }
        if (j < cols) {
            super.columnSumsAdd(rows, cols - j, g, gOff + j, ld, out, outOff + j);
        }
    }

    /** out[c] += Σ_r g[r·ld + c] for c < 16 vectors: the 16 sums stay in registers. */
    private static void columnSums16(int rows, float[] g, int gOff, int ld, float[] out, int outOff) {
        FloatVector s0 = VT.cast(FloatVector.fromArray(S, out, outOff));
        FloatVector s1 = VT.cast(FloatVector.fromArray(S, out, outOff + L));
        FloatVector s2 = VT.cast(FloatVector.fromArray(S, out, outOff + 2 * L));
        FloatVector s3 = VT.cast(FloatVector.fromArray(S, out, outOff + 3 * L));
        FloatVector s4 = VT.cast(FloatVector.fromArray(S, out, outOff + 4 * L));
        FloatVector s5 = VT.cast(FloatVector.fromArray(S, out, outOff + 5 * L));
        FloatVector s6 = VT.cast(FloatVector.fromArray(S, out, outOff + 6 * L));
        FloatVector s7 = VT.cast(FloatVector.fromArray(S, out, outOff + 7 * L));
        FloatVector s8 = VT.cast(FloatVector.fromArray(S, out, outOff + 8 * L));
        FloatVector s9 = VT.cast(FloatVector.fromArray(S, out, outOff + 9 * L));
        FloatVector s10 = VT.cast(FloatVector.fromArray(S, out, outOff + 10 * L));
        FloatVector s11 = VT.cast(FloatVector.fromArray(S, out, outOff + 11 * L));
        FloatVector s12 = VT.cast(FloatVector.fromArray(S, out, outOff + 12 * L));
        FloatVector s13 = VT.cast(FloatVector.fromArray(S, out, outOff + 13 * L));
        FloatVector s14 = VT.cast(FloatVector.fromArray(S, out, outOff + 14 * L));
        FloatVector s15 = VT.cast(FloatVector.fromArray(S, out, outOff + 15 * L));
        for (int r = 0; r < rows; r++) {
            int o = gOff + r * ld;
            s0 = VT.cast(s0.add(VT.cast(FloatVector.fromArray(S, g, o))));
            s1 = VT.cast(s1.add(VT.cast(FloatVector.fromArray(S, g, o + L))));
            s2 = VT.cast(s2.add(VT.cast(FloatVector.fromArray(S, g, o + 2 * L))));
            s3 = VT.cast(s3.add(VT.cast(FloatVector.fromArray(S, g, o + 3 * L))));
            s4 = VT.cast(s4.add(VT.cast(FloatVector.fromArray(S, g, o + 4 * L))));
            s5 = VT.cast(s5.add(VT.cast(FloatVector.fromArray(S, g, o + 5 * L))));
            s6 = VT.cast(s6.add(VT.cast(FloatVector.fromArray(S, g, o + 6 * L))));
            s7 = VT.cast(s7.add(VT.cast(FloatVector.fromArray(S, g, o + 7 * L))));
            s8 = VT.cast(s8.add(VT.cast(FloatVector.fromArray(S, g, o + 8 * L))));
            s9 = VT.cast(s9.add(VT.cast(FloatVector.fromArray(S, g, o + 9 * L))));
            s10 = VT.cast(s10.add(VT.cast(FloatVector.fromArray(S, g, o + 10 * L))));
            s11 = VT.cast(s11.add(VT.cast(FloatVector.fromArray(S, g, o + 11 * L))));
            s12 = VT.cast(s12.add(VT.cast(FloatVector.fromArray(S, g, o + 12 * L))));
            s13 = VT.cast(s13.add(VT.cast(FloatVector.fromArray(S, g, o + 13 * L))));
            s14 = VT.cast(s14.add(VT.cast(FloatVector.fromArray(S, g, o + 14 * L))));
            s15 = VT.cast(s15.add(VT.cast(FloatVector.fromArray(S, g, o + 15 * L))));
        }
        s0.intoArray(out, outOff);
        s1.intoArray(out, outOff + L);
        s2.intoArray(out, outOff + 2 * L);
        s3.intoArray(out, outOff + 3 * L);
        s4.intoArray(out, outOff + 4 * L);
        s5.intoArray(out, outOff + 5 * L);
        s6.intoArray(out, outOff + 6 * L);
        s7.intoArray(out, outOff + 7 * L);
        s8.intoArray(out, outOff + 8 * L);
        s9.intoArray(out, outOff + 9 * L);
        s10.intoArray(out, outOff + 10 * L);
        s11.intoArray(out, outOff + 11 * L);
        s12.intoArray(out, outOff + 12 * L);
        s13.intoArray(out, outOff + 13 * L);
        s14.intoArray(out, outOff + 14 * L);
        s15.intoArray(out, outOff + 15 * L);
    }

    /**
     * Rows narrower than two vectors (10 classes, say) waste most of a per-row vector loop on the scalar
     * tail. For them the row max and sum are one or two whole-vector loads with the lanes past the row
     * blended out, then reduced; the exponentials are either computed per row and written with masked
     * stores (JDK 25, {@link #narrowCrossEntropy}) or run over the whole row-major block as one flat array.
     */
    private static boolean narrowRows(int cols) {
        return cols < 2 * L;
    }

    /** 0, 1, ..., L−1: compared against a count it makes the "first t lanes" mask without a masked load. */
    private static final FloatVector IOTA = FloatVector.fromArray(S, iota(), 0);

    private static float[] iota() {
        float[] a = new float[L];
        for (int i = 0; i < L; i++) {
            a[i] = i;
        }
        return a;
    }

    /*
     * Max and sum of the narrow row at a[o..o+cols), 0 < cols < 2L, read with whole vectors: the caller
     * guarantees o + (cols > L ? 2L : L) is inside the block, so the lanes past the row are other rows'
     * elements, blended out before the reduction. Two methods, not one with a flag: the reduction operator
     * must be a constant for C2 to intrinsify it.
     */
    private static float narrowMax(float[] a, int o, int cols) {
        FloatVector ninf = VT.cast(FloatVector.broadcast(S, Float.NEGATIVE_INFINITY));
        int last = cols <= L ? o : o + L; // the vector holding the row's end
        FloatVector count = VT.cast(FloatVector.broadcast(S, (float) (last == o ? cols : cols - L)));
        VectorMask<Float> in = IOTA.compare(VectorOperators.LT, count);
        FloatVector tail = VT.cast(ninf.blend(VT.cast(FloatVector.fromArray(S, a, last)), in));
        return (last == o ? tail : VT.cast(VT.cast(FloatVector.fromArray(S, a, o)).max(tail))).reduceLanes(VectorOperators.MAX);
    }

    private static float narrowSum(float[] a, int o, int cols) {
        FloatVector zero = VT.cast(FloatVector.zero(S));
        int last = cols <= L ? o : o + L;
        FloatVector count = VT.cast(FloatVector.broadcast(S, (float) (last == o ? cols : cols - L)));
        VectorMask<Float> in = IOTA.compare(VectorOperators.LT, count);
        FloatVector tail = VT.cast(zero.blend(VT.cast(FloatVector.fromArray(S, a, last)), in));
        return (last == o ? tail : VT.cast(VT.cast(FloatVector.fromArray(S, a, o)).add(tail))).reduceLanes(VectorOperators.ADD);
    }

    /** Rows {@code r < vectorRows(...)} of a narrow block may be reduced with whole vectors. */
    private static int vectorRows(int rows, int cols) {
        int span = cols > L ? 2 * L : L;
        return rows * cols < span ? 0 : (rows * cols - span) / cols + 1;
    }

    /**
     * Writes {@code y = exp(x - max of x's row)} for a narrow block of {@code rows × cols} contiguous rows.
     * y may be x (element i is read before it is written). Returns the sum of the row maxima.
     */
    private static double expShiftedFlat(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        if (cols == 0) {
            return 0;
        }
        double maxSum = 0;
        int vr = vectorRows(rows, cols);
        for (int r = 0; r < rows; r++) {
            int xo = xOff + r * cols, yo = yOff + r * cols;
            float max;
            if (r < vr) {
                max = narrowMax(x, xo, cols);
            } else { // the last rows: whole vectors would overrun the block
                max = x[xo];
                for (int j = 1; j < cols; j++) {
                    max = Math.max(max, x[xo + j]);
                }
            }
            maxSum += max;
            for (int j = 0; j < cols; j++) {
                y[yo + j] = x[xo + j] - max;
            }
        }
        int n = rows * cols, i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            VT.cast(VT.cast(FloatVector.fromArray(S, y, yOff + i)).lanewise(VectorOperators.EXP)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = (float) Math.exp(y[yOff + i]);
        }
        return maxSum;
    }

    /** The sum of a narrow row of exponentials (in float, as the wide path's vector lanes). */
    private static float narrowRowSum(int r, int vr, int cols, float[] y, int yo) {
        if (r < vr) {
            return narrowSum(y, yo, cols);
        }
        float sum = 0;
        for (int j = 0; j < cols; j++) {
            sum += y[yo + j];
        }
        return sum;
    }

    /**
     * Masked stores ({@code intoArray} with a mask) are compiled to one instruction on JDK 25 but fall back to
     * a boxed slow path on JDK 17 (measured: the one-pass narrow cross-entropy ran 4 µs on JDK 25 and 13–200 µs
     * on JDK 17, 256×10). Versions in between were not measured and take the path without masked stores.
     */
    private static final boolean MASKED_STORES = Runtime.version().feature() >= 25;

    /** {@link #narrowCrossEntropy} without masked stores: the exponentials run over the flat block. */
    private static double narrowCrossEntropyFlat(int rows, int cols, float[] x, int xOff, int[] labels, int lOff,
                                                 float[] grad, int gOff, float scale) {
        // loss_r = max_r + log(sum_r) - x[label_r]; the targets are read first since grad may alias x
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            loss -= x[xOff + r * cols + labels[lOff + r]];
        }
        loss += expShiftedFlat(rows, cols, x, xOff, grad, gOff);
        // Σ log(sum_r) as the log of products of up to 128 sums, as in narrowCrossEntropy
        double product = 1;
        for (int r = 0, vr = vectorRows(rows, cols); r < rows; r++) {
            int go = gOff + r * cols, label = labels[lOff + r];
            float sum = narrowRowSum(r, vr, cols, grad, go);
            product *= sum;
            if ((r & 127) == 127) {
                loss += Math.log(product);
                product = 1;
            }
            float inv = scale / sum;
            for (int j = 0; j < cols; j++) {
                grad[go + j] *= inv;
            }
            grad[go + label] -= scale;
        }
        return loss + Math.log(product);
    }

    /**
     * Softmax cross-entropy for rows narrower than two vectors: each row is one or two vector loads (the lanes
     * past the row blended out of the max and the sum) and one or two masked stores, all in one pass. The
     * last rows, where whole vectors would read past the block, go to the scalar form.
     */
    private double narrowCrossEntropy(int rows, int cols, float[] x, int xOff, int[] labels, int lOff,
                                      float[] grad, int gOff, float scale) {
        int vr = vectorRows(rows, cols);
        double loss = 0, product = 1;
        FloatVector ninf = VT.cast(FloatVector.broadcast(S, Float.NEGATIVE_INFINITY)), zero = VT.cast(FloatVector.zero(S));
        for (int r = 0; r < vr; r++) {
            int xo = xOff + r * cols, go = gOff + r * cols, label = labels[lOff + r];
            float target = x[xo + label]; // read before grad (which may alias x) is written
            float max, sum;
            if (cols <= L) {
                VectorMask<Float> m = IOTA.compare(VectorOperators.LT, VT.cast(FloatVector.broadcast(S, (float) cols)));
                FloatVector v = VT.cast(FloatVector.fromArray(S, x, xo));
                max = ninf.blend(v, m).reduceLanes(VectorOperators.MAX);
                FloatVector e = VT.cast(VT.cast(v.sub(VT.cast(FloatVector.broadcast(S, max)))).lanewise(VectorOperators.EXP));
                sum = zero.blend(e, m).reduceLanes(VectorOperators.ADD);
                VT.cast(e.mul(VT.cast(FloatVector.broadcast(S, scale / sum)))).intoArray(grad, go, m);
            } else {
                VectorMask<Float> m = IOTA.compare(VectorOperators.LT, VT.cast(FloatVector.broadcast(S, (float) (cols - L))));
                FloatVector v0 = VT.cast(FloatVector.fromArray(S, x, xo)), v1 = VT.cast(FloatVector.fromArray(S, x, xo + L));
                max = v0.max(ninf.blend(v1, m)).reduceLanes(VectorOperators.MAX);
                FloatVector mv = VT.cast(FloatVector.broadcast(S, max));
                FloatVector e0 = VT.cast(VT.cast(v0.sub(mv)).lanewise(VectorOperators.EXP));
                FloatVector e1 = VT.cast(VT.cast(v1.sub(mv)).lanewise(VectorOperators.EXP));
                sum = VT.cast(e0.add(VT.cast(zero.blend(e1, m)))).reduceLanes(VectorOperators.ADD);
                FloatVector inv = VT.cast(FloatVector.broadcast(S, scale / sum));
                VT.cast(e0.mul(inv)).intoArray(grad, go);
                VT.cast(e1.mul(inv)).intoArray(grad, go + L, m);
            }
            grad[go + label] -= scale;
            // loss_r = max_r + log(sum_r) - x[label_r], with Σ log(sum_r) taken as the log of products of up
            // to 128 sums (one log per 128 rows): each sum lies in [1, cols] (the max contributes exp(0) = 1)
            // and cols < 2L ≤ 32, so a product stays below 2^640, far from double's overflow
            loss += max - target;
            product *= sum;
            if ((r & 127) == 127) {
                loss += Math.log(product);
                product = 1;
            }
        }
        return loss + Math.log(product) + super.softmaxCrossEntropy(rows - vr, cols, x, xOff + vr * cols,
                labels, lOff + vr, grad, gOff + vr * cols, scale);
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOff, float[] y, int yOff, boolean log) {
        if (narrowRows(cols)) {
            if (log) {
                // log-softmax needs no exponential stored: keep the per-row form below for it
                super.softmaxRows(rows, cols, x, xOff, y, yOff, true);
                return;
            }
            expShiftedFlat(rows, cols, x, xOff, y, yOff);
            for (int r = 0, vr = vectorRows(rows, cols); r < rows; r++) {
                int yo = yOff + r * cols;
                float inv = 1f / narrowRowSum(r, vr, cols, y, yo);
                for (int j = 0; j < cols; j++) {
                    y[yo + j] *= inv;
                }
            }
            return;
        }
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int xo = xOff + r * cols, yo = yOff + r * cols;
            float max = vectorRowMax(cols, bound, x, xo);
            FloatVector mv = VT.cast(FloatVector.broadcast(S, max));
            FloatVector acc = VT.cast(FloatVector.zero(S));
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xo + j));
                FloatVector e = VT.cast(VT.cast(xv.sub(mv)).lanewise(VectorOperators.EXP));
                acc = VT.cast(acc.add(e));
                if (!log) {
                    VT.cast(e).intoArray(y, yo + j);
                }
            }
            double sum = acc.reduceLanes(VectorOperators.ADD);
            for (; j < cols; j++) {
                float e = (float) Math.exp(x[xo + j] - max);
                sum += e;
                if (!log) {
                    y[yo + j] = e;
                }
            }
            if (log) {
                float lse = max + (float) Math.log(sum);
                FloatVector lv = VT.cast(FloatVector.broadcast(S, lse));
                for (j = 0; j < bound; j += L) {
                    VT.cast(VT.cast(FloatVector.fromArray(S, x, xo + j)).sub(lv)).intoArray(y, yo + j);
                }
                for (; j < cols; j++) {
                    y[yo + j] = x[xo + j] - lse;
                }
            } else {
                sscalVector(cols, (float) (1.0 / sum), y, yo);
            }
        }
    }

    @Override
    public void rowMax(int rows, int cols, float[] x, int xOff, int ld, float[] out, int outOff) {
        if (cols < L) {
            super.rowMax(rows, cols, x, xOff, ld, out, outOff);
            return;
        }
        // The vector max and its reduction follow Math.max (NaN wins, +0 above −0), so the order of the
        // comparisons does not change the result: bit-identical to the plain loop.
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            out[outOff + r] = vectorRowMax(cols, bound, x, xOff + r * ld);
        }
    }

    private static float vectorRowMax(int cols, int bound, float[] x, int xo) {
        FloatVector mv = VT.cast(FloatVector.fromArray(S, x, xo));
        for (int j = L; j < bound; j += L) {
            mv = VT.cast(mv.max(VT.cast(FloatVector.fromArray(S, x, xo + j))));
        }
        float max = mv.reduceLanes(VectorOperators.MAX);
        for (int j = bound; j < cols; j++) {
            max = Math.max(max, x[xo + j]);
        }
        return max;
    }

    @Override
    public double softmaxCrossEntropy(int rows, int cols, float[] x, int xOff, int[] labels, int lOff,
                                      float[] grad, int gOff, float scale) {
        double loss = 0;
        if (narrowRows(cols)) {
            return MASKED_STORES ? narrowCrossEntropy(rows, cols, x, xOff, labels, lOff, grad, gOff, scale)
                    : narrowCrossEntropyFlat(rows, cols, x, xOff, labels, lOff, grad, gOff, scale);
        }
        int bound = S.loopBound(cols);
        for (int r = 0; r < rows; r++) {
            int xo = xOff + r * cols, go = gOff + r * cols, label = labels[lOff + r];
            float max = vectorRowMax(cols, bound, x, xo);
            float target = x[xo + label]; // read before grad (which may alias x) is written
            FloatVector mv = VT.cast(FloatVector.broadcast(S, max));
            FloatVector acc = VT.cast(FloatVector.zero(S));
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xo + j));
                FloatVector e = VT.cast(VT.cast(xv.sub(mv)).lanewise(VectorOperators.EXP));
                acc = VT.cast(acc.add(e));
                VT.cast(e).intoArray(grad, go + j);
            }
            double sum = acc.reduceLanes(VectorOperators.ADD);
            for (; j < cols; j++) {
                float e = (float) Math.exp(x[xo + j] - max);
                grad[go + j] = e;
                sum += e;
            }
            loss += max + Math.log(sum) - target;
            sscalVector(cols, (float) (scale / sum), grad, go);
            grad[go + label] -= scale;
        }
        return loss;
    }

    @Override
    public double squaredError(int n, float[] p, int pOff, float[] t, int tOff, float[] grad, int gOff, float scale) {
        FloatVector acc = VT.cast(FloatVector.zero(S));
        FloatVector sv = VT.cast(FloatVector.broadcast(S, scale));
        int i = 0, bound = S.loopBound(n);
        for (; i < bound; i += L) {
            FloatVector d = VT.cast(FloatVector.fromArray(S, p, pOff + i)).sub(VT.cast(FloatVector.fromArray(S, t, tOff + i)));
            acc = VT.cast(d.fma(d, acc));
            VT.cast(d.mul(sv)).intoArray(grad, gOff + i);
        }
        return acc.reduceLanes(VectorOperators.ADD) + super.squaredError(n - i, p, pOff + i, t, tOff + i, grad, gOff + i, scale);
    }

    @Override
    public double bceWithLogits(int n, float[] x, int xOff, float[] t, int tOff, float[] grad, int gOff, float scale) {
        FloatVector acc = VT.cast(FloatVector.zero(S));
        FloatVector sv = VT.cast(FloatVector.broadcast(S, scale));
        FloatVector zero = VT.cast(FloatVector.zero(S)), one = VT.cast(FloatVector.broadcast(S, 1f));
        int i = 0, bound = S.loopBound(n);
        for (; i < bound; i += L) {
            FloatVector xv = VT.cast(FloatVector.fromArray(S, x, xOff + i)), tv = VT.cast(FloatVector.fromArray(S, t, tOff + i));
            FloatVector e = VT.cast(VT.cast(VT.cast(xv.abs()).neg()).lanewise(VectorOperators.EXP));
            FloatVector l = VT.cast(VT.cast(e.lanewise(VectorOperators.LOG1P)).add(VT.cast(xv.max(zero))));
            acc = VT.cast(acc.add(VT.cast(l.sub(VT.cast(xv.mul(tv))))));
            FloatVector s = VT.cast(VT.cast(e.blend(one, xv.compare(VectorOperators.LT, zero).not())).div(VT.cast(e.add(one))));
            VT.cast(VT.cast(s.sub(tv)).mul(sv)).intoArray(grad, gOff + i);
        }
        return acc.reduceLanes(VectorOperators.ADD) + super.bceWithLogits(n - i, x, xOff + i, t, tOff + i, grad, gOff + i, scale);
    }

    @Override
    public void sgdStep(int n, float lr, float wd, float[] w, int wOff, float[] g, int gOff) {
        if ((wOff | gOff) == 0) {
            sgd0(n, lr, wd, w, g);
            return;
        }
        int i = 0, bound = S.loopBound(n);
        FloatVector lrv = VT.cast(FloatVector.broadcast(S, lr)), wdv = VT.cast(FloatVector.broadcast(S, wd));
        for (; i < bound; i += L) {
            FloatVector wv = VT.cast(FloatVector.fromArray(S, w, wOff + i));
            FloatVector d = VT.cast(VT.cast(wv.mul(wdv)).add(VT.cast(FloatVector.fromArray(S, g, gOff + i))));
            VT.cast(wv.sub(VT.cast(d.mul(lrv)))).intoArray(w, wOff + i);
        }
        super.sgdStep(n - i, lr, wd, w, wOff + i, g, gOff + i);
    }

    @Override
    public void momentumStep(int n, float lr, float mu, float wd, boolean nesterov,
                             float[] w, int wOff, float[] g, int gOff, float[] v, int vOff) {
        if ((wOff | gOff | vOff) == 0) {
            momentum0(n, lr, mu, wd, nesterov, w, g, v);
        } else {
            momentumVector(n, lr, mu, wd, nesterov, w, wOff, g, gOff, v, vOff);
        }
    }

    // The Vector API loop, for offsets other than all 0. (It was split out when a non-inlined momentumStep made
    // the plain loop 7× slower; the cause was the offsets, which C2 then could not see: see PLAIN_MAX.)
    private void momentumVector(int n, float lr, float mu, float wd, boolean nesterov,
                                float[] w, int wOff, float[] g, int gOff, float[] v, int vOff) {
        int i = 0, bound = S.loopBound(n);
        FloatVector lrv = VT.cast(FloatVector.broadcast(S, lr)), wdv = VT.cast(FloatVector.broadcast(S, wd));
        FloatVector muv = VT.cast(FloatVector.broadcast(S, mu));
        for (; i < bound; i += L) {
            FloatVector wv = VT.cast(FloatVector.fromArray(S, w, wOff + i));
            FloatVector d = VT.cast(VT.cast(wv.mul(wdv)).add(VT.cast(FloatVector.fromArray(S, g, gOff + i))));
            FloatVector vv = VT.cast(VT.cast(VT.cast(FloatVector.fromArray(S, v, vOff + i)).mul(muv)).add(d));
            vv.intoArray(v, vOff + i);
            FloatVector step = nesterov ? VT.cast(VT.cast(vv.mul(muv)).add(d)) : vv;
            VT.cast(wv.sub(VT.cast(step.mul(lrv)))).intoArray(w, wOff + i);
        }
        super.momentumStep(n - i, lr, mu, wd, nesterov, w, wOff + i, g, gOff + i, v, vOff + i);
    }

    @Override
    public void adamStep(int n, float lr, float b1, float b2, float eps, float wd, boolean decoupled,
                         float c1, float c2, float[] w, int wOff, float[] g, int gOff,
                         float[] m, int mOff, float[] v, int vOff) {
        // Every offset 0: the twin's plain loop, which C2 vectorizes with aligned stores (in process, JDK 25 /
        // 17: 16K floats 167 / 157 GB/s against 153 / 90 for the loop below, 4M 77 / 50 against 68 / 50).
        if ((wOff | gOff | mOff | vOff) == 0) {
            adam0(n, lr, b1, b2, eps, wd, decoupled, c1, c2, w, g, m, v);
            return;
        }
        float stepSize = lr / c1, invSqrtC2 = 1f / (float) Math.sqrt(c2), decay = decoupled ? 1f - lr * wd : 1f;
        float l2 = decoupled ? 0f : wd;
        int i = 0, bound = S.loopBound(n);
        FloatVector decayv = VT.cast(FloatVector.broadcast(S, decay)), l2v = VT.cast(FloatVector.broadcast(S, l2));
        FloatVector b1v = VT.cast(FloatVector.broadcast(S, b1)), c1v = VT.cast(FloatVector.broadcast(S, 1f - b1));
        FloatVector b2v = VT.cast(FloatVector.broadcast(S, b2)), c2v = VT.cast(FloatVector.broadcast(S, 1f - b2));
        FloatVector sc2v = VT.cast(FloatVector.broadcast(S, invSqrtC2)), epsv = VT.cast(FloatVector.broadcast(S, eps));
        FloatVector stepv = VT.cast(FloatVector.broadcast(S, stepSize));
        for (; i < bound; i += L) {
            FloatVector wv = VT.cast(VT.cast(FloatVector.fromArray(S, w, wOff + i)).mul(decayv));
            FloatVector d = VT.cast(VT.cast(wv.mul(l2v)).add(VT.cast(FloatVector.fromArray(S, g, gOff + i))));
            FloatVector mv = VT.cast(VT.cast(VT.cast(FloatVector.fromArray(S, m, mOff + i)).mul(b1v)).add(VT.cast(d.mul(c1v))));
            FloatVector dd = VT.cast(VT.cast(d.mul(c2v)).mul(d));
            FloatVector vv = VT.cast(VT.cast(VT.cast(FloatVector.fromArray(S, v, vOff + i)).mul(b2v)).add(dd));
            mv.intoArray(m, mOff + i);
            vv.intoArray(v, vOff + i);
            FloatVector denom = VT.cast(VT.cast(VT.cast(vv.sqrt()).mul(sc2v)).add(epsv));
            VT.cast(wv.sub(VT.cast(VT.cast(mv.mul(stepv)).div(denom)))).intoArray(w, wOff + i);
        }
        super.adamStep(n - i, lr, b1, b2, eps, wd, decoupled, c1, c2, w, wOff + i, g, gOff + i, m, mOff + i, v, vOff + i);
    }
}
