package io.vectorprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vectorprop.internal.Kernels;
import io.vectorprop.testing.Impls;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Activations against double-precision references: ulp error over a dense sweep of [−30, 30] plus special
 * values, exactness of the piecewise-linear ones, saturation, and the fused backward step.
 */
@Tag("kernels")
class ActivationAccuracyTest {
    static Stream<Kernels> impls() {
        return Impls.stream();
    }

    // Straightforward double-precision references (the oracle): not the library's formulas.
    static double sig(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double sigSlope(double x) {
        double e = Math.exp(-Math.abs(x));
        return e / ((1 + e) * (1 + e));
    }

    static final double C = Math.sqrt(2 / Math.PI), K = 0.044715;

    // 1 + tanh z = 2/(1 + e^{−2z}): the identity keeps the double reference free of cancellation for x < 0.
    static double geluRef(double x) {
        double z = C * (x + K * x * x * x);
        return x / (1 + Math.exp(-2 * z));
    }

    static double geluDerivRef(double x) {
        double z = C * (x + K * x * x * x), sech2 = 1 / (Math.cosh(z) * Math.cosh(z));
        return 1 / (1 + Math.exp(-2 * z)) + 0.5 * x * sech2 * C * (1 + 3 * K * x * x);
    }

    static double softplusRef(double x) {
        return x > 30 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** f, f', and M(x) = the sum of the magnitudes of the terms that make up f'(x) (for the derivative's bound). */
    record Fn(Activation act, DoubleUnaryOperator f, DoubleUnaryOperator df, DoubleUnaryOperator dfTerms) {}

    static List<Fn> transcendental() {
        return List.of(
                new Fn(Activation.SIGMOID, ActivationAccuracyTest::sig, ActivationAccuracyTest::sigSlope,
                        ActivationAccuracyTest::sigSlope),
                new Fn(Activation.TANH, Math::tanh, x -> 1 / (Math.cosh(x) * Math.cosh(x)),
                        x -> 1 / (Math.cosh(x) * Math.cosh(x))),
                new Fn(Activation.GELU, ActivationAccuracyTest::geluRef, ActivationAccuracyTest::geluDerivRef,
                        x -> {
                            double z = C * (x + K * x * x * x);
                            return 1 / (1 + Math.exp(-2 * z))
                                    + Math.abs(0.5 * x / (Math.cosh(z) * Math.cosh(z)) * C * (1 + 3 * K * x * x));
                        }),
                new Fn(Activation.SILU, x -> x * sig(x), x -> sig(x) + x * sigSlope(x),
                        x -> sig(x) + Math.abs(x * sigSlope(x))),
                new Fn(Activation.SOFTPLUS, ActivationAccuracyTest::softplusRef, ActivationAccuracyTest::sig,
                        ActivationAccuracyTest::sig));
    }

    static float[] sweep() {
        List<Float> special = new ArrayList<>(List.of(0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
                1e-30f, -1e-30f, 88f, -88f, 88.7f, -88.7f, 1e4f, -1e4f, 3e38f, -3e38f, 50f, -50f, 100f, -100f));
        int dense = 600_001;
        float[] x = new float[dense + special.size()];
        for (int i = 0; i < dense; i++) {
            x[i] = -30f + 60f * i / (dense - 1);
        }
        for (int i = 0; i < special.size(); i++) {
            x[dense + i] = special.get(i);
        }
        return x;
    }

    static double ulpErr(float got, double ref) {
        if (got == ref) {
            return 0;
        }
        return Math.abs(got - ref) / Math.ulp((float) ref);
    }

    /**
     * Stated bounds. Forward: 4 ulp + 3κ(x) ulp, where κ = |x·f'(x)/f(x)| is f's condition number: a float
     * kernel rounds x-dependent intermediates (GELU's cubic takes 3 roundings before σ amplifies them by κ),
     * so it cannot do better than about 3κ/2 ulp; where f is well conditioned (κ ≤ 1: all of sigmoid's and
     * tanh's range, GELU/SiLU for x ≥ −1) the bound is ≤ 7 ulp and the measured maxima are printed. f'(x): (8 + 3κ') ulp of the result, κ' being f''s own condition number,
     * plus 8ε times the sum of the magnitudes of its terms (GELU' and SiLU' cross zero, where no relative
     * bound can hold).
     */
    static final double FORWARD_ULP = 4, DERIVATIVE_ULP = 8;

    static double kappa(Fn fn, double x) {
        double f = fn.f.applyAsDouble(x);
        return f == 0 ? 0 : Math.abs(x * fn.df.applyAsDouble(x) / f);
    }

    /** Condition number of f' (|x·f''/f'|, f'' by central differences): the derivative's analogue of κ. */
    static double kappaD(Fn fn, double x) {
        double d = fn.df.applyAsDouble(x), h = 1e-5 * Math.max(1, Math.abs(x));
        double d2 = (fn.df.applyAsDouble(x + h) - fn.df.applyAsDouble(x - h)) / (2 * h);
        return d == 0 ? 0 : Math.abs(x * d2 / d);
    }

    static boolean forwardOk(Fn fn, float x, float got) {
        return ulpErr(got, fn.f.applyAsDouble(x)) <= FORWARD_ULP + 3 * kappa(fn, x);
    }

    @ParameterizedTest
    @MethodSource("impls")
    void transcendentalUlpBounds(Kernels kr) {
        float[] x = sweep();
        float[] h = new float[x.length], g = new float[x.length];
        for (Fn fn : transcendental()) {
            fn.act.forward(kr, x, 0, h, 0, x.length);
            java.util.Arrays.fill(g, 1f);
            fn.act.backward(kr, x, 0, g, 0, x.length);
            double maxF = 0, maxWell = 0, maxD = 0;
            float worstF = 0, worstD = 0;
            for (int i = 0; i < x.length; i++) {
                if (Float.isNaN(h[i]) || Float.isNaN(g[i])) {
                    fail(kr + " " + fn.act + ": NaN for finite input " + x[i]);
                }
                double ref = fn.f.applyAsDouble(x[i]), dref = fn.df.applyAsDouble(x[i]);
                double ef = ulpErr(h[i], ref), ed = ulpErr(g[i], dref);
                if (ef > maxF) { maxF = ef; worstF = x[i]; }
                if (kappa(fn, x[i]) <= 1 && ef > maxWell) maxWell = ef;
                if (ed > maxD) { maxD = ed; worstD = x[i]; }
                if (!forwardOk(fn, x[i], h[i])) {
                    fail(kr + " " + fn.act + " forward at " + x[i] + ": " + ef + " ulp > 4 + κ = " + (4 + kappa(fn, x[i])));
                }
                double dAbs = Math.abs(g[i] - dref);
                double dBound = (DERIVATIVE_ULP + 3 * kappaD(fn, x[i])) * Math.ulp((float) dref)
                        + 8 * Math.ulp(1f) * fn.dfTerms.applyAsDouble(x[i]);
                if (!(dAbs <= dBound)) {
                    fail(kr + " " + fn.act + " derivative at " + x[i] + ": " + g[i] + " vs " + dref + " (err " + dAbs + " > " + dBound + ")");
                }
            }
            System.out.printf("ulp %s %-10s forward max %.2f where κ<=1, %.2f overall (at %s); derivative max %.2f ulp (at %s)%n",
                    kr, fn.act, maxWell, maxF, worstF, maxD, worstD);
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void saturationAndSpecials(Kernels kr) {
        float[] x = {-1e4f, 1e4f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        float[] h = new float[x.length];
        Activation.SIGMOID.forward(kr, x, 0, h, 0, 5);
        assertEquals(0f, h[0]);
        assertEquals(1f, h[1]);
        assertTrue(Float.isNaN(h[2]));
        assertEquals(1f, h[3]);
        assertEquals(0f, h[4]);
        Activation.TANH.forward(kr, x, 0, h, 0, 5);
        assertEquals(-1f, h[0]);
        assertEquals(1f, h[1]);
        Activation.SOFTPLUS.forward(kr, x, 0, h, 0, 5);
        assertEquals(0f, h[0]);
        assertEquals(1e4f, h[1]);
        Activation.GELU.forward(kr, x, 0, h, 0, 2);
        assertEquals(-0f, h[0], 0f);
        assertEquals(1e4f, h[1]);
        Activation.SILU.forward(kr, x, 0, h, 0, 2);
        assertEquals(0f, h[0], 0f);
        assertEquals(1e4f, h[1]);
    }

    static int[] sizes(Kernels kr) {
        int l = Math.max(1, kr.vectorBits() / 32);
        return new int[] {0, 1, 2, l - 1, l, l + 1, 2 * l + 3, 97, 1009};
    }

    /** ReLU, leaky ReLU and identity are exact: bit-for-bit against the plain loop, forward and backward. */
    @ParameterizedTest
    @MethodSource("impls")
    void piecewiseLinearExact(Kernels kr) {
        SplittableRandom r = new SplittableRandom(7);
        for (Activation act : new Activation[] {Activation.IDENTITY, Activation.RELU, Activation.leakyRelu(0.01f),
                Activation.leakyRelu(0.2f)}) {
            // offset 0 too: ReLU's forward has its own loop for arrays used from index 0
            for (int off : new int[] {0, 3})
            for (int n : sizes(kr)) {
                float[] a = new float[n + off], g = new float[n + off], h = new float[n + off];
                for (int i = 0; i < a.length; i++) {
                    int z = r.nextInt(20);
                    a[i] = z == 0 ? 0f : z == 1 ? -0f : (float) r.nextDouble(-3, 3);
                    g[i] = (float) r.nextDouble(-2, 2);
                }
                float slope = act.slope;
                float[] expH = h.clone(), expG = g.clone(), expG2 = g.clone(), g2 = g.clone();
                for (int i = off; i < n + off; i++) {
                    float ai = a[i];
                    boolean pos = ai > 0;
                    expH[i] = act == Activation.IDENTITY ? ai : act == Activation.RELU ? Math.max(ai, 0f) : pos ? ai : ai * slope;
                    float d = act == Activation.IDENTITY ? 1f : pos ? 1f : (act == Activation.RELU ? 0f : slope);
                    expG[i] = g[i] * d;
                    boolean hp = expH[i] > 0;
                    expG2[i] = act == Activation.IDENTITY ? g[i] : g[i] * (hp ? 1f : (act == Activation.RELU ? 0f : slope));
                }
                act.forward(kr, a, off, h, off, n);
                act.backward(kr, a, off, g, off, n);
                act.backwardFromOutput(kr, expH, off, g2, off, n);
                assertArrayEquals(expH, h, kr + " " + act + " forward n=" + n + " off=" + off);
                assertArrayEquals(expG, g, kr + " " + act + " backward n=" + n);
                assertArrayEquals(expG2, g2, kr + " " + act + " backwardFromOutput n=" + n);
            }
        }
    }

    /** The fused backward from the output agrees with the one from the input (sigmoid, tanh), within a few ulp of g·f'. */
    @ParameterizedTest
    @MethodSource("impls")
    void fromOutputMatchesFromInput(Kernels kr) {
        SplittableRandom r = new SplittableRandom(11);
        int n = 1009;
        float[] a = new float[n], h = new float[n], g1 = new float[n], g2;
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextDouble(-4, 4);
            g1[i] = (float) r.nextDouble(-1, 1);
        }
        g2 = g1.clone();
        for (Activation act : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            float[] ga = g1.clone(), gh = g2.clone();
            act.forward(kr, a, 0, h, 0, n);
            act.backward(kr, a, 0, ga, 0, n);
            act.backwardFromOutput(kr, h, 0, gh, 0, n);
            for (int i = 0; i < n; i++) {
                // h(1−h) and 1−h² inherit h's rounding (amplified by 1/(1−h) near saturation); |a| ≤ 4 keeps that ≤ ~100 ulp.
                assertEquals(ga[i], gh[i], 1e-6 + 1e-5 * Math.abs(ga[i]), kr + " " + act + " at a=" + a[i]);
            }
        }
        assertThrows(UnsupportedOperationException.class,
                () -> Activation.GELU.backwardFromOutput(kr, h, 0, g1, 0, n));
    }

    /** Every kind, every size, in place and with offsets: SIMD and scalar agree with the double reference. */
    @ParameterizedTest
    @MethodSource("impls")
    void sizesOffsetsInPlace(Kernels kr) {
        SplittableRandom r = new SplittableRandom(5);
        for (Fn fn : transcendental()) {
            for (int n : sizes(kr)) {
                float[] a = new float[n + 5];
                for (int i = 0; i < a.length; i++) a[i] = (float) r.nextDouble(-8, 8);
                float[] orig = a.clone();
                fn.act.forward(kr, a, 5, a, 5, n); // in place
                for (int i = 0; i < a.length; i++) {
                    if (i < 5) {
                        assertEquals(orig[i], a[i], "touched outside the range");
                    } else {
                        assertTrue(forwardOk(fn, orig[i], a[i]), fn.act + " n=" + n + " x=" + orig[i] + " ulp " + ulpErr(a[i], fn.f.applyAsDouble(orig[i])) + " kappa " + kappa(fn, orig[i]));
                    }
                }
            }
        }
    }

    @Test
    void rejectsBadRanges() {
        float[] a = new float[10], h = new float[5];
        assertThrows(IndexOutOfBoundsException.class, () -> Activation.RELU.forward(a, 0, h, 0, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> Activation.RELU.forward(a, -1, h, 0, 3));
        assertThrows(NullPointerException.class, () -> Activation.TANH.backward(null, 0, h, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Activation.RELU.forward(a, 0, h, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(Float.NaN));
    }
}
