package io.vectorprop.nn;

import io.vectorprop.internal.Check;
import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;

/**
 * Elementwise activation functions: forward {@code h = f(a)} and the fused backward step
 * {@code g ← g ⊙ f'(a)} in one pass.
 *
 * <ul>
 *   <li>{@link #IDENTITY}, {@link #RELU} ({@code max(a, 0)}, NaN stays NaN, f'(0) = 0),
 *       {@link #leakyRelu(float)} ({@code a > 0 ? a : slope·a});</li>
 *   <li>{@link #SIGMOID} {@code 1/(1+e^{−a})}, {@link #TANH};</li>
 *   <li>{@link #GELU}: the tanh approximation, as PyTorch's {@code GELU(approximate='tanh')}:
 *       {@code 0.5·a·(1 + tanh(√(2/π)·(a + 0.044715·a³)))};</li>
 *   <li>{@link #SILU} {@code a·σ(a)}; {@link #SOFTPLUS} {@code log(1 + e^a)}, computed stably as
 *       {@code max(a,0) + log1p(e^{−|a|})} for every a (PyTorch switches to {@code a} above 20; the two
 *       agree to float precision there).</li>
 * </ul>
 *
 * <p>Where f' is cheaper from the output ({@link #hasDerivativeFromOutput()}: identity, ReLU, leaky ReLU
 * with slope ≥ 0, sigmoid h(1−h), tanh 1−h²), {@link #backwardFromOutput} lets a caller drop {@code a}.
 *
 * <p>In place: {@code forward} may write h over a (same array and offset); the backward methods read a (or h)
 * and update g, which must not overlap a (or h) except exactly. Ranges are checked before anything is written.
 * No allocation; instances are immutable and thread-safe.
 */
public final class Activation {
    public static final Activation IDENTITY = new Activation(Kernels.IDENTITY, 0f, "identity");
    public static final Activation RELU = new Activation(Kernels.RELU, 0f, "relu");
    public static final Activation SIGMOID = new Activation(Kernels.SIGMOID, 0f, "sigmoid");
    public static final Activation TANH = new Activation(Kernels.TANH, 0f, "tanh");
    public static final Activation GELU = new Activation(Kernels.GELU, 0f, "gelu_tanh");
    public static final Activation SILU = new Activation(Kernels.SILU, 0f, "silu");
    public static final Activation SOFTPLUS = new Activation(Kernels.SOFTPLUS, 0f, "softplus");

    final int kind;
    final float slope;
    private final String name;

    private Activation(int kind, float slope, String name) {
        this.kind = kind;
        this.slope = slope;
        this.name = name;
    }

    /** Leaky ReLU with the given negative slope (PyTorch's default is 0.01). */
    public static Activation leakyRelu(float slope) {
        if (!Float.isFinite(slope)) {
            throw new IllegalArgumentException("slope must be finite, was " + slope);
        }
        return new Activation(Kernels.LEAKY_RELU, slope, "leaky_relu(" + slope + ")");
    }

    /** True when {@link #backwardFromOutput} is available. */
    public boolean hasDerivativeFromOutput() {
        return kind == Kernels.IDENTITY || kind == Kernels.RELU || kind == Kernels.SIGMOID || kind == Kernels.TANH
                || (kind == Kernels.LEAKY_RELU && slope >= 0f);
    }

    /** True for ReLU and leaky ReLU (He initialization suits them). */
    public boolean isReluFamily() {
        return kind == Kernels.RELU || kind == Kernels.LEAKY_RELU;
    }

    /** {@code h[hOff+i] = f(a[aOff+i])} for i &lt; n. */
    public void forward(float[] a, int aOff, float[] h, int hOff, int n) {
        forward(KernelProvider.get(), a, aOff, h, hOff, n);
    }

    /** {@code g[gOff+i] *= f'(a[aOff+i])} for i &lt; n. */
    public void backward(float[] a, int aOff, float[] g, int gOff, int n) {
        backward(KernelProvider.get(), a, aOff, g, gOff, n);
    }

    /** {@code g[gOff+i] *= f'(a)} computed from {@code h = f(a)}; see {@link #hasDerivativeFromOutput()}. */
    public void backwardFromOutput(float[] h, int hOff, float[] g, int gOff, int n) {
        backwardFromOutput(KernelProvider.get(), h, hOff, g, gOff, n);
    }

    void forward(Kernels kr, float[] a, int aOff, float[] h, int hOff, int n) {
        Check.range(a, aOff, n, "a");
        Check.range(h, hOff, n, "h");
        kr.activate(kind, slope, a, aOff, h, hOff, n);
    }

    void backward(Kernels kr, float[] a, int aOff, float[] g, int gOff, int n) {
        Check.range(a, aOff, n, "a");
        Check.range(g, gOff, n, "g");
        kr.activateBackward(kind, slope, a, aOff, g, gOff, n);
    }

    void backwardFromOutput(Kernels kr, float[] h, int hOff, float[] g, int gOff, int n) {
        if (!hasDerivativeFromOutput()) {
            throw new UnsupportedOperationException(name + " has no derivative from its output; use backward(a, ...)");
        }
        Check.range(h, hOff, n, "h");
        Check.range(g, gOff, n, "g");
        kr.activateBackwardFromOutput(kind, slope, h, hOff, g, gOff, n);
    }

    @Override
    public String toString() {
        return name;
    }
}
