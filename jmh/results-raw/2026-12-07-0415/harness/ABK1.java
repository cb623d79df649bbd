package io.vectorprop.gemm;
import io.vectorprop.internal.*;
/** args: m n k TT secs threads sampleMs kcA mcA kcB mcB  (GemmEngine.XKC/XMC per variant) */
public class ABK1 {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        Transpose ta = Transpose.valueOf(x[3].substring(0, 1)), tb = Transpose.valueOf(x[3].substring(1, 2));
        int secs = Integer.parseInt(x[4]); int th = Integer.parseInt(x[5]); long samp = Long.parseLong(x[6]) * 1_000_000L;
        int[] kc = {Integer.parseInt(x[7]), Integer.parseInt(x[9])}, mc = {Integer.parseInt(x[8]), Integer.parseInt(x[10])};
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(th);
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextDouble();
        for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextDouble();
        int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : n;
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                GemmEngine.K1 = v == 1;
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < samp) { Gemm.sgemm(kr, ta, tb, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n, ws); reps++; }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }
}
