package io.vectorprop.internal;

/**
 * The fast scalar implementation: the same blocked algorithms as the SIMD one, with inner loops
 * written so that C2 can auto-vectorize them where it is on. It is also the scalar tail of the
 * SIMD kernels, so each operation has one source of truth for its last partial vector.
 */
public class ScalarKernels extends Kernels {
    static final ScalarKernels INSTANCE = new ScalarKernels();

    private static final int MR = 4;
    private static final int NR = 16;

    protected ScalarKernels() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int vectorBits() {
        return 0;
    }

    @Override
    public int gemmMR() {
        return MR;
    }

    @Override
    public int gemmNR() {
        return NR;
    }

    @Override
    public void gemmKernel(int kc, float[] a, int aoff, int ars, float[] bp, int boff, float[] t) {
        // Row by row: the j loop is a contiguous saxpy that C2 vectorizes by itself.
        for (int i = 0; i < MR; i++) {
            int ti = i * NR;
            for (int j = 0; j < NR; j++) {
                t[ti + j] = 0f;
            }
            int ai = aoff + i * ars;
            for (int p = 0; p < kc; p++) {
                float aip = a[ai + p];
                int bj = boff + p * NR;
                for (int j = 0; j < NR; j++) {
                    t[ti + j] += aip * bp[bj + j];
                }
            }
        }
    }

    @Override
    public void gemmKernelPacked(int kc, float[] ap, int aoff, float[] bp, int boff, float[] t) {
        java.util.Arrays.fill(t, 0, MR * NR, 0f);
        for (int p = 0; p < kc; p++) {
            int bj = boff + p * NR, ai = aoff + p * MR;
            for (int i = 0; i < MR; i++) {
                float aip = ap[ai + i];
                int ti = i * NR;
                for (int j = 0; j < NR; j++) {
                    t[ti + j] += aip * bp[bj + j];
                }
            }
        }
    }

    // ---- scalar math: computed in double, rounded once, so the fallback is within 1 ulp ----

    // Same formulas as the vector kernels (see VectorMath), in double: e = exp(−|y|), d = 1 + e,
    // σ(y) = y ≥ 0 ? 1/d : e/d, σ(y)(1−σ(y)) = e/d², 1 + tanh z = 2σ(2z), 1 − tanh² z = 4σ(2z)σ(−2z).

    static double sigmoidD(double y) {
        double e = Math.exp(-Math.abs(y));
        return (y >= 0 ? 1.0 : e) / (1.0 + e);
    }

    static double sigmoidSlopeD(double y) {
        double e = Math.exp(-Math.abs(y)), d = 1.0 + e;
        return e / (d * d);
    }

    public static float sigmoid(float x) {
        return (float) sigmoidD(x);
    }

    static final double GELU_C = Math.sqrt(2.0 / Math.PI), GELU_K = 0.044715;

    static double geluZ2(double x) {
        return 2 * GELU_C * (x + GELU_K * x * x * x);
    }

    public static float gelu(float x) {
        return (float) (x * sigmoidD(geluZ2(x)));
    }

    public static float geluDerivative(float x) {
        double d = x, z2 = geluZ2(d);
        return (float) (sigmoidD(z2) + 2 * d * sigmoidSlopeD(z2) * GELU_C * (1 + 3 * GELU_K * d * d));
    }

    public static float softplus(float x) {
        double d = x;
        return (float) (Math.max(d, 0.0) + Math.log1p(Math.exp(-Math.abs(d))));
    }

    public static float activation(int kind, float slope, float x) {
        switch (kind) {
            case IDENTITY: return x;
            case RELU: return Math.max(x, 0f);
            case LEAKY_RELU: return x > 0f ? x : x * slope;
            case SIGMOID: return sigmoid(x);
            case TANH: return (float) Math.tanh(x);
            case GELU: return gelu(x);
            case SILU: return (float) (x * sigmoidD(x));
            case SOFTPLUS: return softplus(x);
            default: throw new IllegalArgumentException("activation kind " + kind);
        }
    }

