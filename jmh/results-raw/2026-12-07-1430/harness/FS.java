import io.vectorprop.gemm.*;
/** 2-thread sgemm with C at offsets 0..15 floats (where the threads' column boundary falls within a cache line), medians */
public class FS {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int rounds = Integer.parseInt(x[4]);
        io.vectorprop.VectorProp.setThreads(2);
        GemmWorkspace ws = new GemmWorkspace(2);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n + 16];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        double[][] g = new double[16][rounds];
        for (int r = 0; r < rounds; r++) for (int off = 0; off < 16; off++) {
            long t0 = System.nanoTime(); int reps = 0;
            while (System.nanoTime() - t0 < 100_000_000L) { Gemm.sgemm(ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, off, n, ws); reps++; }
            g[off][r] = 2.0 * m * n * k * reps / (System.nanoTime() - t0);
        }
        StringBuilder sb = new StringBuilder(m + "x" + n + "x" + k + " " + x[3] + " 2t by C offset:");
        for (int off = 0; off < 16; off++) { double[] q = java.util.Arrays.copyOfRange(g[off], 2, rounds); java.util.Arrays.sort(q); sb.append(String.format(" %d:%.0f", off, q[q.length / 2])); }
        System.out.println(sb);
    }
}
