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
    /** {@code f(a) = a}. */
    public static final Activation IDENTITY = new Activation(Kernels.IDENTITY, 0f, "identity");
    /** {@code f(a) = max(a, 0)}; NaN stays NaN; f'(0) = 0. */
    public static final Activation RELU = new Activation(Kernels.RELU, 0f, "relu");
    /** {@code σ(a) = 1/(1+e^{−a})}. */
    public static final Activation SIGMOID = new Activation(Kernels.SIGMOID, 0f, "sigmoid");
    /** {@code tanh(a)}. */
    public static final Activation TANH = new Activation(Kernels.TANH, 0f, "tanh");
    /** GELU, the tanh approximation ({@code GELU(approximate='tanh')} in PyTorch). */
    public static final Activation GELU = new Activation(Kernels.GELU, 0f, "gelu_tanh");
    /** SiLU (swish): {@code a·σ(a)}. */
    public static final Activation SILU = new Activation(Kernels.SILU, 0f, "silu");
    /** {@code log(1 + e^a)}, as {@code max(a,0) + log1p(e^{−|a|})}. */
    public static final Activation SOFTPLUS = new Activation(Kernels.SOFTPLUS, 0f, "softplus");

    final int kind;
    final float slope;
    private final String name;

    private Activation(int kind, float slope, String name) {
        this.kind = kind;
        this.slope = slope;
        this.name = name;
    }

    /**
     * Leaky ReLU: {@code a > 0 ? a : slope·a}.
     *
     * @param slope the negative slope, finite (PyTorch's default is 0.01)
     * @return the activation
     * @throws IllegalArgumentException if {@code slope} is not finite
     */
    public static Activation leakyRelu(float slope) {
        if (!Float.isFinite(slope)) {
            throw new IllegalArgumentException("slope must be finite, was " + slope);
        }
        return new Activation(Kernels.LEAKY_RELU, slope, "leaky_relu(" + slope + ")");
    }

    /**
     * Whether f' can be computed from the output h alone, so {@link #backwardFromOutput} is available.
     *
     * @return true for identity, ReLU, leaky ReLU with slope ≥ 0, sigmoid and tanh
     */
    public boolean hasDerivativeFromOutput() {
        return kind == Kernels.IDENTITY || kind == Kernels.RELU || kind == Kernels.SIGMOID || kind == Kernels.TANH
                || (kind == Kernels.LEAKY_RELU && slope >= 0f);
    }

    /**
     * Whether this is ReLU or leaky ReLU (He initialization suits them).
     *
     * @return true for the ReLU family
     */
    public boolean isReluFamily() {
        return kind == Kernels.RELU || kind == Kernels.LEAKY_RELU;
    }

    /**
     * {@code h[hOff+i] = f(a[aOff+i])} for {@code i < n}. h may be a itself (same array and offset).
     *
     * @param a the pre-activations
     * @param aOff index of the first pre-activation
     * @param h receives the activations
     * @param hOff index of the first activation
     * @param n number of elements, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code n < 0}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
     */
    public void forward(float[] a, int aOff, float[] h, int hOff, int n) {
        forward(KernelProvider.get(), a, aOff, h, hOff, n);
    }

    /**
     * {@code g[gOff+i] *= f'(a[aOff+i])} for {@code i < n}: the backward step through the activation, fused.
     *
     * @param a the pre-activations of the forward pass
     * @param aOff index of the first pre-activation
     * @param g the gradient with respect to the activations, updated in place to the gradient with respect to a
     * @param gOff index of the first gradient element
     * @param n number of elements, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code n < 0}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
     */
    public void backward(float[] a, int aOff, float[] g, int gOff, int n) {
        backward(KernelProvider.get(), a, aOff, g, gOff, n);
    }

    /**
     * {@code g[gOff+i] *= f'(a)} computed from the output {@code h = f(a)}; see {@link #hasDerivativeFromOutput()}.
     *
     * @param h the activations of the forward pass
     * @param hOff index of the first activation
     * @param g the gradient with respect to the activations, updated in place to the gradient with respect to a
     * @param gOff index of the first gradient element
     * @param n number of elements, {@code ≥ 0}
     * @throws UnsupportedOperationException if this activation has no derivative from its output
     * @throws IllegalArgumentException if {@code n < 0}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null and {@code n > 0}
     */
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
