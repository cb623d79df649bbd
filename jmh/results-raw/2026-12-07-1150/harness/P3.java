package io.vectorprop.gemm;
import io.vectorprop.internal.*;
/** One shape, one thread count: warm up, then the median GFLOP/s of fixed-length samples (one line). */
public class P3 {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int th = Integer.parseInt(x[4]); long warm = Long.parseLong(x[5]) * 1_000_000L, meas = Long.parseLong(x[6]) * 1_000_000L, samp = Long.parseLong(x[7]) * 1_000_000L;
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < warm) Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        java.util.ArrayList<Double> r = new java.util.ArrayList<>();
        long start = System.nanoTime();
        while (System.nanoTime() - start < meas) {
            long s = System.nanoTime(); int reps = 0;
            while (System.nanoTime() - s < samp) { Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
            r.add(2.0 * m * n * k * reps / (System.nanoTime() - s));
        }
        java.util.Collections.sort(r);
        System.out.printf("%.1f%n", r.get(r.size() / 2));
    }
}
