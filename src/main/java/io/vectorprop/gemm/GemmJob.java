package io.vectorprop.gemm;

import io.vectorprop.internal.Kernels;
import io.vectorprop.internal.Team;

/**
 * One parallel blocked GEMM, described in fields that its workspace keeps (no allocation per call): part p of
 * P takes the p-th contiguous run of NR-wide column panels (or MR-high row panels) of C, with part p's packing
 * buffers.
 */
final class GemmJob implements Team.Job {
    private final GemmWorkspace ws;
    private Kernels kr;
    private int m, n, k, offa, rsa, csa, offb, rsb, csb, offc, rsc, csc;
    private float alpha, beta;
    private float[] a, b, c;
    private boolean splitN;

    GemmJob(GemmWorkspace ws) {
        this.ws = ws;
    }

    void set(Kernels kr, int m, int n, int k, float alpha, float[] a, int offa, int rsa, int csa,
             float[] b, int offb, int rsb, int csb, float beta, float[] c, int offc, int rsc, int csc, boolean splitN) {
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
        int i0 = 0, i1 = m, j0 = 0, j1 = n;
        if (parts > 1) {
            int q = splitN ? kr.gemmNR() : kr.gemmMR();
            int units = ((splitN ? n : m) + q - 1) / q;
            int lo = Math.min(splitN ? n : m, (int) ((long) units * part / parts) * q);
            int hi = Math.min(splitN ? n : m, (int) ((long) units * (part + 1) / parts) * q);
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
                beta, c, offc, rsc, csc, i0, i1, j0, j1);
    }
}
