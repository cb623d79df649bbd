package io.vectorprop.internal.vector;

import static io.vectorprop.internal.vector.SimdKernels.S;

import io.vectorprop.internal.Kernels;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Lanewise activation functions and derivatives on vectors. EXP, TANH and LOG1P are the Vector API's
 * (intrinsified with SVML on x86 by HotSpot); the rest is arithmetic. Each matches the scalar twin's
 * formula (ScalarKernels), so the two differ only by rounding.
 */
final class VectorMath {
    private VectorMath() {}

    static final float GELU_C = (float) Math.sqrt(2.0 / Math.PI), GELU_K = 0.044715f, GELU_3K = 3 * 0.044715f;

    // Everything is built on e = exp(−|y|) and d = 1 + e, which never overflow:
    //   σ(y) = y ≥ 0 ? 1/d : e/d,   σ(y)·(1 − σ(y)) = e/d²   (no cancellation near saturation),
    //   1 + tanh(z) = 2σ(2z) and 1 − tanh²(z) = 4σ(2z)σ(−2z), so GELU and tanh' avoid 1 ± t cancellation.

    private static FloatVector expNegAbs(FloatVector y) {
        return y.abs().neg().lanewise(VectorOperators.EXP);
    }

    /** σ(y) from e = exp(−|y|). */
    private static FloatVector sigmoidFrom(FloatVector y, FloatVector e) {
        return e.blend(1f, y.lt(0f).not()).div(e.add(1f));
    }

    /** σ(y)(1 − σ(y)) = e/(1+e)². */
    private static FloatVector sigmoidSlopeFrom(FloatVector e) {
        FloatVector d = e.add(1f);
        return e.div(d.mul(d));
    }

    static FloatVector sigmoid(FloatVector x) {
        return sigmoidFrom(x, expNegAbs(x));
    }

    /** z = √(2/π)·(x + 0.044715·x³). */
    private static FloatVector geluZ(FloatVector x) {
        return x.mul(x).mul(GELU_K).mul(x).add(x).mul(GELU_C);
    }

    static FloatVector f(int kind, FloatVector x) {
        switch (kind) {
            case Kernels.SIGMOID:
                return sigmoid(x);
            case Kernels.TANH:
                return x.lanewise(VectorOperators.TANH);
            case Kernels.GELU: { // x·σ(2z)
                FloatVector z2 = geluZ(x).mul(2f);
                return sigmoidFrom(z2, expNegAbs(z2)).mul(x);
            }
            case Kernels.SILU:
                return sigmoid(x).mul(x);
            default: // SOFTPLUS: max(x,0) + log1p(exp(−|x|))
                return expNegAbs(x).lanewise(VectorOperators.LOG1P).add(x.max(0f));
        }
    }

    static FloatVector derivative(int kind, FloatVector x) {
        switch (kind) {
            case Kernels.SIGMOID:
                return sigmoidSlopeFrom(expNegAbs(x));
            case Kernels.TANH: // 4σ(2x)σ(−2x)
                return sigmoidSlopeFrom(expNegAbs(x.mul(2f))).mul(4f);
            case Kernels.GELU: { // σ(2z) + 2x·σ'(2z)·√(2/π)(1 + 3k·x²)
                FloatVector z2 = geluZ(x).mul(2f), e = expNegAbs(z2);
                // Past |x| = 20, σ'(2z) is 0 in float: clamping x there keeps 0·∞ (NaN) out of the product.
                FloatVector xc = x.max(-20f).min(20f);
                FloatVector inner = xc.mul(xc).mul(GELU_3K).add(1f).mul(2f * GELU_C);
                return sigmoidSlopeFrom(e).mul(xc).mul(inner).add(sigmoidFrom(z2, e));
            }
            case Kernels.SILU: { // σ(x) + x·σ'(x)
                FloatVector e = expNegAbs(x);
                return sigmoidSlopeFrom(e).mul(x).add(sigmoidFrom(x, e));
            }
            default: // SOFTPLUS
                return sigmoid(x);
        }
    }

    static FloatVector derivativeFromOutput(int kind, FloatVector h) {
        // Only sigmoid and tanh reach here (the piecewise-linear kinds have their own loops).
        return kind == Kernels.SIGMOID ? h.mul(h.neg().add(1f)) : h.mul(h).neg().add(1f);
    }

    static boolean hasVectorForm(int kind) {
        return kind == Kernels.SIGMOID || kind == Kernels.TANH || kind == Kernels.GELU
                || kind == Kernels.SILU || kind == Kernels.SOFTPLUS;
    }

    static FloatVector load(float[] a, int off) {
        return FloatVector.fromArray(S, a, off);
    }
}
