package io.vectorprop.internal.vector;
/** 6-row kernels alone on L1/L2-resident data, variants alternated. args: kc rounds ars variants(comma list: ri,rj,rk,r,p,c) */
public class KR {
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]), rounds = Integer.parseInt(x[1]), ars = Integer.parseInt(x[2]);
        String[] vs = x[3].split(",");
        float[] a = new float[6 * Math.max(ars, 1040) + kc * 6 + 64], b = new float[kc * 16], t = new float[6 * 16];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) * 1e-3f;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) * 1e-3f;
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < vs.length; v++) {
                long t0 = System.nanoTime(); long it = 0;
                while (System.nanoTime() - t0 < 250_000_000L) {
                    for (int q = 0; q < 100; q++) run(vs[v], kc, a, ars, b, t);
                    it += 100;
                }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", it * (double) kc * 192 / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(String.join("/", vs) + ": " + sb + " t=" + t[0]);
    }
    static void run(String v, int kc, float[] a, int ars, float[] b, float[] t) {
        switch (v) {
            case "ri": GemmKernels.kernel6ri(kc, a, 0, ars, b, 0, t, 0, 16, false); break;
            case "r": GemmKernels.kernel6r(kc, a, 0, ars, b, 0, t, 0, 16, false); break;
            case "p": GemmKernels.kernel6p(kc, a, 0, b, 0, t, 0, 16, false); break;
            case "c": GemmKernels.kernel6c(kc, a, 0, b, 0, t, 0, 16, false); break;
            default: GemmKernels.variant(v, kc, a, 0, ars, b, 0, t, 0, 16, false);
        }
    }
}
