package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class ABX {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int secs = Integer.parseInt(x[4]); int th = Integer.parseInt(x[5]);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th), w1 = new GemmWorkspace(1);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n], c1 = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c1, 0, n, w1);
        Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        if (!java.util.Arrays.equals(c, c1)) throw new AssertionError("differs");
        io.vectorprop.internal.vector.SimdKernels.XR = 1; Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws);
        if (!java.util.Arrays.equals(c, c1)) throw new AssertionError("differs with XR");
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                io.vectorprop.internal.vector.SimdKernels.XR = v == 1 ? Integer.getInteger("xr", 1) : 0;
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < 250_000_000L) { Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        if (Integer.getInteger("xr",1)!=2 && !java.util.Arrays.equals(c, c1)) throw new AssertionError("differs");
        System.out.println(sb);
    }
}
