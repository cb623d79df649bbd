package io.vectorprop.gemm;
import io.vectorprop.internal.*;
/** Lists the shapes whose two-thread split direction differs with GemmEngine.XS off and on (AUTO split). */
public class SPL {
    public static void main(String[] x) {
        Kernels kr = KernelProvider.simdOrThrow();
        int[] d = {10, 32, 64, 100, 128, 256, 300, 512, 784, 1024, 2048};
        int nr = kr.gemmNR(), mr = kr.gemmMR(); int diff = 0, all = 0;
        for (String tt : new String[] {"NN", "NT", "TN", "TT"})
        for (int m : d) for (int n : d) for (int k : d) {
            if ((long) m * n * k < GemmEngine.PARALLEL_MIN_MACS || (long) m * n * k > 1L << 31) continue;
            boolean ta = tt.charAt(0) == 'T', tb = tt.charAt(1) == 'T';
            int lda = ta ? m : k, ldb = tb ? k : n;
            int rsa = ta ? 1 : lda, csa = ta ? lda : 1, rsb = tb ? 1 : ldb, csb = tb ? ldb : 1;
            int M = m, N = n, rA = rsa, cA = csa;
            if (csb != 1 && (rsa == 1 || GemmEngine.transposedCPays(m, n, k, nr))) { M = n; N = m; rA = csb; cA = rsb; }
            int mp = (M + mr - 1) / mr, np = (N + nr - 1) / nr;
            GemmEngine.XS = false;
            boolean a = GemmEngine.splitColumns(mp, np, 2, false, false, GemmEngine.columnsPassAOnce(kr, M, N, k, rA, cA, 2));
            GemmEngine.XS = true;
            boolean b = GemmEngine.splitColumns(mp, np, 2, false, false, GemmEngine.columnsPassAOnce(kr, M, N, k, rA, cA, 2));
            all++;
            if (a != b) { diff++; System.out.println(m + "x" + n + "x" + k + " " + tt + (M != m ? " (Ct)" : "") + " " + (a ? "cols" : "rows") + " -> " + (b ? "cols" : "rows")); }
        }
        System.out.println(diff + " of " + all);
    }
}
