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

    static final float GELU_C = (float) Math.sqrt(2.0 / Math.PI), GELU_K = 0.044715f;

    // Everything is built on e = exp(−|y|) and d = 1 + e, which never overflow:
    //   σ(y) = y ≥ 0 ? 1/d : e/d,   σ(y)·(1 − σ(y)) = e/d²   (no cancellation near saturation),
    //   1 + tanh(z) = 2σ(2z) and 1 − tanh²(z) = 4σ(2z)σ(−2z), so GELU and tanh' avoid 1 ± t cancellation.

    private static FloatVector expNegAbs(FloatVector y) {
        return y.abs().neg().lanewise(VectorOperators.EXP);
    }

    /** σ(y) from e = exp(−|y|). */
    private static FloatVector sigmoidFrom(FloatVector y, FloatVector e) {
        return e.blend(1f, y.compare(VectorOperators.GE, 0f)).div(e.add(1f));
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

    static FloatVector tanh(FloatVector x) {
        return x.lanewise(VectorOperators.TANH);
    }

    /** x·σ(2z). */
    static FloatVector gelu(FloatVector x) {
        FloatVector z2 = geluZ(x).mul(2f);
        return sigmoidFrom(z2, expNegAbs(z2)).mul(x);
    }

    static FloatVector silu(FloatVector x) {
        return sigmoid(x).mul(x);
    }

    /** max(x,0) + log1p(exp(−|x|)). */
    static FloatVector softplus(FloatVector x) {
        return expNegAbs(x).lanewise(VectorOperators.LOG1P).add(x.max(0f));
    }

    static FloatVector sigmoidDerivative(FloatVector x) {
        return sigmoidSlopeFrom(expNegAbs(x));
    }

    /** 4σ(2x)σ(−2x). */
    static FloatVector tanhDerivative(FloatVector x) {
        return sigmoidSlopeFrom(expNegAbs(x.mul(2f))).mul(4f);
    }

    /**
     * σ(2z) + 2x·σ'(2z)·√(2/π)(1 + 3k·x²), with 2z = x·(2c + 2ck·x²). Written in few vector operations on
     * purpose: on JDK 17 every operation inlines a deep call chain, and a longer form of this function made
     * C2 hit its node limit (NodeCountInliningCutoff) when the loop was inlined into a larger caller; the
     * helpers it then left as calls boxed their vectors (30 bytes allocated per element, 30× slower).
     */
    static FloatVector geluDerivative(FloatVector x) {
        // Past |x| = 20, σ'(2z) is 0 in float: clamping x there keeps 0·∞ (NaN) out of the product; σ(2z) is
        // already saturated there, so the clamped x serves for z too.
        FloatVector xc = x.max(-20f).min(20f), x2 = xc.mul(xc);
        FloatVector z2 = x2.fma(2f * GELU_C * GELU_K, 2f * GELU_C).mul(xc), e = expNegAbs(z2);
        FloatVector d = e.add(1f);
        FloatVector sig = e.blend(1f, z2.compare(VectorOperators.GE, 0f)).div(d);
        return e.div(d.mul(d)).mul(xc).fma(x2.fma(6f * GELU_C * GELU_K, 2f * GELU_C), sig);
    }

    /** σ(x) + x·σ'(x). */
    static FloatVector siluDerivative(FloatVector x) {
        FloatVector e = expNegAbs(x);
        return sigmoidSlopeFrom(e).mul(x).add(sigmoidFrom(x, e));
    }
}
