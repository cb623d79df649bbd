package io.vectorprop.testing;

/** Deliberately naive oracles: straight formulas, accumulation in double. */
public final class Naive {
    private Naive() {}

    /** Element (i,p) of op(A) for a row-major array. */
    public static float at(float[] a, int off, int ld, boolean trans, int i, int p) {
        return trans ? a[off + p * ld + i] : a[off + i * ld + p];
    }

    /** Row-major C = alpha·op(A)·op(B) + beta·C by triple loops in double; also returns Σ|a||b| per element in absSum. */
    public static void sgemm(boolean ta, boolean tb, int m, int n, int k, float alpha,
                             float[] a, int offa, int lda, float[] b, int offb, int ldb,
                             float beta, float[] c, int offc, int ldc, double[] absSum) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0, abs = 0;
                for (int p = 0; p < k; p++) {
                    double x = at(a, offa, lda, ta, i, p), y = at(b, offb, ldb, tb, p, j);
                    s += x * y;
                    abs += Math.abs(x * y);
                }
                int idx = offc + i * ldc + j;
                double r = alpha * s + (beta == 0f ? 0 : beta * (double) c[idx]);
                if (alpha == 0f) {
                    r = beta == 0f ? 0 : beta * (double) c[idx];
                }
                if (absSum != null) {
                    absSum[i * n + j] = Math.abs(alpha) * abs + (beta == 0f ? 0 : Math.abs(beta * (double) c[idx]));
                }
                c[idx] = (float) r;
            }
        }
    }
}
