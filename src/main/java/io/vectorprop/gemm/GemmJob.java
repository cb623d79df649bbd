package io.vectorprop.gemm;

import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.Team;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One parallel blocked GEMM, described in fields that its workspace keeps (no allocation per call): part p of
 * P takes the p-th contiguous run of NR-wide column panels (or MR-high row panels) of C, with part p's packing
 * buffers. In a dynamic job ({@link GemmEngine#dynamic}) part p claims its range piece by piece from the front, and
 * a part that has finished its own takes pieces from the back of the others' (see {@link #claim}).
 */
final class GemmJob implements Team.Job {
    private final GemmWorkspace ws;
    private Kernels kr;
    private int m, n, k, offa, rsa, csa, offb, rsb, csb, offc, rsc, csc;
    private float alpha, beta;
    private float[] a, b, c;
    private boolean splitN, dynamic;

    GemmJob(GemmWorkspace ws) {
        this.ws = ws;
    }

    void set(Kernels kr, int m, int n, int k, float alpha, float[] a, int offa, int rsa, int csa,
             float[] b, int offb, int rsb, int csb, float beta, float[] c, int offc, int rsc, int csc, boolean splitN,
             boolean dynamic, int maxParts) {
        this.kr = kr;
        this.m = m;
        this.n = n;
        this.k = k;
        this.alpha = alpha;
        this.a = a;
        this.offa = offa;
        this.rsa = rsa;
        this.csa = csa;
        this.b = b;
        this.offb = offb;
        this.rsb = rsb;
        this.csb = csb;
        this.beta = beta;
        this.c = c;
        this.offc = offc;
        this.rsc = rsc;
        this.csc = csc;
        this.splitN = splitN;
        this.dynamic = dynamic;
        for (int p = 0; p < maxParts; p++) {
            ws.part(p).cursor.set(0);
        }
    }

    /** Whether the last parallel call claimed its pieces at run time; for tests. */
    boolean dynamic() {
        return dynamic;
    }

    /** Whether the last parallel call split C's columns (false: rows); for tests. */
    boolean splitN() {
        return splitN;
    }

    /** Drops the references to the caller's arrays (a workspace must not keep them alive). */
    void clear() {
        a = b = c = null;
    }

    @Override
    public void run(int part, int parts) {
        if (dynamic && parts > 1) {
            GemmEngine.blockedRange(kr, ws.part(part), m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb,
                    beta, c, offc, rsc, csc, 0, m, 0, n, this, part, parts);
            return;
        }
        int i0 = 0, i1 = m, j0 = 0, j1 = n;
        if (parts > 1) {
            int lo = bound(part, parts), hi = bound(part + 1, parts);
            if (lo >= hi) {
                return;
            }
            if (splitN) {
                j0 = lo;
                j1 = hi;
            } else {
                i0 = lo;
                i1 = hi;
            }
        }
        GemmEngine.blockedRange(kr, ws.part(part), m, n, k, alpha, a, offa, rsa, csa, b, offb, rsb, csb,
                beta, c, offc, rsc, csc, i0, i1, j0, j1, null, 0, 1);
    }

    /** Where part p's range starts along the split dimension: the p-th of parts equal runs of micro-panels. */
    private int bound(int p, int parts) {
        int q = splitN ? kr.gemmNR() : kr.gemmMR(), len = splitN ? n : m;
        int units = (len + q - 1) / q;
        return Math.min(len, (int) ((long) units * p / parts) * q);
    }

    /**
     * Claims the next piece for part {@code self}: from the front of its own range, then from the back of another
     * part's. A range is counted in units of one micro-panel of rows (MR) within one column block (nb columns), column
     * block major, so that its owner's pieces come in the static loop order (one row block, {@code rowPanels}
     * micro-panels, at a time); with nb = 0 (B packed a micro-panel at a time, columns split) in column micro-panels
     * (NR) of all rows, {@link #COLUMN_PIECE} at a time. A piece taken from the back is half the owner's; where its
     * column block is not the one the taker has packed ({@code heldJc}, {@code heldNc}), it is taken only if at least
     * two such pieces are left (packing a panel of B for less does not pay). Writes the piece's column block and rows
     * to {@code out} (jc, nc, first row, end row) and returns false when no part has a piece left for this one.
     */
    boolean claim(int self, int parts, int nb, int rowPanels, int heldJc, int heldNc, int[] out) {
        int own = nb == 0 ? COLUMN_PIECE : rowPanels;
        if (take(self, parts, nb, own, true, heldJc, heldNc, out)) {
            return true;
        }
        int steal = Math.max(1, own / 2);
        for (int d = 1; d < parts; d++) {
            if (take((self + d) % parts, parts, nb, steal, false, heldJc, heldNc, out)) {
                return true;
            }
        }
        return false;
    }

    /** Micro-panels of columns in a piece where B is packed one micro-panel at a time (nb = 0 in claim). */
    static final int COLUMN_PIECE = 4;

    private boolean take(int p, int parts, int nb, int size, boolean front, int heldJc, int heldNc, int[] out) {
        int mr = kr.gemmMR(), nr = kr.gemmNR(), lo = bound(p, parts), hi = bound(p + 1, parts);
        if (lo >= hi) {
            return false;
        }
        int i0 = splitN ? 0 : lo, i1 = splitN ? m : hi, j0 = splitN ? lo : 0, j1 = splitN ? hi : n;
        // B packed a micro-panel at a time (nb = 0, columns split): units are the range's column micro-panels, all rows
        // each, in one block (B holds nothing to repack); otherwise micro-panels of rows per column block of nb
        boolean columns = nb == 0;
        assert !columns || splitN;
        long inner = columns ? (j1 - j0 + nr - 1) / nr : (i1 - i0 + mr - 1) / mr;
        long count = columns ? inner : inner * ((j1 - j0 + nb - 1) / nb);
        AtomicLong cursor = ws.part(p).cursor;   // units taken from the front (high half) and from the back (low)
        while (true) {
            long x = cursor.get(), f = x >>> 32, bk = x & 0xFFFF_FFFFL, left = count - f - bk;
            if (left <= 0) {
                return false;
            }
            long s, e;
            if (front) {
                s = f;
                e = Math.min(Math.min(f + size, (f / inner + 1) * inner), count - bk);
            } else {
                e = count - bk;
                s = Math.max(Math.max(e - size, (e - 1) / inner * inner), f);
            }
            int jc = columns ? j0 + (int) s * nr : j0 + (int) (s / inner) * nb;
            int nc = columns ? Math.min(j1, j0 + (int) e * nr) - jc : Math.min(nb, j1 - jc);
            if (!columns && !front && (jc != heldJc || nc != heldNc) && left < 2 * size) {
                return false;
            }
            if (cursor.compareAndSet(x, front ? e << 32 | bk : f << 32 | (count - s))) {
                out[0] = jc;
                out[1] = nc;
                out[2] = columns ? i0 : i0 + (int) (s % inner) * mr;
                out[3] = columns ? i1 : Math.min(i1, i0 + (int) ((e - 1) % inner + 1) * mr);
                return true;
            }
        }
    }
}
