package io.vectorprop.internal.vector;
public class KH {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]); boolean packed = x.length > 1 && x[1].equals("p");
        int ars = kc + 16;
        float[] a = new float[6 * ars + 64], b = new float[kc * 16 + 64], t = new float[6 * 16 * 4];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 0.01f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 0.01f;
        for (int rep = 0; rep < 12; rep++) {
            long n = 2_000_000_000L / (kc * 192);
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                if (packed) GemmKernels.kernel6p(kc, a, 0, b, 0, t, 0, 16, true);
                else GemmKernels.kernel6r(kc, a, 0, ars, b, 0, t, 0, 16, true);
            }
            long dt = System.nanoTime() - t0;
            System.out.printf("%s kc=%d %.1f GFLOP/s%n", packed ? "p" : "r", kc, n * 192.0 * kc / dt);
        }
        System.out.println(t[3]);
    }
}
