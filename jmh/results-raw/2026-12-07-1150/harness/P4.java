package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class P4 {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int th = Integer.parseInt(x[4]); int secs = Integer.parseInt(x[5]);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < secs * 2; q++) {
            long s = System.nanoTime(); int reps = 0;
            while (System.nanoTime() - s < 500_000_000L) { Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
            sb.append(String.format("%.0f ", 2.0 * m * n * k * reps / (System.nanoTime() - s)));
        }
        System.out.println(sb);
    }
}
