package io.vectorprop.internal.vector;
/** kernel6r (rows 2064 apart, run-time) / kernel6s (rows 2064 apart, constant; loop on B) / kernel6p (p-major), alone, alternated */
public class K3b {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]), rounds = Integer.parseInt(x[1]);
        float[] a = new float[6 * 2064 + kc], ap = new float[6 * kc], b = new float[kc * 16], t = new float[6 * 16];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 1e-3f;
        for (int i = 0; i < ap.length; i++) ap[i] = (i % 7) * 1e-3f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 1e-3f;
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < 3; v++) {
                long t0 = System.nanoTime(); long it = 0;
                while (System.nanoTime() - t0 < 250_000_000L) {
                    for (int q = 0; q < 100; q++) {
                        if (v == 0) GemmKernels.kernel6r(kc, a, 0, 1040, b, 0, t, 0, 16, false);
                        else if (v == 1) GemmKernels.kernel6s(kc, a, 0, b, 0, t, 0, 16, false);
                        else GemmKernels.kernel6p(kc, ap, 0, b, 0, t, 0, 16, false);
                    }
                    it += 100;
                }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", it * (double) kc * 192 / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(sb + " t=" + t[0]);
    }
}
