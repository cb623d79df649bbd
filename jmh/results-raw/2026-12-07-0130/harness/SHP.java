package io.vectorprop.gemm;
import io.vectorprop.internal.*;
/** args: rounds threads sampleMs m,n,k ... ; round-robin over shapes (NN), one line per round */
public class SHP {
    public static void main(String[] x) {
        int secs = Integer.parseInt(x[0]); int th = Integer.parseInt(x[1]); long samp = Long.parseLong(x[2]) * 1_000_000L;
        int nv = x.length - 3; int[][] s = new int[nv][];
        float[][][] d = new float[nv][][];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int v = 0; v < nv; v++) {
            String[] p = x[3 + v].split(",");
            s[v] = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
            int m = s[v][0], n = s[v][1], k = s[v][2];
            d[v] = new float[][] {new float[m * k], new float[k * n], new float[m * n]};
            for (int i = 0; i < d[v][0].length; i++) d[v][0][i] = (float) rnd.nextDouble();
            for (int i = 0; i < d[v][1].length; i++) d[v][1][i] = (float) rnd.nextDouble();
        }
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th);
        for (int r = 0; r < secs; r++) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < nv; v++) {
                int m = s[v][0], n = s[v][1], k = s[v][2];
                long t0 = System.nanoTime(); long reps = 0;
                while (System.nanoTime() - t0 < samp) { Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, d[v][0], 0, k, d[v][1], 0, n, 0f, d[v][2], 0, n, ws); reps++; }
                sb.append(String.format("%.1f ", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            System.out.println(sb.toString().trim());
        }
    }
}
