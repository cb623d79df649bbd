package io.vectorprop.optim;

import io.vectorprop.internal.Check;
import io.vectorprop.internal.KernelProvider;

/**
 * Optimizer steps, in place, one pass over the parameters, with state buffers owned by the caller
 * (zero them before the first step). Formulas are PyTorch's ({@code torch.optim}). Weight decay {@code wd}
 * is the λ of {@code J = L + λ·½‖w‖²}, i.e. the gradient used is {@code g + λ·w} (AdamW instead decays
 * the weights directly). Hyper-parameters must be finite ({@link IllegalArgumentException} otherwise);
 * ranges are checked before anything is written. No allocation; thread-safe on disjoint arrays.
 */
public final class Updates {
    private Updates() {}

    /** {@code w -= lr·(g + wd·w)}. */
    public static void sgd(int n, float lr, float wd, float[] w, int wOff, float[] g, int gOff) {
        finite(lr, "lr");
        finite(wd, "wd");
        Check.range(w, wOff, n, "w");
        Check.range(g, gOff, n, "g");
        KernelProvider.get().sgdStep(n, lr, wd, w, wOff, g, gOff);
    }

    /** SGD with momentum: {@code d = g + wd·w; v = mu·v + d; w -= lr·(nesterov ? d + mu·v : v)}. */
    public static void momentum(int n, float lr, float mu, float wd, boolean nesterov,
                                float[] w, int wOff, float[] g, int gOff, float[] v, int vOff) {
        finite(lr, "lr");
        finite(mu, "mu");
        finite(wd, "wd");
        Check.range(w, wOff, n, "w");
        Check.range(g, gOff, n, "g");
        Check.range(v, vOff, n, "v");
        KernelProvider.get().momentumStep(n, lr, mu, wd, nesterov, w, wOff, g, gOff, v, vOff);
    }

    /**
     * Adam ({@code decoupled = false}, L2 term added to the gradient) or AdamW ({@code decoupled = true},
     * {@code w *= 1 − lr·wd} first) with bias correction, at step {@code t ≥ 1}:
     * {@code m = b1·m + (1−b1)·d; v = b2·v + (1−b2)·d²; w -= lr/(1−b1^t) · m / (√v/√(1−b2^t) + eps)}.
     * PyTorch's defaults: lr 1e-3, b1 0.9, b2 0.999, eps 1e-8 (AdamW wd 0.01).
     */
    public static void adam(int n, float lr, float b1, float b2, float eps, float wd, boolean decoupled, long t,
                            float[] w, int wOff, float[] g, int gOff, float[] m, int mOff, float[] v, int vOff) {
        finite(lr, "lr");
        finite(b1, "b1");
        finite(b2, "b2");
        finite(eps, "eps");
        finite(wd, "wd");
        if (t < 1) {
            throw new IllegalArgumentException("step t must be >= 1, was " + t);
        }
        Check.range(w, wOff, n, "w");
        Check.range(g, gOff, n, "g");
        Check.range(m, mOff, n, "m");
        Check.range(v, vOff, n, "v");
        float c1 = (float) (1 - Math.pow(b1, t)), c2 = (float) (1 - Math.pow(b2, t));
        KernelProvider.get().adamStep(n, lr, b1, b2, eps, wd, decoupled, c1, c2, w, wOff, g, gOff, m, mOff, v, vOff);
    }

    /**
     * Gradient clipping by global norm, as {@code torch.nn.utils.clip_grad_norm_}: given the global norm
     * {@code sqrt(Σ over all gradients of Σ g²)}, returns the factor to scale every gradient by:
     * {@code min(1, maxNorm / (norm + 1e-6))}. Apply it with {@code Blas.sscal}.
     */
    public static float clipFactor(double norm, double maxNorm) {
        if (!(maxNorm > 0) || Double.isNaN(norm)) {
            throw new IllegalArgumentException("maxNorm must be > 0 and norm a number: " + maxNorm + ", " + norm);
        }
        return (float) Math.min(1.0, maxNorm / (norm + 1e-6));
    }

    static void finite(float v, String name) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
    }
}
