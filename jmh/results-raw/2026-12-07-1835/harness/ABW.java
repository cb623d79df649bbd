package io.vectorprop.gemm;
/** One GEMM shape on a workspace with split AUTO (off) and one with -Dsplit (on), alternated every -Dsamp ms; pairs for r.py. Args: m n k TT pairs threads. */
public class ABW {
    public static void main(String[] x) throws Exception {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int secs = Integer.parseInt(x[4]), th = Integer.parseInt(x[5]);
        long samp = Long.getLong("samp", 250) * 1_000_000L;
        io.vectorprop.VectorProp.setThreads(Math.max(th, 1));
        GemmWorkspace w0 = new GemmWorkspace(th), w1 = new GemmWorkspace(th);
        w1.setSplit(GemmWorkspace.Split.valueOf(System.getProperty("split", "COLUMNS")));
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n], c1 = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c1, 0, n, w0);
        Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, w1);
        if (!java.util.Arrays.equals(c, c1)) throw new AssertionError("differs");
        StringBuilder sb = new StringBuilder("x/x x/x ");
        for (int s = 0; s < secs + 4; s++) {
            for (int v = 0; v < 2; v++) {
                GemmWorkspace ws = v == 0 ? w0 : w1;
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < samp) { Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
                if (s >= 4) sb.append(v == 0 ? "" : "/").append(String.format("%.1f", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            if (s >= 4) sb.append(' ');
        }
        System.out.println(sb);
    }
}
