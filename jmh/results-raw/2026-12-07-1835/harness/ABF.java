package io.vectorprop.gemm;
/**
 * One GEMM shape with a static boolean switch of an experiment build off and on, alternated every 0.25 s; prints pairs
 * (off/on GFLOP/s) for r.py and checks that both give the same bits. -Dab.field=Class.FIELD names the switch (package
 * io.vectorprop.gemm): GemmEngine.XK (the kernel8b experiment), GemmEngine.XN (next-panel-in-kernel-not-kept.patch),
 * Gemm.X6 (the kernel6cb experiment); -Dempty=true skips the bit checks (XN's timing-only variant).
 * Args: m n k TT seconds threads.
 */
public class ABF {
    public static void main(String[] x) throws Exception {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int secs = Integer.parseInt(x[4]), th = Integer.parseInt(x[5]);
        String name = System.getProperty("ab.field", "GemmEngine.XK");
        java.lang.reflect.Field f = Class.forName("io.vectorprop.gemm." + name.substring(0, name.indexOf('.')))
                .getDeclaredField(name.substring(name.indexOf('.') + 1));
        f.setAccessible(true);
        boolean check = !Boolean.getBoolean("empty");
        io.vectorprop.VectorProp.setThreads(Math.max(th, 1));
        GemmWorkspace ws = new GemmWorkspace(th);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n], c1 = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        f.setBoolean(null, false);
        Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c1, 0, n, ws);
        f.setBoolean(null, true);
        Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        if (check && !java.util.Arrays.equals(c, c1)) throw new AssertionError("differs");
        StringBuilder sb = new StringBuilder("x/x x/x ");
        for (int s = 0; s < secs + 2; s++) {
            for (int v = 0; v < 2; v++) {
                f.setBoolean(null, v == 1);
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < Long.getLong("samp", 250) * 1_000_000L) { Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
                if (s >= 2) sb.append(v == 0 ? "" : "/").append(String.format("%.1f", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            if (s >= 2) sb.append(' ');
        }
        if (check && !java.util.Arrays.equals(c, c1)) throw new AssertionError("differs at end");
        System.out.println(sb);
    }
}
