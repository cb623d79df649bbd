package io.vectorprop.gemm;

import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.Team;

/**
 * The BLIS loop nest around a {@link Kernels#gemmKernel micro-kernel}, on general strides:
 * element (i,j) of a matrix X is {@code x[off + i·rs + j·cs]}. Transposes are only strides here, and
 * packing turns every operand into the micro-kernel's layout. Arguments are already validated.
 */
final class GemmEngine {
    // Block sizes (BLIS names), tuned on Zen 5 (48 KiB L1d, 1 MiB L2) with the 8×32 tile. The MC×KC block of
    // A (≤ 576 KiB) lives in L2, the KC×NC panel of B in L2/L3; a KC×NR micro-panel of B (≤ 128 KiB) streams
    // from L2 at 128 B per 16 FMAs, which L2 sustains. K is split evenly (k = 1500 runs as 2 × 750). A large KC
    // means fewer read-modify-write passes over C, which matters most on the transposed-C path: measured here
    // (JDK 25, medians of 5 JVMs) KC = 1024 / MC = 128 against 512 / 192 gave 784-wide layers in one pass,
    // 157 → 166 GFLOP/s on the batch-64 forward, and was within noise elsewhere; KC below 256 was slower.
    // MC is a multiple of both tile heights (8 and 6), so only the last block of A has a partial micro-panel.
    static final int MC = 144;
    // The 6-row kernel (256- and 128-bit vectors) runs on hosts with smaller L2 caches (Zen 2/3: 512 KiB), where a
    // 144×1024 block of A (576 KiB) does not fit and a 96×1024 one (384 KiB) does (and the K-block and fused-B
    // decisions budget the same, A_BLOCK6). JMH, one thread, Zen 3 AVX2, JDK 25, 7 alternated pairs: 2048³
    // +1.1–3.6% (median ~2%); 512³, 1024³ and 256x256x784 within ±1%; JDK 17, 3 pairs: 2048³ median 78.3 → 81.2,
    // 1024³ not slower.
    static final int MC6 = 96;
    static final int KC = 1024;
    // With the 6-row kernel K runs in blocks of up to 2048 (2048³: one pass instead of two, so C is not read back
    // from memory), with row blocks cut to fit A_BLOCK6 (48 rows at kc = 2048). In process, JDK 25, Zen 3, 2048³
    // alternated: one thread 88.4–89.4 → 87.2–93.0 GFLOP/s (medians 88.9 → 91.7, 4 pairs), two threads 171.7 /
    // 163.8 → 174.8 / 176.1; JMH, 3 alternated pairs: one thread 88.4 / 87.8 / 85.6 → 90.0 / 91.6 / 89.7, two 173.2
    // / 176.6 / 174.2 → 172.6 / 178.5 / 177.2. JDK 17's p-major rows of A lost with KC6 alone (JMH, 2 pairs, one
    // thread 83.9 / 85.7 → 81.1 / 82.5, two 163.3 / 161.4 → 151.5 / 154.4) but, since their packing got cheaper, gain
    // with KC6 and NC6 together where k passes KC (in process, one JVM switching every 0.5 s, one thread: 2048³
    // 1.003–1.059×, median of 7 runs 1.024×; 1536³ 1.019×, 512x2048x1536 1.050×, 2048³ NT 1.007×, 1024x1024x2048
    // NN 0.991/1.004×, NT 1.017×, 256x1024x4096 0.977/1.002×; two threads 2048³ 1.001–1.035×). A transposed A
    // packed p-major lost (2048³ TN 0.92×, 256x784x2048 TN 0.92×) and keeps KC. Products with k ≤ 1024 are unchanged.
    static final int KC6 = 2048;
    /** The shortest K block kcMax chooses below KC (KC6) for a wide B (k itself may be shorter). */
    static final int KC_MIN = 384;
    /** The L2 budget of one MC×KC block of A, in floats. */
    static final long A_BLOCK = (long) MC * KC;
    /**
     * The same budget with the 6-row kernel, MC6×KC (384 KiB, inside a 512 KiB L2): which products keep all of A in one
     * block with B packed a micro-panel at a time, and how K is blocked for that. JMH, JDK 25, Zen 3, 3 alternated
     * pairs against A_BLOCK: the 784-1024-1024-10 step at batch 256, one thread 26.4/27.4/27.7 → 30.5/31.1/30.9
     * steps/s, two threads 33.7/38.5/38.0 → 36.8/40.7/52.0 (its 256-row input-gradient products no longer run as one
     * 540 KiB block); the small net's products and the square ones take the same path as before.
     */
    static final long A_BLOCK6 = (long) MC6 * KC;
    static final int NC = 3072;
    // With the 6-row kernel (Zen 3 here: 512 KiB L2, an L3 shared with other tenants) a packed KC×NC panel of B
    // is kept to 2 MiB (1024×512): 2048³ NN, JDK 25, JMH 3 alternated pairs, two threads 168.7/170.6/174.5 →
    // 174.2/177.8/174.3 GFLOP/s, one thread unchanged (88.5–91.5 both); in process NC 384 and 768 as good as 512,
    // 256 worse; 1024³ unchanged (±2%).
    // Only where B is packed a whole panel at a time (not fuseB, where the panel is one micro-panel), and with the
    // long K blocks (KC6, see there): A is packed again for every N block, and JDK 17's p-major packing of A made
    // 2048³ slower with NC6 alone at kc = 1024 (JMH, 3 alternated pairs, one thread 81.7 → 76.2, two 148.8 → 147.8).
    static final int NC6 = 512;
    /** Below this many multiply-adds packing does not pay; a plain loop is used. */
    static final long DIRECT_MAX_FLOPS = 4096;
    /**
     * Below this many multiply-adds a call stays on the calling thread. Measured in process, 2 threads against 1,
     * JDK 25, Zen 3 (AVX2, vCPUs ~100 ns apart): 32x32x64 (65,536) 0.66×, 64x10x128 NT and 10x128x64 TN (81,920) 1.21×
     * and 1.36×, 32x32x128 (131,072) 1.22×, 64x64x64 1.55×. Zen 5 (AVX-512) with the vCPUs ~450 ns apart, as they are
     * most of the time there, JDK 25 / 17: 64x10x128 NT 0.94 / 0.87, 10x128x64 TN 0.65 / 0.92, 64x128x10 NN 0.72 /
     * 0.48 (the batch-64 output layer's three products), 32x32x128 0.73 / 0.86, 64x64x64 0.74 / 0.90, 64x128x64 1.21 /
     * 1.01, 256x10x128 NT 1.30 / 1.47; the 784-256-128-10 step at batch 64 with these products on one thread, one JVM
     * switching every 0.5 s, 2 threads: 1.029, 1.028, 1.038 / 1.013, 1.033, 1.034 (batch 256, whose smallest product
     * is 327,680, 0.996 / 1.000: unchanged). At 200,000 the output layer's products stay on one thread; 64x64x64
     * (262,144) is still split (lost on Zen 5's far vCPUs, won 1.55× on Zen 3).
     */
    static final long PARALLEL_MIN_MACS = 200_000;
    /**
     * Rows of A are packed p-major for the kernels that want it only when B is at least this wide, so that the copy
     * is shared by enough column panels (JDK 17, 6 rows, paired in process: n = 512 and 784 1.08–1.12×, n = 256
     * 0.93×, n = 64 0.60×).
     */
    static final int PACK_ROWS_MIN_N = 512;

