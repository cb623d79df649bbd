package io.vectorprop.internal.vector;
public class KRH {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]); int v = Integer.parseInt(x[1]);
        int ars = kc + 16;
        float[] a = new float[6 * ars + 64], b = new float[kc * 16 + 64], t = new float[6 * 16 * 4];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 0.01f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 0.01f;
        double[] r = new double[12];
        for (int rep = 0; rep < 12; rep++) {
            long n = 2_000_000_000L / (kc * 192);
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                switch (v) {
                    case 3: KR.v3(kc, a, 0, ars, b, 0, t, 0, 16, true); break;
                    case 4: GemmKernels.kernel6(kc, a, 0, ars, 1, b, 0, t); break;
                    default: GemmKernels.kernel6r(kc, a, 0, ars, b, 0, t, 0, 16, true);
                }
            }
            r[rep] = n * 192.0 * kc / (System.nanoTime() - t0);
        }
        double[] s = java.util.Arrays.copyOfRange(r, 4, 12); java.util.Arrays.sort(s);
        System.out.printf("v%d kc=%d median %.1f GFLOP/s (t=%s)%n", v, kc, s[4], t[5]);
    }
}
