import jdk.incubator.vector.*;
public class PB {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_256; static final int L = 8, NR = 16;
    // current: panel by panel
    static void byPanel(int kc, int nc, float[] b, int ldb, float[] bp) {
        for (int jr = 0; jr < nc; jr += NR) {
            int dst = jr * kc;
            for (int p = 0; p < kc; p++) {
                int s = jr + p * ldb, d = dst + p * NR;
                FloatVector.fromArray(S, b, s).intoArray(bp, d);
                FloatVector.fromArray(S, b, s + L).intoArray(bp, d + L);
            }
        }
    }
    // row order: for a group of rows, all panels
    static void byRows(int kc, int nc, float[] b, int ldb, float[] bp, int rows) {
        for (int p0 = 0; p0 < kc; p0 += rows) {
            int pe = Math.min(kc, p0 + rows);
            for (int jr = 0; jr < nc; jr += NR) {
                int dst = jr * kc;
                for (int p = p0; p < pe; p++) {
                    int s = jr + p * ldb, d = dst + p * NR;
                    FloatVector.fromArray(S, b, s).intoArray(bp, d);
                    FloatVector.fromArray(S, b, s + L).intoArray(bp, d + L);
                }
            }
        }
    }
    public static void main(String[] x) {
        int kc = Integer.parseInt(x[0]), nc = Integer.parseInt(x[1]);
        float[] b = new float[kc * nc], bp = new float[kc * nc];
        float[][] flush = new float[4][];
        for (int i = 0; i < b.length; i++) b[i] = i;
        for (int rep = 0; rep < 12; rep++) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < 5; v++) {
                int rows = new int[]{0, 4, 16, 64, 8}[v];
                long best = Long.MAX_VALUE, tot = 0; int n = 200;
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    if (rows == 0) byPanel(kc, nc, b, nc, bp); else byRows(kc, nc, b, nc, bp, rows);
                    long t = System.nanoTime() - t0; tot += t;
                }
                sb.append(String.format("%s=%.1fus ", rows == 0 ? "panel" : "rows" + rows, tot / 1e3 / n));
            }
            if (rep >= 8) System.out.println(sb);
        }
    }
}
