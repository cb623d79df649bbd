package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class PT {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        int rounds = Integer.parseInt(x[3]);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(2);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = i % 7;
        for (int i = 0; i < b.length; i++) b[i] = i % 5;
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            GemmJob.PT[0] = GemmJob.PT[1] = 0;
            long t0 = System.nanoTime(); long reps = 0;
            while (System.nanoTime() - t0 < 500_000_000L) { Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, ws); reps++; }
            double g = 2.0 * m * n * k * reps / (System.nanoTime() - t0);
            // per-thread speed: its share of the flops over its busy time
            double g0 = m * (double) n * k / (GemmJob.PT[0] / (double) reps), g1 = m * (double) n * k / (GemmJob.PT[1] / (double) reps);
            sb.append(String.format("%.0f[%.0f|%.0f] ", g, g0, g1));
        }
        System.out.println(sb);
    }
}
