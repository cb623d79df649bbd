package io.vectorprop.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vectorprop.internal.Kernels;
import io.vectorprop.testing.Impls;
import io.vectorprop.testing.Naive;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("kernels")
class GemmTest {
    private static final float SENTINEL = -12345.25f;
    private static final float EPS = Math.ulp(1f);

    static Stream<Kernels> impls() {
        return Impls.stream();
    }

    /**
     * Error bound for one element. Each element is a sum of k products accumulated in float, plus alpha·sum,
     * beta·c and their sum, and per K-block of the packed path one more scaling and addition: K-blocks are
     * at least KC_MIN long (GemmEngine.kcMax) unless k is shorter, so at most n = k + 2·⌈k/KC_MIN⌉ + 3
     * roundings, so |c − ĉ| ≤ γ_n·(|alpha|·Σ|a||b| + |beta·c|) with γ_n = n·u/(1−n·u),
     * u = ε/2. We assert n·ε, which is ≥ γ_n for all n·u ≤ 1/2: a rigorous worst-case bound with a 2× margin.
     */
    static double bound(int k, double absSum) {
        int n = k + 2 * ((k + GemmEngine.KC_MIN - 1) / GemmEngine.KC_MIN) + 3;
        return n * (double) EPS * absSum + Float.MIN_NORMAL;
    }

    /** One case: fills A, B, C with gaps (sentinels), runs the kernel, checks the result, gaps and inputs. */
    static void check(Kernels kr, GemmWorkspace ws, long seed, boolean ta, boolean tb, int m, int n, int k,
                      float alpha, float beta, int pad, int off, boolean forcePacked) {
        String what = String.format("%s seed=%d %s%s m=%d n=%d k=%d alpha=%s beta=%s pad=%d off=%d packed=%s",
                kr, seed, ta ? "T" : "N", tb ? "T" : "N", m, n, k, alpha, beta, pad, off, forcePacked);
        SplittableRandom r = new SplittableRandom(seed);
        int aRows = ta ? k : m, aCols = ta ? m : k, bRows = tb ? n : k, bCols = tb ? k : n;
        int lda = Math.max(1, aCols) + pad, ldb = Math.max(1, bCols) + pad, ldc = Math.max(1, n) + pad;
        float[] a = filled(r, off + aRows * lda + pad, off, aRows, aCols, lda);
        float[] b = filled(r, off + bRows * ldb + pad, off, bRows, bCols, ldb);
        float[] c = filled(r, off + m * ldc + pad, off, m, n, ldc);
        if (beta == 0f) {
            for (int i = 0; i < m; i++) {
                Arrays.fill(c, off + i * ldc, off + i * ldc + n, Float.NaN);
            }
        }
        float[] a0 = a.clone(), b0 = b.clone(), expect = c.clone();
        double[] abs = new double[m * n];
        Naive.sgemm(ta, tb, m, n, k, alpha, a, off, lda, b, off, ldb, beta, expect, off, ldc, abs);
        Gemm.check(ta ? Transpose.T : Transpose.N, tb ? Transpose.T : Transpose.N, m, n, k, alpha,
                a, off, lda, b, off, ldb, c, off, ldc, ws);
        GemmEngine.gemm(kr, ws, ta, tb, m, n, k, alpha, a, off, lda, b, off, ldb, beta, c, off, ldc,
                forcePacked ? -1 : GemmEngine.DIRECT_MAX_FLOPS);
        if (!Arrays.equals(a0, a) || !Arrays.equals(b0, b)) {
            fail("inputs modified: " + what);
        }
        for (int idx = 0; idx < c.length; idx++) {
            int rel = idx - off, i = rel >= 0 ? rel / ldc : -1, j = rel >= 0 ? rel % ldc : -1;
            boolean inside = rel >= 0 && i < m && j < n;
            if (!inside) {
                if (Float.floatToRawIntBits(c[idx]) != Float.floatToRawIntBits(expect[idx])) {
                    fail("wrote outside C at index " + idx + ": " + what);
                }
                continue;
            }
            double err = Math.abs((double) c[idx] - expect[idx]);
            if (!(err <= bound(k, abs[i * n + j]))) {
                fail("C(" + i + "," + j + ") = " + c[idx] + ", expected " + expect[idx] + " (err " + err + " > bound "
                        + bound(k, abs[i * n + j]) + "): " + what);
            }
        }
    }

