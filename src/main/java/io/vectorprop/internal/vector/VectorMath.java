package io.vectorprop.internal.vector;

import static io.vectorprop.internal.vector.SimdKernels.S;
import static io.vectorprop.internal.vector.SimdKernels.VT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lanewise activation functions and derivatives on vectors. EXP, TANH and LOG1P are the Vector API's
 * (intrinsified with SVML on x86 by HotSpot); the rest is arithmetic. Each matches the scalar twin's
 * formula (ScalarKernels), so the two differ only by rounding.
 */
final class VectorMath {
    private VectorMath() {}

    static final float GELU_C = (float) Math.sqrt(2.0 / Math.PI), GELU_K = 0.044715f;

    /*
     * Every operation's result is cast to the species' exact class (VT), and constants are broadcast vectors
     * of that class, never float operands: JDK 17's C2 otherwise types some results, and the JDK's internal
     * broadcasts of a float operand, by the JDK's shared type profiles, and once other code in the JVM has
     * used other vector shapes (or taken a class-check trap there) such an operation is not intrinsified and
     * boxes (measured: GELU's derivative allocated 1.5 MB per 16K floats). The casts fold away when C2 knows
     * the class; JDK 25 needs none of it. The constants are broadcast where they are used (C2 hoists them out
     * of the loop), not kept in static final vectors: their payload is a float[] that the loop's stores might
     * alias, so C2 reloads it on every iteration (JDK 25 ReLU backward 1.08 → 1.69 µs at 16K floats).
     * These helpers (k included) break the "no helpers in vector loops" rule of SimdKernels.VT on purpose:
     * they are called only from the activation loops that SimdKernels compiles on their own (Standalone),
     * with C2's whole node budget, so they are always inlined; ProfilePollutionTest would catch a boxing one.
     */
    private static FloatVector k(float c) {
        return VT.cast(FloatVector.broadcast(S, c));
    }

    // Everything is built on e = exp(−|y|) and d = 1 + e, which never overflow:
    //   σ(y) = y ≥ 0 ? 1/d : e/d,   σ(y)·(1 − σ(y)) = e/d²   (no cancellation near saturation),
    //   1 + tanh(z) = 2σ(2z) and 1 − tanh²(z) = 4σ(2z)σ(−2z), so GELU and tanh' avoid 1 ± t cancellation.

    private static FloatVector expNegAbs(FloatVector y) {
        FloatVector m = VT.cast(VT.cast(y.abs()).neg());
        return VT.cast(m.lanewise(VectorOperators.EXP));
    }

    /** σ(y) from e = exp(−|y|). */
    private static FloatVector sigmoidFrom(FloatVector y, FloatVector e) {
        FloatVector num = VT.cast(e.blend(k(1f), y.compare(VectorOperators.GE, k(0f))));
        return VT.cast(num.div(VT.cast(e.add(k(1f)))));
    }

    /** σ(y)(1 − σ(y)) = e/(1+e)². */
    private static FloatVector sigmoidSlopeFrom(FloatVector e) {
        FloatVector d = VT.cast(e.add(k(1f)));
        return VT.cast(e.div(VT.cast(d.mul(d))));
    }

    static FloatVector sigmoid(FloatVector x) {
        return sigmoidFrom(x, expNegAbs(x));
    }

    /** 2z = 2·√(2/π)·(x + 0.044715·x³). */
    private static FloatVector geluZ2(FloatVector x) {
        FloatVector kx3 = VT.cast(VT.cast(VT.cast(x.mul(x)).mul(k(GELU_K))).mul(x));
        return VT.cast(VT.cast(VT.cast(kx3.add(x)).mul(k(GELU_C))).mul(k(2f)));
    }

    static FloatVector tanh(FloatVector x) {
        return VT.cast(x.lanewise(VectorOperators.TANH));
    }

    /** x·σ(2z). */
    static FloatVector gelu(FloatVector x) {
        FloatVector z2 = geluZ2(x);
        return VT.cast(sigmoidFrom(z2, expNegAbs(z2)).mul(x));
    }

    static FloatVector silu(FloatVector x) {
        return VT.cast(sigmoid(x).mul(x));
    }

    /** max(x,0) + log1p(exp(−|x|)). */
    static FloatVector softplus(FloatVector x) {
        FloatVector l = VT.cast(expNegAbs(x).lanewise(VectorOperators.LOG1P));
        return VT.cast(l.add(VT.cast(x.max(k(0f)))));
    }

    static FloatVector sigmoidDerivative(FloatVector x) {
        return sigmoidSlopeFrom(expNegAbs(x));
    }

    /** 4σ(2x)σ(−2x). */
    static FloatVector tanhDerivative(FloatVector x) {
        return VT.cast(sigmoidSlopeFrom(expNegAbs(VT.cast(x.mul(k(2f))))).mul(k(4f)));
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
        FloatVector xc = VT.cast(VT.cast(x.max(k(-20f))).min(k(20f))), x2 = VT.cast(xc.mul(xc));
        FloatVector z2 = VT.cast(VT.cast(x2.fma(k(2f * GELU_C * GELU_K), k(2f * GELU_C))).mul(xc)), e = expNegAbs(z2);
        FloatVector d = VT.cast(e.add(k(1f)));
        FloatVector sig = VT.cast(VT.cast(e.blend(k(1f), z2.compare(VectorOperators.GE, k(0f)))).div(d));
        FloatVector slope = VT.cast(VT.cast(e.div(VT.cast(d.mul(d)))).mul(xc));
        return VT.cast(slope.fma(VT.cast(x2.fma(k(6f * GELU_C * GELU_K), k(2f * GELU_C))), sig));
    }

    /** σ(x) + x·σ'(x). */
    static FloatVector siluDerivative(FloatVector x) {
        FloatVector e = expNegAbs(x);
        return VT.cast(VT.cast(sigmoidSlopeFrom(e).mul(x)).add(sigmoidFrom(x, e)));
    }
}