    public static float derivative(int kind, float slope, float x) {
        switch (kind) {
            case IDENTITY: return 1f;
            case RELU: return x > 0f ? 1f : 0f;
            case LEAKY_RELU: return x > 0f ? 1f : slope;
            case SIGMOID: return (float) sigmoidSlopeD(x);
            case TANH: return (float) (4 * sigmoidSlopeD(2.0 * x));
            case GELU: return geluDerivative(x);
            case SILU: return (float) (sigmoidD(x) + x * sigmoidSlopeD(x));
            case SOFTPLUS: return sigmoid(x);
            default: throw new IllegalArgumentException("activation kind " + kind);
        }
    }

    public static float derivativeFromOutput(int kind, float slope, float h) {
        switch (kind) {
            case IDENTITY: return 1f;
            case RELU: return h > 0f ? 1f : 0f;
            case LEAKY_RELU: return h > 0f ? 1f : slope;
            case SIGMOID: return h * (1f - h);
            case TANH: return 1f - h * h;
            default: throw new IllegalArgumentException("activation kind " + kind + " has no derivative from its output");
        }
    }

    @Override
    public void activate(int kind, float slope, float[] a, int aOff, float[] h, int hOff, int n) {
        switch (kind) {
            case IDENTITY:
                if (a != h || aOff != hOff) {
                    System.arraycopy(a, aOff, h, hOff, n);
                }
                return;
            case RELU:
                if ((aOff | hOff) == 0) {
                    relu0(n, a, h);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    h[hOff + i] = Math.max(a[aOff + i], 0f);
                }
                return;
            default:
                for (int i = 0; i < n; i++) {
                    h[hOff + i] = activation(kind, slope, a[aOff + i]);
                }
        }
    }

    @Override
    public void activateBackward(int kind, float slope, float[] a, int aOff, float[] g, int gOff, int n) {
        if (kind == IDENTITY) {
            return;
        }
        for (int i = 0; i < n; i++) {
            g[gOff + i] *= derivative(kind, slope, a[aOff + i]);
        }
    }

    @Override
    public void activateBackwardFromOutput(int kind, float slope, float[] h, int hOff, float[] g, int gOff, int n) {
        if (kind == IDENTITY) {
            return;
        }
        for (int i = 0; i < n; i++) {
            g[gOff + i] *= derivativeFromOutput(kind, slope, h[hOff + i]);
        }
    }