    private GemmEngine() {}

    static void gemm(Kernels kr, GemmWorkspace ws, boolean ta, boolean tb, int m, int n, int k,
                     float alpha, float[] a, int offa, int lda, float[] b, int offb, int ldb,
                     float beta, float[] c, int offc, int ldc) {
        gemm(kr, ws, ta, tb, m, n, k, alpha, a, offa, lda, b, offb, ldb, beta, c, offc, ldc, DIRECT_MAX_FLOPS);
    }

    /** As above; {@code directMax} is the size up to which the unpacked loop runs (tests pass -1 to force packing). */
    static void gemm(Kernels kr, GemmWorkspace ws, boolean ta, boolean tb, int m, int n, int k,
                     float alpha, float[] a, int offa, int lda, float[] b, int offb, int ldb,
                     float beta, float[] c, int offc, int ldc, long directMax) {
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0f || k == 0) {
            scale(m, n, beta, c, offc, ldc, 1);
            return;
        }
        int rsa = ta ? 1 : lda, csa = ta ? lda : 1;
        int rsb = tb ? 1 : ldb, csb = tb ? ldb : 1;
        if ((long) m * n * k <= directMax) {
            direct(m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb, beta, c, offc, ldc, 1);
            return;
        }
        // Packing B wants its rows (j) contiguous; when they are not, B must be transposed while packing.
        // Computing Cᵀ = op(B)ᵀ·op(A)ᵀ instead swaps which operand needs that: always for TT (no transpose
        // at all then), and for NT only where it measured faster (see transposedCPays).
        boolean prefer = ws.split() != GemmWorkspace.Split.AUTO;
        if (csb != 1 && (rsa == 1 || transposedCPays(m, n, k, kr.gemmNR()))) {
            blocked(kr, ws, n, m, k, alpha, b, offb, csb, rsb, a, offa, csa, rsa, beta, c, offc, 1, ldc,
                    prefer, preferColumns(ws.split(), true));
        } else {
            blocked(kr, ws, m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb, beta, c, offc, ldc, 1,
                    prefer, preferColumns(ws.split(), false));
        }
    }

    /**
     * For NT (the forward X·Wᵀ), whether to compute Cᵀ = B·Aᵀ: it transposes the m×k panel of A while packing
     * instead of the n×k one of B, but it pays a scalar transposed merge per tile and pads m up to NR. Paired
     * in-process A/B (JDK 25, 512-bit): Cᵀ won 1.04–1.15× for m of 32 or 64 with n ≥ 4m and k = 784, and lost
     * elsewhere: 0.47–0.65× for m of 8 and 16 (padding), 0.77–0.83× for k of 128–256 (64x128x256,
     * 32x512x256, 32x1024x128; the merge is not amortized), 0.93–0.97× for m ≥ 128.
     */
    static boolean transposedCPays(int m, int n, int k, int nr) {
        return m <= 64 && m % nr == 0 && 4 * m <= n && k >= 768;
    }

    /** Whether the split hint asks for columns of the matrix blocked computes: of Cᵀ, whose columns are C's rows. */
    static boolean preferColumns(GemmWorkspace.Split split, boolean transposedC) {
        return split == (transposedC ? GemmWorkspace.Split.ROWS : GemmWorkspace.Split.COLUMNS);
    }

    /** C = beta·C, or zeros when beta is 0 (C is then never read). */
    static void scale(int m, int n, float beta, float[] c, int offc, int rsc, int csc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = offc + i * rsc;
            for (int j = 0; j < n; j++) {
                int idx = ci + j * csc;
                c[idx] = beta == 0f ? 0f : beta * c[idx];
            }
        }
    }

    private static void direct(int m, int n, int k, float alpha, float[] a, int offa, int rsa, int csa,
                               float[] b, int offb, int rsb, int csb, float beta, float[] c, int offc, int rsc, int csc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0f;
                int ai = offa + i * rsa, bj = offb + j * csb;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p * csa] * b[bj + p * rsb];
                }
                int idx = offc + i * rsc + j * csc;
                c[idx] = beta == 0f ? alpha * s : alpha * s + beta * c[idx];
            }
        }
    }

    /**
     * The blocked product, on the workspace's threads when it is large enough: C is cut into column ranges (or
     * row ranges, whichever balances better) at multiples of NR (MR), one per thread, and each range runs the
     * whole loop nest below with its own packing buffers. Every decision that shapes the arithmetic (K blocks,
     * tile grid, which tiles are full, fused B) is taken from the whole m, n, k, never from a range or from the
     * thread count, so every element gets the same operations in the same order: bit-identical results for any
     * number of threads. K is never split. With {@code prefer}, columns ({@code preferN}) or rows are split when
     * that balances within 1/16 of the other way (see {@link GemmWorkspace#setSplit}). Large products with one K
     * block let a thread that finishes early take work from the others' ranges ({@link #dynamic}).
     */
    private static void blocked(Kernels kr, GemmWorkspace ws, int m, int n, int k, float alpha,
                                float[] a, int offa, int rsa, int csa, float[] b, int offb, int rsb, int csb,
                                float beta, float[] c, int offc, int rsc, int csc, boolean prefer, boolean preferN) {
        // Parts as the team will run them (one per processor), so that more threads than cores split as threads =
        // cores do: 4 threads on 2 cores took rows for 256x784x256 NN (both threads then pack all of B) where 2 take
        // columns. Zen 5, JDK 25, one team of 4, workspaces of 4 and 2 threads switched every 0.5 s: 0.947, 0.934
        // before, 0.962, 0.969, 0.975, 1.020, 1.038 after.
        int threads = Team.partsLimit(ws.effectiveThreads());
        if (threads > 1 && (long) m * n * k >= PARALLEL_MIN_MACS) {
            int mr = kr.gemmMR(), nr = kr.gemmNR();
            int mp = (m + mr - 1) / mr, np = (n + nr - 1) / nr;
            int parts = Math.min(threads, Math.max(mp, np));
            if (parts > 1) {
                boolean splitN = splitColumns(mp, np, parts, prefer, preferN,
                        columnsPackLess(kr, m, n, k, rsa, csa, parts));
                boolean dynamic = dynamic(kr, m, n, k, rsa, csa, splitN);
                ws.ensureParts(parts);
                GemmJob job = ws.job;
                job.set(kr, m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb, beta, c, offc, rsc, csc, splitN,
                        dynamic, parts);
                try {
                    Team.execute(job, parts);
                } finally {
                    job.clear();
                }
                return;
            }
        }
        blockedRange(kr, ws, m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb, beta, c, offc, rsc, csc, 0, m, 0, n,
                null, 0, 1);
    }

    /**
     * Whether parts threads split C's np column micro-panels (true) or its mp row micro-panels: the preferred way
     * when its largest band carries at most 1/16 more work than the other way's; else columns when they pack less
     * ({@code columnsPackLess}, see {@link #columnsPackLess}) and carry at most 1/16 more; else the way whose
     * largest band is the smaller share (ties: columns when {@code columnsPackLess}, else the way with more bands).
     *
     * <p>The preference is for data placement: the b64 training step with each thread reading its rows of W in the
     * forward (the 784×256 weight, on the Cᵀ path a split of rows instead of batch columns), JDK 25, 2 threads,
     * alternated runs of 7 s: 1300–1410 → 1500–1580 steps/s while the two vCPUs were far apart (a cache-line round
     * trip of ~500 ns instead of ~100), unchanged (~1950) while close. Columns that pack nothing twice within 1/16
     * (rows would make every thread pack all of B): Zen 5, 2 threads, one JVM switching every 0.25 s, 12 pairs,
     * JDK 25 / 17: 64x784x256 NN (13 column micro-panels against 4 row micro-panels for the larger part) 1.298 /
     * 1.274, 256x784x256 NN 1.061 / 1.026, 256x256x128 NN (a tie that went to rows) 1.188 / 1.121; the
     * 784-256-128-10 step 1.003 / 1.003 (batch 64), 1.012 / 1.013 (batch 256).
     */
    static boolean splitColumns(int mp, int np, int parts, boolean prefer, boolean preferN, boolean columnsPackLess) {
        long loadN = (long) ((np + parts - 1) / parts) * mp, loadM = (long) ((mp + parts - 1) / parts) * np;
        if (prefer && 16 * (preferN ? loadN - loadM : loadM - loadN) <= Math.min(loadN, loadM)) {
            return preferN;
        }
        if (columnsPackLess && 16 * (loadN - loadM) <= loadM) {
            return true;
        }
        return loadN < loadM || (loadN == loadM && (columnsPackLess || np >= mp));
    }

    /**
     * Whether column ranges for parts threads pack less than row ranges would. Where A is too tall for one block (B
     * packed a whole KC×NC panel at a time): whether columns pass over A (packing or reading it, once per N block) no
     * more often in all than one thread does, so that splitting columns packs nothing twice while splitting rows makes
     * every thread pack all of B. On the squares this turns 2048³ (and 2048x1024x2048) from rows to columns; in one
     * JVM switching every 0.4 s, 2 threads, Zen 3: 2048³ JDK 25 1.003–1.023×, JDK 17 1.001–1.014× (10 runs of 28–38
     * pairs, every median ≥ 1.00, ~1.01 overall), 2048x1024x2048 1.007× / 1.011×: the B packing it saves is ~2% of a
     * thread's time, at the edge of what this host resolves. Always true where the 8-row kernel reads A in place
     * (nothing of A is packed, so columns pack nothing twice whatever they read): 512³, Zen 5, 2 threads, one JVM
     * switching every 0.25 s, 6 runs of 14–18 pairs, columns against rows: JDK 25 1.040, 1.009, 1.052, JDK 17 1.014,
     * 1.020, 1.024; with B packed a micro-panel at a time (16 pairs): 256x784x256 NN 1.035 / 1.046, 64x784x256 NN
     * 1.271 / 1.163.
     *
     * <p>Where all of A fits one block (B packed a micro-panel at a time), every column range packs all of A and its
     * own columns of B, every row range its rows of A and all of B. Rows of A are a plain copy and the kernel packs B
     * as it reads it ({@link Kernels#gemmKernelPackB}): rows then. A packed p-major (a transposed A, or rows the
     * 8-row kernel does not read in place) is a gather costing about twice a float of B: columns when, so weighted,
     * they pack at least 1/16 less. Zen 5, 2 threads, one JVM switching every 0.25 s, 14 pairs, two rounds,
     * JDK 25 / 17: 256x784x256 TN 1.027, 1.036 / 1.071, 1.054; 256x784x64 TN 1.110, 1.008 / 1.200, 1.015; 64x784x256
     * TN 1.162, 1.173 / 1.236, 1.182; 128x784x256 TN 0.997, 1.115 / 1.117, 1.106; 64x784x1024 NN 1.125, 1.149 /
     * 1.188, 1.157; the 6-row kernel (-XX:UseAVX=2): 32x784x256 TN 1.234, 1.204 / 1.178, 1.260, 128x784x256 TN
     * 1.069, 1.055 / 1.014, 0.995, 256x784x64 TN 1.028, 1.006 / 1.035, 1.018, 256x784x256 TN 1.013, 1.028 / 0.991,
     * 0.982. Without the weight (columns wherever they pack fewer floats) 128x256x256 TN lost (0.958, 1.028 / 0.765,
     * 0.943), 256x512x256 TN 1.006 / 0.958; both stay rows.
     */
    static boolean columnsPackLess(Kernels kr, int m, int n, int k, int rsa, int csa, int parts) {
        int mr = kr.gemmMR(), nr = kr.gemmNR();
        boolean aRows = csa == 1, inRows = aInRows(kr, m, n, k, rsa, csa), longK = longK(mr, aRows, inRows, k);
        if (mr == 8 && aDirect(mr, aRows, inRows, rsa)) {
            return true;
        }
        int np = (n + nr - 1) / nr, widest = (np + parts - 1) / parts * nr;
        if (aFitsOneBlock(m, kcMax(m, n, k, mr, longK), mr)) {
            if (inRows) {
                return false;
            }
            int mp = (m + mr - 1) / mr, tallest = (mp + parts - 1) / parts * mr;
            return 17 * (2L * m + widest) < 16 * (2L * tallest + n);
        }
        int nb = longK ? NC6 : NC;
        return (long) parts * ((widest + nb - 1) / nb) <= (n + nb - 1) / nb;
    }

    /**
     * Whether a parallel product's ranges are claimed piece by piece at run time (see {@link GemmJob#claim}): where K
     * is one block, so that a piece finishes its elements of C and any thread may compute it, and either B is packed a
     * whole panel at a time (pieces are rows of one column block) or all of A fits one block and columns are split
     * (pieces are columns with all rows; B is packed a micro-panel at a time anyway, and each thread's copy of A, where
     * A is copied, serves every piece). Each thread takes its own range from the front, one row block (four column
     * micro-panels) at a time, as the static loop would; a thread that has finished its own takes half that from the
     * back of another's. A thread that runs slower (a vCPU shared with another tenant, a worker woken late) then holds
     * the others for half a piece at most instead of for the rest of its range. In one JVM switching every 0.5 s,
     * 2 threads, Zen 3, while the host was mostly in its slow state: 2048³ 1.04–1.05×, 1024³ 1.05–1.10× (JDK 25 and 17),
     * 512³ 1.03×; 256x784x256 NN and TN, 64x784x256 NN, 256x784x64 TN 1.02–1.07× (JDK 25), 1.04–1.17× (JDK 17); in the
     * normal state 2048³ 1.003×, 1024³ 0.992×; the training step 0.97–1.03× (noise).
     */
    static boolean dynamic(Kernels kr, int m, int n, int k, int rsa, int csa, boolean splitN) {
        int mr = kr.gemmMR();
        boolean aRows = csa == 1, longK = longK(mr, aRows, aInRows(kr, m, n, k, rsa, csa), k);
        int kc = kcMax(m, n, k, mr, longK);
        return kc >= k && (!aFitsOneBlock(m, kc, mr) || splitN);
    }

    /**
     * Whether blockedRange keeps A in rows (read in place or copied); a transposed A is always packed p-major. Where
     * the kernels pack rows of A p-major for a wide B (JDK 17's 6-row kernel), rows that are copied anyway (a
     * leading dimension that is a multiple of 256) stay rows when they are copied at the kernel's own stride (see
     * fixedRowStride), for kernel6c: JDK 17, one JVM switching every 0.25 s, host in its normal state, one thread
     * 512³ 1.037×, 256x784x256 NN 1.018×, 64x784x256 NN 1.017×, 1024³ 0.998×; two threads 1.031–1.035× (64x784x256
     * NN 1.13×). Not for other rows (2048³, whose K block is 2048, ran at 0.933× as compact rows for kernel6ri).
     */
    static boolean aInRows(Kernels kr, int m, int n, int k, int rsa, int csa) {
        if (csa != 1) {
            return false;
        }
        if (kr.gemmMR() == 8) {
            // Rows copied anyway (see readInPlace) in K blocks of KC go p-major for kernel8p, one stream of A
            // instead of eight rows 1040 floats apart. Zen 5, one JVM switching every 0.25 s, 16 pairs, one thread,
            // JDK 25 / 17: 1024³ 1.030 / 1.060, 2048³ 1.033 / 1.023; two threads (JDK 25, 12 pairs) 1.03 / 1.04.
            // Shorter K blocks stay rows: 512³ 0.995 / 0.988, 256x784x256 NN 0.985 / 1.012 (noise-level).
            return readInPlace(8, rsa) || kcMax(m, n, k, 8, false) < KC;
        }
        if (n < PACK_ROWS_MIN_N || !kr.gemmPackedForRowsOfA()) {
            return true;
        }
        if (friendlyStride(rsa)) {
            return false;
        }
        // the blocks blockedRange would take for rows (long K blocks)
        int mr = kr.gemmMR(), kcMax = kcMax(m, n, k, mr, true);
        return fixedRowStride(kr, Math.min(rowBlock(m, kcMax, mr), roundUp(m, mr)), kcMax) > 0;
    }

    /**
     * Whether the 6-row kernel's long K blocks (KC6) and 512-wide N blocks (NC6) apply: always with A in rows, and
     * with JDK 17's p-major rows of A where k passes KC (see KC6).
     */
    static boolean longK(int mr, boolean aRows, boolean aInRows, int k) {
        return mr == 6 && (aInRows || aRows && k > KC);
    }

    /**
     * The BLIS loop nest for rows [i0, i1) and columns [j0, j1) of C, where i0, j0 are multiples of MR, NR and
     * i1, j1 multiples of them or m, n; or, with {@code chunks}, over the pieces that part {@code part} of
     * {@code parts} claims from that job (see {@link #dynamic}). Block sizes and paths come from the whole m, n, k
     * (see {@link #blocked}).
     */
    static void blockedRange(Kernels kr, GemmWorkspace ws, int m, int n, int k, float alpha,
                             float[] a, int offa, int rsa, int csa, float[] b, int offb, int rsb, int csb,
                             float beta, float[] c, int offc, int rsc, int csc, int i0, int i1, int j0, int j1,
                             GemmJob chunks, int part, int parts) {
        final int mr = kr.gemmMR(), nr = kr.gemmNR();
        // A with contiguous rows (csa == 1) is not copied at all: the micro-kernel broadcasts straight from MR
        // source rows lda apart; only a last partial micro-panel is packed (zero-padded). Not for row strides
        // that are multiples of 1 KiB (4 KiB with the 8-row kernel, see readInPlace), though: then the MR rows fall
        // into a few L1 sets and evict each other (1024-float rows ran at a third of the speed); such rows are
        // copied into row panels, their rows
        // kc + 16 apart when kc is a multiple of 256 (see rowStride), or at the row stride the kernel is compiled
        // for, where it has one (Kernels.gemmRowStride). A transposed A is packed p-major (MR contiguous values per
        // step; JDK 25 transposed it into rows for the rows kernel until kernel6p stopped spilling there, see
        // SimdKernels.ROWS6). B is always packed: the kernel's
        // loop then has only unit or constant strides, which lets C2 hoist every bounds check out of it
        // (with per-step checks on run-time strides the kernel reached ~80% of the FMA peak in L1; now ~97%).
        final boolean aRows = csa == 1;
        // Where the kernels say so, rows of A are packed p-major too (the 6-row kernel on JDK 17, see aInRows).
        final boolean aInRows = aInRows(kr, m, n, k, rsa, csa);
        final boolean aDirect = aDirect(mr, aRows, aInRows, rsa);
        final boolean longK = longK(mr, aRows, aInRows, k);
        final int kcMax = kcMax(m, n, k, mr, longK);
        // When all of op(A) fits the L2 budget of one MC×KC block, a packed micro-panel of B serves every row
        // block at once, so each KC×NR micro-panel is packed right before its tiles run, while it is hot in L1/L2,
        // instead of packing the whole KC×NC panel first (written to and read back from L2/L3). Measured on the
        // input gradient 64x784x256 NN, where packing that 784-wide panel took ~28 of ~160 µs: paired in-process
        // A/B (JDK 25) 1.06× there, 1.02× on 256x784x64 TN, neutral (±1%) on the other recorded shapes.
        final boolean fuseB = aFitsOneBlock(m, kcMax, mr);
        final int mcBlock = rowBlock(m, kcMax, mr);
        final int mcMax = Math.min(mcBlock, roundUp(m, mr));
        final int ncBlock = longK && !fuseB ? NC6 : NC;
        final int ncMax = fuseB ? nr : Math.min(ncBlock, roundUp(n, nr));
        // rows of A copied at the kernel's own row stride, where it has one for such a block, with `groups`
        // micro-panels side by side in it (see fixedRowStride); otherwise rowStride, which adds 16 only to a kc
        // that is a multiple of 256, so never below kcMax = 256
        final int fixedStride = aInRows && !aDirect ? fixedRowStride(kr, mcMax, kcMax) : 0;
        final int slot = roundUp(kcMax, 16), groups = fixedStride > 0 ? fixedStride / slot : 1;
        final int kstMax = fixedStride > 0 ? fixedStride : aInRows && kcMax >= 256 ? kcMax + 16 : kcMax;
        float[] ap = ws.apack(aDirect ? mr * kstMax : (roundUp(mcMax, mr) / mr + groups - 1) / groups * mr * kstMax);
        float[] bp = ws.bpack(kcMax * ncMax);
        float[] tile = ws.tile(mr * nr);
        // The steps (jc, pc) in order over [i0, i1) x [j0, j1), or, with chunks, pieces of one column block claimed
        // from the job (see dynamic); B's panel is packed when the step's panel is not the one packed last.
        final int[] piece = ws.piece;
        int jc = j0, nc = 0, pc = 0, rowStart = i0, rowEnd = i1, packedJc = -1, packedNc = -1, packedPc = -1;
        // which block of A ap holds (rows from aIc, aMc rows, from column aPc of A): packed again only when it changes
        int aIc = -1, aMc = -1, aPc = -1;
        while (true) {
            if (chunks != null) {
                if (!chunks.claim(part, parts, fuseB ? 0 : ncBlock, mcBlock / mr, packedJc, packedNc, piece)) {
                    break;
                }
                jc = piece[0];
                nc = piece[1];
                rowStart = piece[2];
                rowEnd = piece[3];
            } else if (jc >= j1) {
                break;
            } else {
                nc = Math.min(ncBlock, j1 - jc);
            }
            int kc = Math.min(kcMax, k - pc);
            float betaEff = pc == 0 ? beta : 1f;
            int kst = fixedStride > 0 ? fixedStride : aInRows ? rowStride(kc) : kc;
            if (!fuseB && (jc != packedJc || nc != packedNc || pc != packedPc)) {
                packB(kr, kc, nc, nr, b, offb + pc * rsb + jc * csb, rsb, csb, bp, 0);
                packedJc = jc;
                packedNc = nc;
                packedPc = pc;
            }
            for (int ic = rowStart; ic < rowEnd; ic += mcBlock) {
                int mc = Math.min(mcBlock, rowEnd - ic);
                int asrc = offa + ic * rsa + pc * csa;
                int mFull = mc / mr * mr;
                if (ic != aIc || mc != aMc || pc != aPc) {
                    if (!aDirect) {
                        packA(kr, mc, kc, kst, mr, a, asrc, rsa, csa, ap, aInRows, groups, slot);
                    } else if (mFull < mc) {
                        packA(kr, mc - mFull, kc, kst, mr, a, asrc + mFull * rsa, rsa, csa, ap, true, 1, 0);
                    }
                    aIc = ic;
                    aMc = mc;
                    aPc = pc;
                }
                for (int jr = 0; jr < nc; jr += nr) {
                    int nrr = Math.min(nr, nc - jr);
                    int boff = jr * kc, bsrc = offb + pc * rsb + (jc + jr) * csb;
                    // A full micro-panel of a row-major B, packed right before its tiles, is packed by the first of
                    // them as it reads it (A in rows; see Kernels.gemmKernelPackB): its strided reads from L2/L3 then
                    // overlap that tile's FMAs instead of running in a loop of their own. Zen 5, one JVM switching
                    // every 0.25 s, 10–14 pairs, one thread: 64x784x256 NN 1.046–1.061 (JDK 25 and 17, either
                    // vCPU), 256x784x256 NN 1.007–1.027, 256x256x128 1.016, 128³ 1.030, 100x300x200 1.037; two
                    // threads 1.072 / 1.051; the training steps 0.995–1.006 (their first layer has no dX). The 6-row
                    // kernel on copied rows (-XX:UseAVX=2, JDK 25 / 17): 64x784x256 NN 1.073 / 1.067, 256x784x256
                    // NN 1.029 / 1.026; the 8-row kernel on copied rows (lda 1024): 256x1024x1024 NN 1.020, 1.021 / 1.008
                    // (the big net's dX), 256x784x1024 1.014, 0.989, 64x784x1024 1.000.
                    boolean packInKernel = fuseB && csb == 1 && nrr == nr && aInRows && mc >= mr;
                    if (fuseB) {
                        if (!packInKernel) {
                            packB(kr, kc, nrr, nr, b, bsrc, rsb, csb, bp, 0);
                        }
                        boff = 0;
                    }
                    for (int ir = 0; ir < mc; ir += mr) {
                        int mrr = Math.min(mr, mc - ir);
                        int coff = offc + (ic + ir) * rsc + (jc + jr) * csc;
                        // Where this micro-panel of A is: packed p-major, packed in rows kst apart, or
                        // read in place (a last partial panel is always packed).
                        boolean packed = !aInRows;
                        float[] ak = ap;
                        int ako = aDirect ? 0 : panel(ir / mr, mr, kst, groups, slot), aks = kst;
                        if (aDirect && mrr == mr) {
                            ak = a;
                            ako = asrc + ir * rsa;
                            aks = rsa;
                        }
                        // Full tiles with alpha 1 and beta 0 or 1 go straight to C, skipping the tile and
                        // the merge (a round trip that costs most when kc is short, as in dW at batch 64).
                        boolean direct = alpha == 1f && csc == 1 && mrr == mr && (betaEff == 0f || betaEff == 1f);
                        if (packInKernel && ir == 0) {
                            // a full tile (mc >= mr) on A's rows, wherever they are
                            if (kr.gemmKernelPackB(kc, ak, ako, aks, b, bsrc, rsb, bp, direct ? c : tile, direct ? coff : 0,
                                    direct ? rsc : nr, direct && betaEff == 1f)) {
                                if (!direct) {
                                    kr.gemmMerge(mr, nr, tile, 0, nr, alpha, betaEff, c, coff, rsc, csc);
                                }
                                continue;
                            }
                            packB(kr, kc, nrr, nr, b, bsrc, rsb, csb, bp, 0); // no such kernel here
                        }
                        if (direct && nrr == nr
                                && kr.gemmKernelTo(kc, ak, ako, aks, packed, bp, boff, c, coff, rsc, betaEff == 1f)) {
                            continue;
                        }
                        // a last micro-panel of at most NR/2 columns: half the tile (a padded A panel's extra rows
                        // are zeros, so partial rows may take it too)
                        if (2 * nrr <= nr) {
                            boolean toC = direct && 2 * nrr == nr;
                            if (kr.gemmKernelHalf(kc, ak, ako, aks, packed, bp, boff, toC ? c : tile, toC ? coff : 0,
                                    toC ? rsc : nr, toC && betaEff == 1f)) {
                                if (!toC) {
                                    kr.gemmMerge(mrr, nrr, tile, 0, nr, alpha, betaEff, c, coff, rsc, csc);
                                }
                                continue;
                            }
                        }
                        if (mrr < mr) {
                            kr.gemmKernelPartial(mrr, kc, ak, ako, aks, packed, bp, boff, tile);
                        } else if (packed) {
                            kr.gemmKernelPacked(kc, ak, ako, bp, boff, tile);
                        } else {
                            kr.gemmKernel(kc, ak, ako, aks, bp, boff, tile);
                        }
                        kr.gemmMerge(mrr, nrr, tile, 0, nr, alpha, betaEff, c, coff, rsc, csc);
                    }
                }
            }
            if (chunks == null) {
                pc += kcMax;
                if (pc >= k) {
                    pc = 0;
                    jc += ncBlock;
                }
            }
        }
    }

    /**
     * A block into micro-panels of MR rows, zero-padded to a multiple of MR. Rows of A contiguous: rows kst apart
     * (kst ≥ kc, see {@link #rowStride}), row i at {@link #panel}(i/MR) + (i%MR)·kst, a plain copy per row.
     * Otherwise (transposed A, contiguous in i): p-major panels, element (i,p) at (i/MR)·MR·kc + p·MR + (i%MR),
     * again a contiguous read per step.
     */
    private static void packA(Kernels kr, int mc, int kc, int kst, int mr, float[] a, int off, int rsa, int csa,
                              float[] ap, boolean inRows, int groups, int slot) {
        int rows = roundUp(mc, mr);
        if (inRows) {
            for (int i = 0; i < mc; i++) {
                System.arraycopy(a, off + i * rsa, ap, panel(i / mr, mr, kst, groups, slot) + i % mr * kst, kc);
            }
            for (int i = mc; i < rows; i++) {
                int d = panel(i / mr, mr, kst, groups, slot) + i % mr * kst;
                java.util.Arrays.fill(ap, d, d + kc, 0f);
            }
            return;
        }
        for (int ir = 0; ir < mc; ir += mr) {
            kr.gemmPackA(kc, Math.min(mr, mc - ir), a, off + ir * rsa, rsa, csa, ap, ir * kc);
        }
    }

    /** B into row-major micro-panels of NR columns: element (p,j) of panel q at q·NR·kc + p·NR + (j%NR). */
    private static void packB(Kernels kr, int kc, int nc, int nr, float[] b, int off, int rsb, int csb,
                              float[] bp, int bpOff) {
        if (csb == 1) {
            // full panels together (rows read across them, see gemmPackBPanels), then a last partial one
            int full = nc / nr * nr;
            kr.gemmPackBPanels(kc, nc / nr, b, off, rsb, bp, bpOff);
            if (full < nc) {
                kr.gemmPackB(kc, nc - full, b, off + full, rsb, bp, bpOff + full * kc);
            }
            return;
        }
        // csb != 1 only for op(B) = Bᵀ (or, on the Cᵀ path, op(A)ᵀ with A untransposed), whose columns are
        // contiguous: rsb == 1 here.
        assert rsb == 1 : rsb;
        for (int jr = 0; jr < nc; jr += nr) {
            kr.gemmPackBT(kc, Math.min(nr, nc - jr), b, off + jr * csb, csb, bp, bpOff + jr * kc);
        }
    }

    /** A row stride (in floats) whose rows spread over L1's sets: not a multiple of 1 KiB. */
    static boolean friendlyStride(int ld) {
        return (ld & 255) != 0;
    }

    /**
     * Whether the rows kernel reads MR rows of A ld floats apart in place (else they are copied). The 6-row kernel
     * needs a friendly stride. The 8-row kernel runs on hosts with 512-bit vectors (Zen 5 here: 48 KiB 12-way L1),
     * where rows 1 or 2 KiB apart share an L1 set 2 or 4 at a time, which costs less than the copy; only rows a
     * multiple of 4 KiB apart (all eight in one set) are copied. Zen 5, one JVM switching every 0.25 s, 14 pairs,
     * one thread, JDK 25 / 17: 256x256x256 NN 1.044 / 1.040, 256x784x256 NN 1.021, 1.011 / 1.016, 1.010, 64x784x256
     * NN 1.023 / 1.016, 512³ 1.013, 1.017 / 1.015, 1.018, 1024x1024x256 1.012; within ±1% at 1024x1024x512,
     * 2048x2048x512, 1536x1536x256, 768³, 1280³, 1536³ (0.995) and 1536x1536x512 (0.993, 0.995); two threads JDK 25
     * 0.996–1.019, JDK 17 0.993–1.032.
     */
    static boolean readInPlace(int mr, int ld) {
        return mr == 8 ? (ld & 1023) != 0 : friendlyStride(ld);
    }

    /**
     * Whether blockedRange reads A in place (packing only a partial last micro-panel): contiguous rows, kept as rows,
     * at a stride the kernel reads in place.
     */
    static boolean aDirect(int mr, boolean aRows, boolean aInRows, int rsa) {
        return aRows && aInRows && readInPlace(mr, rsa);
    }

    /**
     * The K block: k split evenly into blocks of at most KC. A wide B (its KC×NC panel past 2 MiB, packed from
     * L3 or memory) shared by a few hundred rows of A gets shorter blocks, down to KC_MIN, when that lets all of
     * op(A) fit one MC×KC block: B is then packed one micro-panel at a time (fuseB) instead of whole. Paired
     * in-process A/B (JDK 25): 256x3000x1024 NN 1.11×, 256x1024x1024 NN 1.03–1.07×; NT and the training step of
     * 784-1024-1024-10 unchanged (±1%).
     */
    static int kcMax(int m, int n, int k, int mr, boolean longK) {
        int limit = kcLimit(mr, longK);
        int kBlocks = (k + limit - 1) / limit;
        int kc = (k + kBlocks - 1) / kBlocks;
        if (!aFitsOneBlock(m, kc, mr) && (long) kc * Math.min(n, NC) > (1 << 19)) {
            long budget = aBlock(mr);
            int kb = (int) (((long) roundUp(m, mr) * k + budget - 1) / budget);
            int kcFit = (k + kb - 1) / kb;
            if (kcFit >= KC_MIN && aFitsOneBlock(m, kcFit, mr)) {
                return kcFit;
            }
        }
        return kc;
    }

    /** Whether all m rows of op(A), kc deep, fit one MC×KC block (then one row block serves all of A). */
    static boolean aFitsOneBlock(int m, int kc, int mr) {
        return (long) roundUp(m, mr) * kc <= aBlock(mr);
    }

    /** The longest K block for the kernel with mr rows, with or without the 6-row kernel's long K blocks. */
    static int kcLimit(int mr, boolean longK) {
        return mr == 6 && longK ? KC6 : KC;
    }

    /** The row block (MC) for kc-long K blocks: all m rows where they fit one block (fused B), else MC or rowBlock6. */
    static int rowBlock(int m, int kc, int mr) {
        return aFitsOneBlock(m, kc, mr) ? m : mr == 6 ? rowBlock6(kc) : MC;
    }

    /** Rows of a block of A with the 6-row kernel: MC6, fewer where kc is long enough that MC6 rows pass A_BLOCK6. */
    static int rowBlock6(int kc) {
        return (int) Math.max(6, Math.min(MC6, A_BLOCK6 / kc / 6 * 6));
    }

    /** The L2 budget of one block of A, in floats, for the kernel with mr rows. */
    static long aBlock(int mr) {
        return mr == 6 ? A_BLOCK6 : A_BLOCK;
    }

    /**
     * The row stride for rows of A copied in blocks of at most {@code rows} rows and {@code kcMax} columns: the
     * one the rows kernel is compiled for ({@link Kernels#gemmRowStride}), or 0 for the compact stride
     * ({@link #rowStride}). Where the stride has room for several K blocks side by side (kcMax rounded up to 16
     * at most half of it), that many micro-panels share its rows ({@link #panel}): the block takes about the memory of
     * the compact layout (up to 1.5× for K blocks just over a third of it). Otherwise each micro-panel has the stride
     * to itself, which spreads a block over up to 4× the memory: only for blocks of at most FIXED_STRIDE_ROWS rows (256
     * rows of 256 floats, each in a stride of its own, ran at 0.967× the compact layout, 256x784x256 NN, JDK 25,
     * kernel6c against kernel6r).
     *
     * <p>Micro-panels side by side against the compact layout, one JVM switching every 0.25 s, one thread, host in
     * its normal state: JDK 25 256x784x256 NN 1.023×, 256x256x256 NN 1.018×, 512³ 1.012×, 64x784x256 NN 1.006×
     * (that one against its micro-panels each alone in the stride); JDK 17 (kernel6ri before) 256x256x256 NN
     * 1.063×, 256x128x256 NN 1.061×. Two threads: JDK 25 1.017–1.028×, JDK 17 1.04×.
     */
    static int fixedRowStride(Kernels kr, int rows, int kcMax) {
        int stride = kr.gemmRowStride(kcMax);
        return stride > 0 && (2 * roundUp(kcMax, 16) <= stride || rows <= FIXED_STRIDE_ROWS) ? stride : 0;
    }

    static final int FIXED_STRIDE_ROWS = 96;

    /**
     * Where micro-panel q of a row-copied block of A starts: q·MR·kst, or with {@code groups} micro-panels side
     * by side in rows kst apart, the (q % groups)-th slot of the (q / groups)-th group of MR rows.
     */
    static int panel(int q, int mr, int kst, int groups, int slot) {
        return groups == 1 ? q * mr * kst : q / groups * mr * kst + q % groups * slot;
    }

    /**
     * The row stride of A's row panels: kc, or kc + 16 when kc is a multiple of 256 floats, so that the MR rows
     * the kernel reads side by side do not share L1 sets (the reason A with such a leading dimension is copied
     * at all). Paired in-process A/B (JDK 25, kc = 1024): 256x1024x1024 NT 1.04×, NN 1.01×, others ±1%.
     */
    static int rowStride(int kc) {
        return friendlyStride(kc) ? kc : kc + 16;
    }

    static int roundUp(int x, int q) {
        return (x + q - 1) / q * q;
    }
}
