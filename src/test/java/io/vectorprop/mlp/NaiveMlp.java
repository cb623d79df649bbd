package io.vectorprop.mlp;

/**
 * The oracle: Algorithms 6.3 and 6.4 (Goodfellow et al.) taken literally, one sample at a time, in double.
 * For sample s: a(k) = b(k) + W(k)·h(k−1), h(k) = f(a(k)); g = ∇ŷ L_s / B; for k = l..1:
 * g = g ⊙ f'(a(k)); ∇b(k) += g; ∇W(k) += g·h(k−1)ᵀ; g = W(k)ᵀ·g. Then ∇W += λW once.
 */
final class NaiveMlp {
    final int[] widths;
    final String[] acts;
    final double slope;
    final double[][] w, b, dw, db;
    final Loss loss;
    final double lambda;

    NaiveMlp(Mlp m, String[] acts, double slope, double lambda) {
        widths = m.widths();
        this.acts = acts;
        this.slope = slope;
        this.loss = m.lossKind();
        this.lambda = lambda;
        int L = m.layers();
        w = new double[L][];
        b = new double[L][];
        dw = new double[L][];
        db = new double[L][];
        for (int l = 0; l < L; l++) {
            float[] fw = new float[widths[l + 1] * widths[l]], fb = new float[widths[l + 1]];
            m.getWeights(l, fw);
            m.getBias(l, fb);
            w[l] = toD(fw);
            b[l] = toD(fb);
        }
    }

    static double[] toD(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }

    double f(String act, double x) {
        switch (act) {
            case "identity": return x;
            case "relu": return Math.max(x, 0);
            case "leaky": return x > 0 ? x : slope * x;
            case "sigmoid": return 1 / (1 + Math.exp(-x));
            case "tanh": return Math.tanh(x);
            case "gelu": return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
            case "silu": return x / (1 + Math.exp(-x));
            case "softplus": return Math.log1p(Math.exp(x));
            default: throw new AssertionError(act);
        }
    }

    double df(String act, double x) {
        switch (act) {
            case "identity": return 1;
            case "relu": return x > 0 ? 1 : 0;
            case "leaky": return x > 0 ? 1 : slope;
            case "sigmoid": { double s = f("sigmoid", x); return s * (1 - s); }
            case "tanh": { double t = Math.tanh(x); return 1 - t * t; }
            case "gelu": {
                double c = Math.sqrt(2 / Math.PI), t = Math.tanh(c * (x + 0.044715 * x * x * x));
                return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x);
            }
            case "silu": { double s = f("sigmoid", x); return s + x * s * (1 - s); }
            case "softplus": return f("sigmoid", x);
            default: throw new AssertionError(act);
        }
    }

    /** Returns the mean loss over the batch and fills dw, db (overwritten). */
    double lossAndGradients(float[] x, int[] labels, float[] targets, int batch) {
        int L = w.length;
        for (int l = 0; l < L; l++) {
            dw[l] = new double[w[l].length];
            db[l] = new double[b[l].length];
        }
        double total = 0;
        for (int s = 0; s < batch; s++) {
            double[][] a = new double[L][], h = new double[L + 1][];
            h[0] = new double[widths[0]];
            for (int i = 0; i < widths[0]; i++) h[0][i] = x[s * widths[0] + i];
            for (int k = 0; k < L; k++) {
                int in = widths[k], out = widths[k + 1];
                a[k] = new double[out];
                h[k + 1] = new double[out];
                for (int o = 0; o < out; o++) {
                    double v = b[k][o];
                    for (int i = 0; i < in; i++) v += w[k][o * in + i] * h[k][i];
                    a[k][o] = v;
                    h[k + 1][o] = f(acts[k], v);
                }
            }
            int out = widths[L];
            double[] y = h[L], g = new double[out];
            if (loss == Loss.SOFTMAX_CROSS_ENTROPY) {
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (double v : y) max = Math.max(max, v);
                for (double v : y) sum += Math.exp(v - max);
                double lse = max + Math.log(sum);
                total += lse - y[labels[s]];
                for (int j = 0; j < out; j++) g[j] = (Math.exp(y[j] - lse) - (j == labels[s] ? 1 : 0)) / batch;
            } else if (loss == Loss.MSE) {
                for (int j = 0; j < out; j++) {
                    double d = y[j] - targets[s * out + j];
                    total += d * d / out;
                    g[j] = 2 * d / (batch * out);
                }
            } else {
                for (int j = 0; j < out; j++) {
                    double z = y[j], t = targets[s * out + j];
                    total += (Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)))) / out;
                    g[j] = (1 / (1 + Math.exp(-z)) - t) / (batch * out);
                }
            }
            for (int k = L - 1; k >= 0; k--) {
                int in = widths[k], o2 = widths[k + 1];
                for (int o = 0; o < o2; o++) g[o] *= df(acts[k], a[k][o]);
                for (int o = 0; o < o2; o++) {
                    db[k][o] += g[o];
                    for (int i = 0; i < in; i++) dw[k][o * in + i] += g[o] * h[k][i];
                }
                double[] gp = new double[in];
                for (int i = 0; i < in; i++) {
                    double v = 0;
                    for (int o = 0; o < o2; o++) v += w[k][o * in + i] * g[o];
                    gp[i] = v;
                }
                g = gp;
            }
        }
        for (int l = 0; l < L; l++) {
            for (int i = 0; i < w[l].length; i++) dw[l][i] += lambda * w[l][i];
        }
        return total / batch;
    }
}
