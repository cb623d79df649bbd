package io.vectorprop.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vectorprop.VectorProp;
import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.Team;
import io.vectorprop.testing.Impls;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Multi-threaded SGEMM: the same bits as one thread for every thread count, shape, transpose, alpha and beta. */
@Tag("kernels")
class GemmThreadsTest {
    private int saved;

    static Stream<Kernels> impls() {
        return Impls.stream();
    }

    @BeforeEach
    void moreThreads() {
        saved = VectorProp.threads();
        VectorProp.setThreads(4); // more than this machine's cores: oversubscription must give the same bits too
        Team.capPartsToProcessors(false); // and 3 or 4 parts, whatever the machine's cores
    }

    @AfterEach
    void restore() {
        Team.capPartsToProcessors(true);
        VectorProp.setThreads(saved);
    }

    @ParameterizedTest
    @MethodSource("impls")
    void bitIdenticalForEveryThreadCount(Kernels kr) {
        int mr = kr.gemmMR(), nr = kr.gemmNR();
        int[][] shapes = {
            {64, 256, 784}, {256, 256, 784}, {64, 784, 256}, {256, 784, 64}, {64, 128, 256}, {64, 10, 128},
            {10, 128, 64}, {2 * nr, 8 * nr + 3, 800}, {GemmEngine.MC * 2 + 5, 3 * nr + 1, 519},
            {150, 530, 1000}, {97, 101, 103}, {mr * 3 + 1, nr * 5 - 1, 300}, {1, 4000, 64}, {3000, 1, 64},
            {300, 2 * nr, 70}, {2 * mr, 300, 70}, {33, GemmEngine.NC + 40, 9},
            // too tall for one block of A (B packed a KC×NC panel at a time): two K blocks; two N blocks
            {300, 2 * nr + 3, 1100}, {250, GemmEngine.NC + 17, 600}, {250, GemmEngine.NC6 + 17, 600},
            // K blocks past KC with the 6-row kernel: one of 1500 (row blocks of 60), two of 1050
            {200, 2 * nr + 3, 1500}, {130, 2 * nr + 3, 2100},
        };
        SplittableRandom r = new SplittableRandom(5);
        float[] alphas = {1f, -0.7f}, betas = {0f, 1f, 1.3f};
        GemmWorkspace one = new GemmWorkspace(1);
        GemmWorkspace[] many = {new GemmWorkspace(2), new GemmWorkspace(3), new GemmWorkspace(4)};
        long seed = 0;
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) {
                seed++;
                boolean ta = (t & 1) != 0, tb = (t & 2) != 0;
                float alpha = alphas[r.nextInt(alphas.length)], beta = betas[r.nextInt(betas.length)];
                int m = s[0], n = s[1], k = s[2], pad = r.nextInt(3), off = r.nextInt(4);
                String what = String.format("%s seed=%d %s%s m=%d n=%d k=%d alpha=%s beta=%s pad=%d off=%d",
                        kr, seed, ta ? "T" : "N", tb ? "T" : "N", m, n, k, alpha, beta, pad, off);
                int lda = (ta ? m : k) + pad, ldb = (tb ? k : n) + pad, ldc = n + pad;
                float[] a = random(r, off + (ta ? k : m) * lda), b = random(r, off + (tb ? n : k) * ldb);
                float[] c0 = random(r, off + m * ldc);
                if (beta == 0f) {
                    Arrays.fill(c0, Float.NaN);
                }
                float[] expect = c0.clone();
                Transpose TA = ta ? Transpose.T : Transpose.N, TB = tb ? Transpose.T : Transpose.N;
                Gemm.sgemm(kr, TA, TB, m, n, k, alpha, a, off, lda, b, off, ldb, beta, expect, off, ldc, one);
                for (int w = 0; w < many.length; w++) {
                    GemmWorkspace ws = many[w];
                    // every split hint, across the shapes and thread counts: only which thread computes what changes
                    ws.setSplit(GemmWorkspace.Split.values()[(int) ((seed + w) % 3)]);
                    float[] c = c0.clone();
                    Gemm.sgemm(kr, TA, TB, m, n, k, alpha, a, off, lda, b, off, ldb, beta, c, off, ldc, ws);
                    for (int i = 0; i < c.length; i++) {
                        if (Float.floatToRawIntBits(c[i]) != Float.floatToRawIntBits(expect[i])) {
                            fail("threads=" + ws.threads() + " split=" + ws.split() + " differs from 1 thread at index " + i + " (" + c[i]
                                    + " vs " + expect[i] + "): " + what);
                        }
                    }
                }
            }
        }
        assertTrue(many[2].capacity() > many[0].capacity(), "4 threads should have packed with 4 workspaces");
        assertEquals(4, Team.threads());
    }

    @org.junit.jupiter.api.Test
    void splitHintIsFollowedOnlyWhereItBalances() {
        // no hint: the way whose largest band is less work (43 row panels × 4 column panels: columns, 86 < 88)
        assertTrue(GemmEngine.splitColumns(43, 4, 2, false, false, false));
        // a hint within 1/16 is followed either way
        assertFalse(GemmEngine.splitColumns(43, 4, 2, true, false, false));
        assertTrue(GemmEngine.splitColumns(43, 49, 2, true, true, false));
        assertFalse(GemmEngine.splitColumns(43, 49, 2, true, false, false));
        // beyond 1/16 it is not: 11 × 16 panels, columns 88 against rows 96; one row panel cannot be split
        assertTrue(GemmEngine.splitColumns(11, 16, 2, true, false, false));
        assertTrue(GemmEngine.splitColumns(1, 8, 2, true, false, false));
        assertFalse(GemmEngine.splitColumns(8, 1, 2, true, true, false));
        // an exact tie (66 row and 64 column panels) goes to the way with more panels, unless columns pass over A
        // no more often
        assertFalse(GemmEngine.splitColumns(66, 64, 2, false, false, false));
        assertTrue(GemmEngine.splitColumns(66, 64, 2, false, false, true));
        // on the Cᵀ path C's rows are the columns being split
        assertTrue(GemmEngine.preferColumns(GemmWorkspace.Split.ROWS, true));
        assertFalse(GemmEngine.preferColumns(GemmWorkspace.Split.COLUMNS, true));
        assertTrue(GemmEngine.preferColumns(GemmWorkspace.Split.COLUMNS, false));
        assertFalse(GemmEngine.preferColumns(GemmWorkspace.Split.ROWS, false));
        GemmWorkspace ws = new GemmWorkspace();
        assertEquals(GemmWorkspace.Split.AUTO, ws.split());
        ws.setSplit(GemmWorkspace.Split.ROWS);
        assertEquals(GemmWorkspace.Split.ROWS, ws.split());
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ws.setSplit(null));
        assertEquals(GemmWorkspace.Split.ROWS, ws.split());
    }

    @ParameterizedTest
    @MethodSource("impls")
    void splitHintReachesTheEngineInCsOrientation(Kernels kr) {
        int mr = kr.gemmMR(), nr = kr.gemmNR();
        // 4 × 4 micro-panels: both ways balance exactly, so the hint decides (AUTO: the tie rule, columns)
        int m = 4 * mr, n = 4 * nr, k = (int) (GemmEngine.PARALLEL_MIN_MACS / (m * n)) + 64;
        assertEquals(false, splitOf(kr, GemmWorkspace.Split.ROWS, Transpose.N, m, n, k));
        assertEquals(true, splitOf(kr, GemmWorkspace.Split.COLUMNS, Transpose.N, m, n, k));
        assertEquals(true, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.N, m, n, k));
        // an NT product computed as Cᵀ (the batch-64 forward): C's rows are the columns of Cᵀ
        int mt = 2 * nr, nt = 4 * mt, kt = 800;
        if ((nt + mr - 1) / mr % 2 != 0) {
            nt += mr; // an even number of row micro-panels of Cᵀ, so that the two ways tie again
        }
        assertTrue(GemmEngine.transposedCPays(mt, nt, kt, nr), "shape " + mt + "x" + nt + "x" + kt + " should take the Cᵀ path");
        assertEquals(true, splitOf(kr, GemmWorkspace.Split.ROWS, Transpose.T, mt, nt, kt));
        assertEquals(false, splitOf(kr, GemmWorkspace.Split.COLUMNS, Transpose.T, mt, nt, kt));
    }

    @ParameterizedTest
    @MethodSource("impls")
    void aTieGoesToColumnsOnlyWhereTheyPassOverAOnce(Kernels kr) {
        // 66 row panels of the 6-row kernel, too tall for one block of A at k = KC + 76 (so B is packed an N block at a
        // time), tie with 2 × NC6 columns on 2 threads (64 or 128 panels). A is passed over once per N block: columns
        // of NC6 each keep that count and pack half of B each, rows would make both threads pack all of B.
        int m = 66 * 6, k = GemmEngine.KC + 76, n2 = 2 * GemmEngine.NC6, n1 = GemmEngine.NC6;
        if (kr.gemmMR() == 6) {
            // (with 16 or 8 columns per panel both shapes tie)
            assertTrue(GemmEngine.columnsPackLess(kr, m, n2, k, k, 1, 2));
            assertEquals(true, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.N, m, n2, k));
            // one N block split in two would pass over A twice: the tie keeps its old rule (the way with more panels)
            assertFalse(GemmEngine.columnsPackLess(kr, m, n1, k, k, 1, 2));
            assertEquals(n1 / kr.gemmNR() >= 66, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.N, m, n1, k));
            // the columns' result is the one thread's, bit for bit
            assertColumnsGiveOneThreadsBits(kr, Transpose.N, m, n2, k, 9);
        } else if (kr.gemmMR() == 8) {
            // the 8-row kernel reads this A in place: columns pack nothing twice
            assertTrue(GemmEngine.columnsPackLess(kr, m, n2, k, k, 1, 2));
            assertTrue(GemmEngine.columnsPackLess(kr, 512, 512, 512, 512, 1, 2));
            assertEquals(true, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.N, 512, 512, 512));
            // copied rows (4 KiB apart) in one N block (NC, 3072): columns would pack all of A twice
            assertFalse(GemmEngine.columnsPackLess(kr, m, n2, k, 2048, 1, 2));
            assertFalse(GemmEngine.columnsPackLess(kr, 1024, 1024, 1024, 1024, 1, 2));
        } else {
            // kernels whose N block is NC (3072): 1024 columns are one block, which columns would pass over twice
            assertFalse(GemmEngine.columnsPackLess(kr, m, n2, k, k, 1, 2));
        }
        // where all of A fits one block (B packed a micro-panel at a time) and its rows are copied, each column range
        // would copy all of A (the 8-row kernel copies rows 4 KiB apart; rows 64 floats apart it reads in place:
        // nothing packed twice; JDK 17's 6-row kernel packs these rows p-major, see the next test)
        if (!kr.gemmPackedForRowsOfA()) {
            assertFalse(GemmEngine.columnsPackLess(kr, 4 * kr.gemmMR(), 4 * n2, 64, kr.gemmMR() == 8 ? 1024 : 64, 1, 2));
        }
        if (kr.gemmMR() == 8) {
            assertTrue(GemmEngine.columnsPackLess(kr, 4 * kr.gemmMR(), 4 * n2, 64, 64, 1, 2));
            // 13 column micro-panels against 4 row ones for the larger part: columns (rows would pack all of B twice)
            assertTrue(GemmEngine.splitColumns(8, 25, 2, false, false, true));
            assertFalse(GemmEngine.splitColumns(8, 25, 2, false, false, false));
            assertEquals(true, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.N, 64, 784, 256));
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void columnsWhereTheyPackLessOfATransposedA(Kernels kr) {
        // op(A) = Aᵀ, all of it one block, packed p-major (a gather): every column range packs all of A and its columns
        // of B, every row range its rows of A and all of B. 64x784x256: about 2·64 + 400 against 2·32 + 784 floats per
        // k for two threads, so columns, although their largest band is up to 4% larger (8-row and scalar kernels:
        // 13 of 25 column micro-panels against 4 of 8 or 8 of 16 row ones)
        assertTrue(GemmEngine.columnsPackLess(kr, 64, 784, 256, 1, 64, 2));
        assertEquals(true, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.T, Transpose.N, 64, 784, 256));
        // 128x256x256: 2·128 + 128 against 2·64 + 256 (6 rows: 2·66 + 256): no less, so the bands decide alone
        // (a tie: rows, or columns where they are more bands, as with 8 columns per micro-panel)
        assertFalse(GemmEngine.columnsPackLess(kr, 128, 256, 256, 1, 128, 2));
        int mp = (128 + kr.gemmMR() - 1) / kr.gemmMR(), np = 256 / kr.gemmNR();
        assertEquals(GemmEngine.splitColumns(mp, np, 2, false, false, false),
                splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.T, Transpose.N, 128, 256, 256));
        if (kr.gemmNR() >= 16) {
            assertEquals(false, splitOf(kr, GemmWorkspace.Split.AUTO, Transpose.T, Transpose.N, 128, 256, 256));
        }
        // the columns' result is the one thread's, bit for bit
        assertColumnsGiveOneThreadsBits(kr, Transpose.T, 64, 784, 256, 11);
    }

    /** op(A)·B (B not transposed) on two threads splits columns and gives one thread's bits (C pre-filled with NaN). */
    private static void assertColumnsGiveOneThreadsBits(Kernels kr, Transpose ta, int m, int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] a = random(r, m * k), b = random(r, k * n), c1 = new float[m * n], c2 = new float[m * n];
        Arrays.fill(c2, Float.NaN);
        int lda = ta == Transpose.T ? m : k;
        Gemm.sgemm(kr, ta, Transpose.N, m, n, k, 1f, a, 0, lda, b, 0, n, 0f, c1, 0, n, new GemmWorkspace(1));
        GemmWorkspace two = new GemmWorkspace(2);
        Gemm.sgemm(kr, ta, Transpose.N, m, n, k, 1f, a, 0, lda, b, 0, n, 0f, c2, 0, n, two);
        assertTrue(two.job.splitN(), "seed " + seed);
        for (int i = 0; i < c1.length; i++) {
            assertEquals(Float.floatToRawIntBits(c1[i]), Float.floatToRawIntBits(c2[i]), "index " + i + ", seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void moreThreadsThanProcessorsSplitAsThreadsEqualProcessorsDo(Kernels kr) {
        int procs = Runtime.getRuntime().availableProcessors();
        assumeTrue(procs >= 2, "needs two processors");
        Team.capPartsToProcessors(true);
        VectorProp.setThreads(procs + 2);
        assertEquals(procs, Team.partsLimit(procs + 2));
        assertEquals(1, Team.partsLimit(1));
        // shapes whose split direction depends on the part count: 256x784x256 NN with the 8-row kernel takes columns
        // on 2 parts and rows on 4 (25 column micro-panels against 32 row ones)
        int[][] shapes = {{256, 784, 256}, {64, 784, 256}, {256, 256, 784}, {97, 1000, 300}};
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            float[] a = random(r, m * k), b = random(r, k * n), c1 = new float[m * n], c2 = new float[m * n];
            GemmWorkspace fit = new GemmWorkspace(procs), over = new GemmWorkspace(procs + 2);
            Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c1, 0, n, fit);
            Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c2, 0, n, over);
            String what = kr + " " + m + "x" + n + "x" + k + " on " + procs + " processors";
            assertEquals(fit.job.splitN(), over.job.splitN(), what + ": split direction");
            assertEquals(fit.capacity(), over.capacity(), what + ": buffers of the parts that ran");
            for (int i = 0; i < c1.length; i++) {
                assertEquals(Float.floatToRawIntBits(c1[i]), Float.floatToRawIntBits(c2[i]), what + " index " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void aPartThatFinishesFirstTakesPiecesFromTheBackOfAnother(Kernels kr) {
        int mr = kr.gemmMR(), nr = kr.gemmNR();
        // too tall for one block of A at one K block (B packed a panel at a time): pieces are rows of a column block,
        // either split; 3 rows and 5 columns past whole micro-panels
        int k = 300, m = (int) (GemmEngine.aBlock(mr) / k) + 3 * mr + 3, n = 2 * GemmEngine.NC6 + 3 * nr + 5;
        assertTrue(GemmEngine.dynamic(kr, m, n, k, k, 1, false), kr + " " + m + "x" + n + "x" + k + " should be dynamic");
        stealing(kr, m, n, k, new boolean[] {false, true});
        // all of A in one block (B packed a micro-panel at a time), split by columns: pieces are columns, all rows; A's
        // rows 256 apart are copied, once per thread
        int m2 = 2 * mr + 3, n2 = 20 * nr + 5, k2 = 256;
        assertTrue(GemmEngine.dynamic(kr, m2, n2, k2, k2, 1, true));
        assertFalse(GemmEngine.dynamic(kr, m2, n2, k2, k2, 1, false));
        stealing(kr, m2, n2, k2, new boolean[] {true});
    }

    /** Part 1 of 2 run alone takes all of its range and part of part 0's; part 0 then completes C as one thread would. */
    private static void stealing(Kernels kr, int m, int n, int k, boolean[] splits) {
        int mr = kr.gemmMR(), nr = kr.gemmNR();
        String what = kr + " " + m + "x" + n + "x" + k;
        SplittableRandom r = new SplittableRandom(11);
        float[] a = random(r, m * k), b = random(r, k * n), expect = new float[m * n];
        Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, expect, 0, n, new GemmWorkspace(1));
        for (boolean splitN : splits) {
            String how = what + " split " + (splitN ? "columns" : "rows");
            GemmWorkspace ws = new GemmWorkspace(2);
            ws.ensureParts(2);
            float[] c = new float[m * n];
            Arrays.fill(c, Float.NaN);
            ws.job.set(kr, m, n, k, 1f, a, 0, k, 1, b, 0, n, 1, 0f, c, 0, n, 1, splitN, true, 2);
            // part 1 runs alone first (part 0's thread is late or slow): it finishes its own range, then takes pieces
            // of part 0's from the back
            ws.job.run(1, 2);
            int half = splitN ? (n / nr + 1) / 2 * nr : (m / mr + 1) / 2 * mr;
            int ownDone = 0, taken = 0, own = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    boolean ofPart1 = (splitN ? j : i) >= half, done = !Float.isNaN(c[i * n + j]);
                    own += ofPart1 ? 1 : 0;
                    ownDone += ofPart1 && done ? 1 : 0;
                    taken += !ofPart1 && done ? 1 : 0;
                }
            }
            assertEquals(own, ownDone, how + ": part 1 left some of its own range");
            assertTrue(taken > 0, how + ": part 1 took nothing from part 0");
            // part 0 then does what is left: every element ends as one thread's
            ws.job.run(0, 2);
            for (int i = 0; i < c.length; i++) {
                assertEquals(Float.floatToRawIntBits(expect[i]), Float.floatToRawIntBits(c[i]), how + ", index " + i);
            }
        }
        // the engine takes the dynamic path for this product on more than one thread, with the same bits
        GemmWorkspace two = new GemmWorkspace(2);
        float[] c2 = new float[m * n];
        Arrays.fill(c2, Float.NaN);
        Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c2, 0, n, two);
        assertTrue(two.job.dynamic(), what);
        for (int i = 0; i < c2.length; i++) {
            assertEquals(Float.floatToRawIntBits(expect[i]), Float.floatToRawIntBits(c2[i]), what + " engine, index " + i);
        }
    }

    /** The split of the engine's last parallel call: true for columns of the matrix it computed (C or Cᵀ). */
    private static boolean splitOf(Kernels kr, GemmWorkspace.Split split, Transpose tb, int m, int n, int k) {
        return splitOf(kr, split, Transpose.N, tb, m, n, k);
    }

    private static boolean splitOf(Kernels kr, GemmWorkspace.Split split, Transpose ta, Transpose tb, int m, int n, int k) {
        GemmWorkspace ws = new GemmWorkspace(2);
        ws.setSplit(split);
        GemmWorkspace one = new GemmWorkspace(1);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, one);
        // the call was split (a second part's buffers grew), so splitN is this call's decision
        assertTrue(ws.capacity() > one.capacity(), kr + " " + m + "x" + n + "x" + k + " did not run in parts");
        return ws.job.splitN();
    }

    private static float[] random(SplittableRandom r, int len) {
        float[] x = new float[Math.max(1, len)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return x;
    }
}