    @Override
    public void saxpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
        if ((xOff | yOff) == 0) {
            saxpy0(n, alpha, x, y);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    @Override
    public void sscal(int n, float alpha, float[] x, int xOff) {
        for (int i = 0; i < n; i++) {
            x[xOff + i] *= alpha;
        }
    }

    @Override
    public void hadamard(int n, float[] y, int yOff, float[] x, int xOff) {
        if ((xOff | yOff) == 0) {
            hadamard0(n, y, x);
            return;
        }
        for (int i = 0; i < n; i++) {
            x[xOff + i] *= y[yOff + i];
        }
    }

    @Override
    public float sdot(int n, float[] x, int xOff, float[] y, int yOff) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (double) x[xOff + i] * y[yOff + i];
        }
        return (float) s;
    }

    @Override
    public float ssum(int n, float[] x, int xOff) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[xOff + i];
        }
        return (float) s;
    }

    @Override
    public float snrm2sq(int n, float[] x, int xOff) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (double) x[xOff + i] * x[xOff + i];
        }
        return (float) s;
    }

    @Override
    public void addRowVector(int rows, int cols, float[] bias, int bOff, float[] x, int xOff, int ld) {
        for (int r = 0; r < rows; r++) {
            int o = xOff + r * ld;
            for (int j = 0; j < cols; j++) {
                x[o + j] += bias[bOff + j];
            }
        }
    }

    @Override
    public void columnSumsAdd(int rows, int cols, float[] g, int gOff, int ld, float[] out, int outOff) {
        for (int r = 0; r < rows; r++) {
            int o = gOff + r * ld;
            for (int j = 0; j < cols; j++) {
                out[outOff + j] += g[o + j];
            }
        }
    }

    @Override
    public void sger(int m, int n, float alpha, float[] x, int xOff, float[] y, int yOff, float[] a, int aOff, int lda) {
        for (int i = 0; i < m; i++) {
            saxpy(n, alpha * x[xOff + i], y, yOff, a, aOff + i * lda);
        }
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOff, float[] y, int yOff, boolean log) {
        for (int r = 0; r < rows; r++) {
            int xo = xOff + r * cols, yo = yOff + r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, x[xo + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += Math.exp(x[xo + j] - max);
            }
            if (log) {
                float lse = max + (float) Math.log(sum);
                for (int j = 0; j < cols; j++) {
                    y[yo + j] = x[xo + j] - lse;
                }
            } else {
                double inv = 1.0 / sum;
                for (int j = 0; j < cols; j++) {
                    y[yo + j] = (float) (Math.exp(x[xo + j] - max) * inv);
                }
            }
        }
    }

    @Override
    public double softmaxCrossEntropy(int rows, int cols, float[] x, int xOff, int[] labels, int lOff,
                                      float[] grad, int gOff, float scale) {
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int xo = xOff + r * cols, go = gOff + r * cols, label = labels[lOff + r];
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, x[xo + j]);
            }
            float target = x[xo + label]; // read before grad (which may alias x) is written
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(x[xo + j] - max);
                grad[go + j] = e;
                sum += e;
            }
            loss += max + Math.log(sum) - target;
            float inv = (float) (scale / sum);
            for (int j = 0; j < cols; j++) {
                grad[go + j] *= inv;
            }
            grad[go + label] -= scale;
        }
        return loss;
    }

    @Override
    public double squaredError(int n, float[] p, int pOff, float[] t, int tOff, float[] grad, int gOff, float scale) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            float d = p[pOff + i] - t[tOff + i];
            s += (double) d * d;
            grad[gOff + i] = d * scale;
        }
        return s;
    }

    @Override
    public double bceWithLogits(int n, float[] x, int xOff, float[] t, int tOff, float[] grad, int gOff, float scale) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[xOff + i], ti = t[tOff + i];
            s += Math.max(xi, 0) - xi * ti + Math.log1p(Math.exp(-Math.abs(xi)));
            grad[gOff + i] = (float) ((1.0 / (1.0 + Math.exp(-xi)) - ti) * scale);
        }
        return s;
    }

    @Override
    public void rowArgmax(int rows, int cols, float[] x, int xOff, int ld, int[] out, int outOff) {
        for (int r = 0; r < rows; r++) {
            int o = xOff + r * ld, best = 0;
            float bv = x[o];
            for (int j = 1; j < cols && bv == bv; j++) {
                float v = x[o + j];
                if (v > bv || v != v) {
                    bv = v;
                    best = j;
                }
            }
            out[outOff + r] = best;
        }
    }

    @Override
    public void rowMax(int rows, int cols, float[] x, int xOff, int ld, float[] out, int outOff) {
        for (int r = 0; r < rows; r++) {
            int o = xOff + r * ld;
            float m = x[o];
            for (int j = 1; j < cols; j++) {
                m = Math.max(m, x[o + j]);
            }
            out[outOff + r] = m;
        }
    }

    @Override
    public void sgdStep(int n, float lr, float wd, float[] w, int wOff, float[] g, int gOff) {
        if ((wOff | gOff) == 0) {
            sgd0(n, lr, wd, w, g);
            return;
        }
        for (int i = 0; i < n; i++) {
            float wi = w[wOff + i];
            w[wOff + i] = wi - lr * (g[gOff + i] + wd * wi);
        }
    }

    @Override
    public void momentumStep(int n, float lr, float mu, float wd, boolean nesterov,
                             float[] w, int wOff, float[] g, int gOff, float[] v, int vOff) {
        if ((wOff | gOff | vOff) == 0) {
            momentum0(n, lr, mu, wd, nesterov, w, g, v);
            return;
        }
        for (int i = 0; i < n; i++) {
            float wi = w[wOff + i];
            float d = g[gOff + i] + wd * wi;
            float vi = mu * v[vOff + i] + d;
            v[vOff + i] = vi;
            w[wOff + i] = wi - lr * (nesterov ? d + mu * vi : vi);
        }
    }

    @Override
    public void adamStep(int n, float lr, float b1, float b2, float eps, float wd, boolean decoupled,
                         float c1, float c2, float[] w, int wOff, float[] g, int gOff,
                         float[] m, int mOff, float[] v, int vOff) {
        if ((wOff | gOff | mOff | vOff) == 0) {
            adam0(n, lr, b1, b2, eps, wd, decoupled, c1, c2, w, g, m, v);
            return;
        }
        float stepSize = lr / c1, invSqrtC2 = 1f / (float) Math.sqrt(c2), decay = decoupled ? 1f - lr * wd : 1f;
        float l2 = decoupled ? 0f : wd;
        for (int i = 0; i < n; i++) {
            float wi = w[wOff + i] * decay;
            float d = g[gOff + i] + l2 * wi;
            float mi = b1 * m[mOff + i] + (1f - b1) * d;
            float vi = b2 * v[vOff + i] + (1f - b2) * d * d;
            m[mOff + i] = mi;
            v[vOff + i] = vi;
            w[wOff + i] = wi - stepSize * mi / ((float) Math.sqrt(vi) * invSqrtC2 + eps);
        }
    }

    // The same loops for arrays used from index 0 (the common case: whole buffers). C2 vectorizes these and
    // aligns their stores; with run-time offsets it cannot rule out that the two ranges overlap inside one
    // array, so it keeps those loops scalar (ReLU 16K floats, JDK 17 and 25: 17 GB/s against 160; copied by
    // hand nothing changes: it is the offsets). Same expressions, so the same results bit for bit.
    protected static void relu0(int n, float[] a, float[] h) {
        for (int i = 0; i < n; i++) {
            h[i] = Math.max(a[i], 0f);
        }
    }

    protected static void saxpy0(int n, float alpha, float[] x, float[] y) {
        for (int i = 0; i < n; i++) {
            y[i] += alpha * x[i];
        }
    }

    protected static void hadamard0(int n, float[] y, float[] x) {
        for (int i = 0; i < n; i++) {
            x[i] *= y[i];
        }
    }

    protected static void sgd0(int n, float lr, float wd, float[] w, float[] g) {
        for (int i = 0; i < n; i++) {
            float wi = w[i];
            w[i] = wi - lr * (g[i] + wd * wi);
        }
    }

    protected static void momentum0(int n, float lr, float mu, float wd, boolean nesterov, float[] w, float[] g,
                                    float[] v) {
        for (int i = 0; i < n; i++) {
            float wi = w[i];
            float d = g[i] + wd * wi;
            float vi = mu * v[i] + d;
            v[i] = vi;
            w[i] = wi - lr * (nesterov ? d + mu * vi : vi);
        }
    }

    protected static void adam0(int n, float lr, float b1, float b2, float eps, float wd, boolean decoupled,
                                float c1, float c2, float[] w, float[] g, float[] m, float[] v) {
        float stepSize = lr / c1, invSqrtC2 = 1f / (float) Math.sqrt(c2), decay = decoupled ? 1f - lr * wd : 1f;
        float l2 = decoupled ? 0f : wd;
        for (int i = 0; i < n; i++) {
            float wi = w[i] * decay;
            float d = g[i] + l2 * wi;
            float mi = b1 * m[i] + (1f - b1) * d;
            float vi = b2 * v[i] + (1f - b2) * d * d;
            m[i] = mi;
            v[i] = vi;
            w[i] = wi - stepSize * mi / ((float) Math.sqrt(vi) * invSqrtC2 + eps);
        }
    }
}
