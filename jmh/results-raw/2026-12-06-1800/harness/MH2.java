package io.vectorprop.internal.vector;
// macro-kernel with a large C: A block mc x kc (rows, stride kst), B panel kc x nc, C (blocks*mc) x nc, acc flag
public class MH2 {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]), mc = Integer.parseInt(x[1]), nc = Integer.parseInt(x[2]), blocks = Integer.parseInt(x[3]);
        boolean acc = x.length > 4 && x[4].equals("acc");
        int kst = (kc & 255) == 0 ? kc + 16 : kc;
        float[] a = new float[mc * kst], b = new float[kc * nc], c = new float[blocks * mc * nc];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 0.01f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 0.01f;
        double best = 0; double[] all = new double[15];
        for (int rep = 0; rep < 15; rep++) {
            long n = Math.max(1, 3_000_000_000L / ((long) kc * mc * nc * 2 * blocks));
            long t0 = System.nanoTime();
            for (long it = 0; it < n; it++) {
                for (int ic = 0; ic < blocks; ic++)
                    for (int jr = 0; jr < nc; jr += 16)
                        for (int ir = 0; ir < mc; ir += 6)
                            GemmKernels.kernel6r(kc, a, ir * kst, kst, b, jr * kc, c, (ic * mc + ir) * nc + jr, nc, acc);
            }
            long dt = System.nanoTime() - t0;
            all[rep] = n * 2.0 * kc * mc * nc * blocks / dt;
        }
        double[] s = java.util.Arrays.copyOfRange(all, 5, 15); java.util.Arrays.sort(s);
        System.out.printf("kc=%d mc=%d nc=%d blocks=%d acc=%s median %.1f GFLOP/s%n", kc, mc, nc, blocks, acc, s[5]);
    }
}
