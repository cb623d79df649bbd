package io.vectorprop.mlp;

/**
 * Which update rule an {@link Mlp} uses, with its hyper-parameters (PyTorch's formulas, see
 * {@link io.vectorprop.optim.Updates}). Immutable.
 */
public final class Optimizer {
    enum Kind { SGD, MOMENTUM, NESTEROV, ADAM, ADAMW }

    final Kind kind;
    final float lr, momentum, beta1, beta2, eps, weightDecay;

    private Optimizer(Kind kind, float lr, float momentum, float beta1, float beta2, float eps, float weightDecay) {
        for (float v : new float[] {lr, momentum, beta1, beta2, eps, weightDecay}) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("optimizer hyper-parameters must be finite");
            }
        }
        if (!(lr > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, was " + lr);
        }
        this.kind = kind;
        this.lr = lr;
        this.momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * Plain SGD: {@code w -= lr·∇w} (with the model's L2 term inside ∇w).
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer sgd(float lr) {
        return new Optimizer(Kind.SGD, lr, 0, 0, 0, 0, 0);
    }

    /**
     * SGD with classical momentum, as PyTorch's {@code SGD(momentum=mu)}: {@code v = mu·v + ∇w; w -= lr·v}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param mu the momentum, finite (usually in [0, 1))
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer momentum(float lr, float mu) {
        return new Optimizer(Kind.MOMENTUM, lr, mu, 0, 0, 0, 0);
    }

    /**
     * SGD with Nesterov momentum, as PyTorch's {@code SGD(momentum=mu, nesterov=True)}:
     * {@code v = mu·v + ∇w; w -= lr·(∇w + mu·v)}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param mu the momentum, finite (usually in [0, 1))
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer nesterov(float lr, float mu) {
        return new Optimizer(Kind.NESTEROV, lr, mu, 0, 0, 0, 0);
    }

    /**
     * Adam with PyTorch's defaults (beta1 0.9, beta2 0.999, eps 1e-8).
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer adam(float lr) {
        return adam(lr, 0.9f, 0.999f, 1e-8f);
    }

    /**
     * Adam (Kingma and Ba) with bias correction, as PyTorch's {@code Adam}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param beta1 decay of the first-moment estimate, finite (usually 0.9)
     * @param beta2 decay of the second-moment estimate, finite (usually 0.999)
     * @param eps added to the root of the second moment, finite (usually 1e-8)
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer adam(float lr, float beta1, float beta2, float eps) {
        return new Optimizer(Kind.ADAM, lr, 0, beta1, beta2, eps, 0);
    }

    /**
     * AdamW: Adam (PyTorch's default betas and eps) with decoupled weight decay, {@code w -= lr·wd·w} before the
     * Adam step, as PyTorch's {@code AdamW}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param wd the weight decay, finite (PyTorch's default 0.01)
     * @return the optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public static Optimizer adamW(float lr, float wd) {
        return new Optimizer(Kind.ADAMW, lr, 0, 0.9f, 0.999f, 1e-8f, wd);
    }

    /**
     * The same rule and hyper-parameters with another learning rate.
     *
     * @param newLr the learning rate, finite and {@code > 0}
     * @return a new optimizer
     * @throws IllegalArgumentException if the learning rate is not positive or a hyper-parameter is not finite
     */
    public Optimizer withLearningRate(float newLr) {
        return new Optimizer(kind, newLr, momentum, beta1, beta2, eps, weightDecay);
    }

    /**
     * The learning rate.
     *
     * @return the learning rate
     */
    public float learningRate() {
        return lr;
    }

    int stateBuffers() {
        switch (kind) {
            case SGD: return 0;
            case MOMENTUM: case NESTEROV: return 1;
            default: return 2;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + "(lr=" + lr + ")";
    }
}
