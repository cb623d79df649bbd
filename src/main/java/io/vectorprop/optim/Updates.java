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

    /**
     * {@code w -= lr·(g + wd·w)}.
     *
     * @param n number of parameters, {@code ≥ 0}
     * @param lr the learning rate
     * @param wd L2 weight decay λ (0 for none)
     * @param w the parameters, updated in place from {@code w[wOff]}
     * @param wOff index of the first parameter
     * @param g the gradients (read only), from {@code g[gOff]}
     * @param gOff index of the first gradient
     * @throws IllegalArgumentException if {@code n < 0} or a hyper-parameter is not finite
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
     */
    public static void sgd(int n, float lr, float wd, float[] w, int wOff, float[] g, int gOff) {
        finite(lr, "lr");
        finite(wd, "wd");
        Check.range(w, wOff, n, "w");
        Check.range(g, gOff, n, "g");
        KernelProvider.get().sgdStep(n, lr, wd, w, wOff, g, gOff);
    }

    /**
     * SGD with momentum: {@code d = g + wd·w; v = mu·v + d; w -= lr·(nesterov ? d + mu·v : v)}
     * (PyTorch's {@code SGD} with {@code dampening=0}).
     *
     * @param n number of parameters, {@code ≥ 0}
     * @param lr the learning rate
     * @param mu the momentum
     * @param wd L2 weight decay λ (0 for none)
     * @param nesterov Nesterov momentum instead of classical
     * @param w the parameters, updated in place from {@code w[wOff]}
     * @param wOff index of the first parameter
     * @param g the gradients (read only), from {@code g[gOff]}
     * @param gOff index of the first gradient
     * @param v the velocity, updated in place from {@code v[vOff]} (zeros before the first step)
     * @param vOff index of the first velocity element
     * @throws IllegalArgumentException if {@code n < 0} or a hyper-parameter is not finite
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
     */
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
     *
     * @param n number of parameters, {@code ≥ 0}
     * @param lr the learning rate
     * @param b1 decay of the first moment
     * @param b2 decay of the second moment
     * @param eps added to the bias-corrected root of the second moment
     * @param wd weight decay: L2 λ for Adam, decoupled decay for AdamW (0 for none)
     * @param decoupled true for AdamW
     * @param t the step number, from 1 (bias correction)
     * @param w the parameters, updated in place from {@code w[wOff]}
     * @param wOff index of the first parameter
     * @param g the gradients (read only), from {@code g[gOff]}
     * @param gOff index of the first gradient
     * @param m the first moment, updated in place from {@code m[mOff]} (zeros before step 1)
     * @param mOff index of the first element of m
     * @param v the second moment, updated in place from {@code v[vOff]} (zeros before step 1)
     * @param vOff index of the first element of v
     * @throws IllegalArgumentException if {@code n < 0}, {@code t < 1} or a hyper-parameter is not finite
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
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
     * {@code sqrt(Σ over all gradients of Σ g²)}, the factor to scale every gradient by. Apply it with
     * {@link io.vectorprop.blas.Blas#sscal}.
     *
     * @param norm the global gradient norm (from {@link io.vectorprop.blas.Blas#snrm2sq} over every gradient)
     * @param maxNorm the largest norm allowed, {@code > 0}
     * @return {@code min(1, maxNorm / (norm + 1e-6))}
     * @throws IllegalArgumentException if {@code maxNorm} is not positive or {@code norm} is NaN
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
