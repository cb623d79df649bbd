package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class PS {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        int th = Integer.parseInt(x[3]), secs = Integer.parseInt(x[4]);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            long t0 = System.nanoTime(); int reps = 0;
            while (System.nanoTime() - t0 < 500_000_000L) { Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, ws); reps++; }
            sb.append(String.format("%.0f ", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
        }
        System.out.println(sb);
    }
}