    private static float[] filled(SplittableRandom r, int len, int off, int rows, int cols, int ld) {
        float[] x = new float[Math.max(len, 1)];
        Arrays.fill(x, SENTINEL);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                x[off + i * ld + j] = (float) (r.nextDouble() * 2 - 1);
            }
        }
        return x;
    }

    /** The reference BLAS tester's grid, through both the direct and the packed path. */
    @ParameterizedTest
    @MethodSource("impls")
    void blasGrid(Kernels kr) {
        int[] sizes = {0, 1, 2, 3, 5, 9};
        float[] alphas = {0f, 1f, 0.7f}, betas = {0f, 1f, 1.3f};
        GemmWorkspace ws = new GemmWorkspace();
        long seed = 1;
        for (int t = 0; t < 4; t++) {
            for (int m : sizes) for (int n : sizes) for (int k : sizes) {
                for (float alpha : alphas) for (float beta : betas) {
                    for (boolean packed : new boolean[] {false, true}) {
                        check(kr, ws, seed++, (t & 1) != 0, (t & 2) != 0, m, n, k, alpha, beta, 2, 3, packed);
                    }
                }
            }
        }
    }

    /** Shapes around every tile and block edge, primes, and random ones up to ~300, random transposes. */
    @ParameterizedTest
    @MethodSource("impls")
    void edgeAndRandomShapes(Kernels kr) {
        int mr = kr.gemmMR(), nr = kr.gemmNR(), lanes = Math.max(1, kr.vectorBits() / 32);
        int[] interesting = {1, 7, 13, 31, 97, 127, 251, mr - 1, mr, mr + 1, nr - 1, nr, nr + 1,
                lanes - 1, lanes + 1, GemmEngine.MC - 1, GemmEngine.MC + 1};
        GemmWorkspace ws = new GemmWorkspace();
        SplittableRandom r = new SplittableRandom(42);
        float[] alphas = {1f, -0.7f, 0f, 2.5f}, betas = {0f, 1f, 1.3f, -0.5f};
        for (int iter = 0; iter < 120; iter++) {
            long seed = 1000 + iter;
            int m = iter < 40 ? interesting[r.nextInt(interesting.length)] : 1 + r.nextInt(300);
            int n = iter < 40 ? interesting[r.nextInt(interesting.length)] : 1 + r.nextInt(300);
            int k = iter < 40 ? interesting[r.nextInt(interesting.length)] : 1 + r.nextInt(300);
            m = Math.max(m, 1); n = Math.max(n, 1); k = Math.max(k, 1);
            check(kr, ws, seed, r.nextBoolean(), r.nextBoolean(), m, n, k,
                    alphas[r.nextInt(4)], betas[r.nextInt(4)], r.nextInt(3), r.nextInt(5), false);
        }
        // K just around the KC block (one and two K-passes) and N past the NC block.
        int kc = GemmEngine.kcLimit(mr, true);
        for (int k : new int[] {kc - 1, kc, kc + 1, 2 * kc + 1}) {
            for (int t = 0; t < 4; t++) {
                check(kr, ws, 7 + k + t, (t & 1) != 0, (t & 2) != 0, 19, 37, k, 0.7f, 1.3f, 1, 2, false);
            }
        }
        // The random shapes above all fit one MC×KC block of A (B packed one micro-panel at a time); this one
        // needs several row blocks sharing a whole packed panel of B.
        int mBig = 2 * GemmEngine.MC + 5, kBig = GemmEngine.KC / 2 + 7;
        assertTrue(!GemmEngine.aFitsOneBlock(mBig, kBig, mr));
        for (int t = 0; t < 4; t++) {
            check(kr, ws, 60 + t, (t & 1) != 0, (t & 2) != 0, mBig, 45, kBig, 0.7f, t == 0 ? 0f : 1.3f, 1, 2, false);
        }
        // ... and B wider than the 6-row kernel's N block (NC6), with a partial last micro-panel (on one thread:
        // two would split the columns into ranges narrower than NC6)
        GemmWorkspace ws1 = new GemmWorkspace(1);
        for (int t = 0; t < 4; t++) {
            check(kr, ws1, 80 + t, (t & 1) != 0, (t & 2) != 0, mBig, GemmEngine.NC6 + 21, kBig, 1f, t == 0 ? 0f : 1.3f,
                    1, 2, t == 0);
        }
        // A K block longer than KC with the 6-row kernel (KC6), with row blocks cut to fit (rowBlock6 < MC6)
        int kLong = GemmEngine.KC + 476;
        assertTrue(!GemmEngine.aFitsOneBlock(150, kLong, mr) && GemmEngine.kcMax(150, 45, kLong, mr, true) == (mr == 6 ? kLong : 750));
        for (int t = 0; t < 4; t++) {
            check(kr, ws1, 90 + t, (t & 1) != 0, (t & 2) != 0, 150, 45, kLong, 1f, t == 0 ? 0f : 1.3f, 1, 2, t == 0);
        }
        // ... and with B at least PACK_ROWS_MIN_N wide, where the 6-row kernel may pack rows of A p-major (JDK 17):
        // long K blocks there too, several N blocks (NC6) each packing A again, one and two K passes
        // (300 rows: too many for shorter K blocks to fit A in one block, so B is packed a whole N block at a time)
        int nWide = Math.max(GemmEngine.PACK_ROWS_MIN_N, GemmEngine.NC6) + 21;
        for (int t = 0; t < 4; t++) {
            int kk = t < 2 ? kLong : GemmEngine.KC6 + 37;
            assertTrue(!GemmEngine.aFitsOneBlock(300, GemmEngine.kcMax(300, nWide, kk, mr, true), mr));
            check(kr, ws1, 95 + t, false, (t & 1) != 0, 300, nWide, kk, 1f, t == 0 ? 0f : 1.3f, 1, 2, t == 0);
        }
        // A wide B with a few hundred rows of A: K in shorter blocks so that A fits one MC×KC block.
        assertTrue(GemmEngine.kcMax(150, 530, 1000, mr, true) < 1000);
        check(kr, ws, 65, false, false, 150, 530, 1000, 1f, 0f, 0, 1, true);
        check(kr, ws, 66, true, false, 150, 530, 1000, 0.7f, 1.3f, 1, 0, false);
        // NT through the transposed-C path (small batch, long K), with and without a partial last block.
        assertTrue(GemmEngine.transposedCPays(2 * nr, 8 * nr + 3, 800, nr));
        check(kr, ws, 70, false, true, 2 * nr, 8 * nr + 3, 800, 1f, 0f, 0, 3, true);
        check(kr, ws, 71, false, true, 2 * nr, 8 * nr + 3, 800, -0.7f, 1.3f, 2, 1, false);
        check(kr, ws, 99, false, false, 3, GemmEngine.NC + 1, 5, 1f, 0f, 0, 1, true);
        check(kr, ws, 98, false, true, 3, GemmEngine.NC + 1, 5, 1f, 0f, 0, 1, true);
    }

    /**
     * Rows of A at the row stride the kernel is compiled for (kernel6c of the 6-row kernels: constant offsets), one
     * float further apart (the run-time-stride kernel), and a multiple of 256 and of 1024 floats apart (which the
     * engine copies into rows at the kernel's stride, several micro-panels side by side where K blocks are short;
     * the 8-row kernel copies only the latter, and p-major where K blocks are 1024 long) give the same
     * bits: the same FMAs in the same order; all within the oracle's bound. Also checks that the 6-row SIMD kernels
     * have such a stride, so that copied rows of A take that kernel, and which blocks the engine copies at it.
     */
    @ParameterizedTest
    @MethodSource("impls")
    void rowsAtTheKernelsOwnStrideGiveTheSameBits(Kernels kr) {
        int fixed = kr.gemmRowStride(1024);
        if (kr.name().equals("simd") && kr.gemmMR() == 6) {
            assertEquals(1040, fixed, "the 6-row kernel has no fixed row stride: kernel6c does not run");
            assertEquals(0, kr.gemmRowStride(1025));
            assertEquals(1040, GemmEngine.fixedRowStride(kr, 96, 1024));
            assertEquals(0, GemmEngine.fixedRowStride(kr, 97, 1024), "a 97-row block each micro-panel alone");
            assertEquals(1040, GemmEngine.fixedRowStride(kr, 300, 512), "two micro-panels side by side");
            assertEquals(0, GemmEngine.fixedRowStride(kr, 300, 513));
            if (kr.gemmPackedForRowsOfA()) {
                // JDK 17 packs rows of A p-major for a wide B, except rows it copies at the kernel's stride
                assertTrue(GemmEngine.aInRows(kr, 512, 512, 512, 512, 1));
                assertTrue(GemmEngine.aInRows(kr, 148, 530, 1000, 1024, 1));
                assertFalse(GemmEngine.aInRows(kr, 512, 512, 512, 520, 1), "read in place: p-major");
                assertFalse(GemmEngine.aInRows(kr, 2048, 2048, 2048, 2048, 1), "K blocks of 2048: p-major");
            }
        }
        if (kr.name().equals("simd") && kr.gemmMR() == 8) {
            // the 8-row kernel packs copied rows p-major where K blocks are KC long (the 1024-deep shapes below)
            assertFalse(GemmEngine.aInRows(kr, 1024, 1024, 1024, 1024, 1), "copied rows, K blocks of 1024: p-major");
            assertFalse(GemmEngine.aInRows(kr, 96, 33, 1024, 1024, 1));
            assertTrue(GemmEngine.aInRows(kr, 1024, 1024, 1024, 1040, 1), "read in place");
            assertTrue(GemmEngine.aInRows(kr, 512, 512, 512, 512, 1), "K blocks of 512: copied rows");
            // rows 1 or 2 KiB apart are read in place (two or four in an L1 set); 4 KiB apart they are copied
            assertTrue(GemmEngine.readInPlace(8, 256) && GemmEngine.readInPlace(8, 512) && GemmEngine.readInPlace(8, 768));
            assertFalse(GemmEngine.readInPlace(8, 1024) || GemmEngine.readInPlace(8, 2048));
            assertTrue(GemmEngine.aInRows(kr, 1024, 1024, 1024, 1536, 1), "rows 6 KiB apart, K blocks of 1024: in place");
            assertFalse(GemmEngine.readInPlace(6, 256));
        }
        int own = fixed > 0 ? fixed : 1040;
        SplittableRandom r = new SplittableRandom(41);
        GemmWorkspace ws = new GemmWorkspace();
        // The last four: more than 96 rows with micro-panels side by side (three of 304, four of 256, two of 512
        // in two K blocks, 32 of 32 with fewer micro-panels than slots), last micro-panels of 2, 5, 4 and 1 rows.
        assertTrue(GemmEngine.kcMax(148, 530, 1000, kr.gemmMR(), true) <= 512);
        for (int[] s : new int[][] {{13, 37, 1024}, {6, 16, 1}, {25, 50, 311}, {96, 33, 1024}, {7, 40, 512},
                {200, 50, 300}, {131, 40, 256}, {148, 530, 1000}, {103, 20, 17}}) {
            int m = s[0], n = s[1], k = s[2];
            int[] ldas = {own, own + 1, (k + 255) / 256 * 256, (k + 1023) / 1024 * 1024};
            float[] b = new float[k * n];
            for (int i = 0; i < b.length; i++) b[i] = (float) r.nextDouble(-1, 1);
            float[][] a = new float[ldas.length][], c = new float[ldas.length][];
            for (int v = 0; v < ldas.length; v++) {
                a[v] = new float[m * ldas[v]];
                c[v] = new float[m * n];
                Arrays.fill(c[v], Float.NaN);
            }
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < k; p++) {
                    float x = (float) r.nextDouble(-1, 1);
                    for (int v = 0; v < ldas.length; v++) a[v][i * ldas[v] + p] = x;
                }
            }
            for (int v = 0; v < ldas.length; v++) {
                Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a[v], 0, ldas[v], b, 0, n, 0f, c[v], 0, n, ws);
            }
            float[] want = new float[m * n];
            double[] abs = new double[m * n];
            Naive.sgemm(false, false, m, n, k, 1f, a[0], 0, own, b, 0, n, 0f, want, 0, n, abs);
            for (int q = 0; q < m * n; q++) {
                String at = kr + " seed 41 " + m + "x" + n + "x" + k + " element " + q + ", lda ";
                for (int v = 1; v < ldas.length; v++) {
                    assertEquals(Float.floatToRawIntBits(c[0][q]), Float.floatToRawIntBits(c[v][q]),
                            at + own + " vs " + ldas[v] + ": " + c[0][q] + " vs " + c[v][q]);
                }
                assertTrue(Math.abs(c[0][q] - want[q]) <= bound(k, abs[q]), at + own + ": " + c[0][q] + " vs " + want[q]);
            }
        }
    }

    @Test
    void rejectsBadArgumentsBeforeWriting() {
        GemmWorkspace ws = new GemmWorkspace();
        float[] a = new float[6], b = new float[6], c = new float[4];
        Arrays.fill(c, 7f);
        Transpose N = Transpose.N;
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(N, N, -1, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 1, ws));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, 1, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 1, 2, ws));
        assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, -1, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(NullPointerException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, null, 0, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(NullPointerException.class, () -> Gemm.sgemm(null, N, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertThrows(NullPointerException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2, null));
        float[] big = new float[100];
        assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(N, N, 2, 2, 3, 1f, big, 0, 3, b, 0, 2, 0f, big, 50, 2, ws));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.sgemm(N, Transpose.T, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2, ws));
        assertTrue(e.getMessage().contains("ldB"), e.getMessage());
        for (float v : c) {
            assertEquals(7f, v, "C written before an argument error");
        }
        // alpha == 0 reads neither A nor B: null is fine there, and C = beta·C.
        Gemm.sgemm(N, N, 2, 2, 3, 0f, null, 0, 3, null, 0, 2, 0.5f, c, 0, 2, ws);
        assertEquals(3.5f, c[0]);
        // k == 0 still applies beta; beta == 0 overwrites NaN.
        Arrays.fill(c, Float.NaN);
        Gemm.sgemm(N, N, 2, 2, 0, 1f, a, 0, 1, b, 0, 2, 0f, c, 0, 2, ws);
        assertEquals(0f, c[3]);
    }

    @ParameterizedTest
    @MethodSource("impls")
    void repeatedCallsAllocateNothing(Kernels kr) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int m = 64, n = 256, k = 784;
        float[] a = new float[m * k], b = new float[n * k], c = new float[m * n];
        Arrays.fill(a, 0.5f);
        Arrays.fill(b, 0.25f);
        GemmWorkspace ws = new GemmWorkspace();
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
            Transpose TA = ta ? Transpose.T : Transpose.N, TB = tb ? Transpose.T : Transpose.N;
            int lda = ta ? m : k, ldb = tb ? k : n;
            for (int i = 0; i < 20; i++) {
                Gemm.sgemm(kr, TA, TB, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
            }
            long cap = ws.capacity();
            // A per-call allocation shows in every window; the JIT's warm-up does not (until C2 has compiled a
            // Vector API method, its interpreted and C1 forms allocate): the quietest window must be 0. Windows
            // run until one is quiet or 20 s have passed: the wait is for C2's queue, which on two cores can
            // hold the compiles of the earlier tests for a while.
            long least = Long.MAX_VALUE, deadline = System.nanoTime() + 20_000_000_000L;
            for (int w = 0; least != 0 && (w < 3 || System.nanoTime() < deadline); w++) {
                long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (int i = 0; i < 50; i++) {
                    Gemm.sgemm(kr, TA, TB, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0.5f, c, 0, n, ws);
                }
                least = Math.min(least, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
            }
            assertEquals(0, least, "bytes allocated by 50 warmed-up sgemm calls, " + kr + " " + TA + TB);
            assertEquals(cap, ws.capacity());
        }
    }
}
