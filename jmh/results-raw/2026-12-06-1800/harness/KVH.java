package io.vectorprop.internal.vector;
public class KVH {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]); int v = Integer.parseInt(x[1]);
        float[] a = new float[6 * kc + 64], b = new float[kc * 16 + 64], t = new float[6 * 16 * 4];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 0.01f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 0.01f;
        double[] r = new double[12];
        for (int rep = 0; rep < 12; rep++) {
            long n = 2_000_000_000L / (kc * 192);
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                switch (v) {
                    case 0: KV.v0(kc, a, 0, b, 0, t, 0, 16, true); break;
                    case 1: KV.v1(kc, a, 0, b, 0, t, 0, 16, true); break;
                    case 2: KV.v2(kc, a, 0, b, 0, t, 0, 16, true); break;
                    default: GemmKernels.kernel6p(kc, a, 0, b, 0, t, 0, 16, true);
                }
            }
            r[rep] = n * 192.0 * kc / (System.nanoTime() - t0);
        }
        double[] s = java.util.Arrays.copyOfRange(r, 4, 12); java.util.Arrays.sort(s);
        System.out.printf("v%d kc=%d median %.1f GFLOP/s (t=%s)%n", v, kc, s[4], t[5]);
    }
}
