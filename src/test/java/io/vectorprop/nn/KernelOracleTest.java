package io.vectorprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.blas.Blas;
import io.vectorprop.internal.Kernels;
import io.vectorprop.optim.Updates;
import io.vectorprop.testing.Impls;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Level 1, batch-matrix helpers, softmax and losses, optimizer steps: each against a naive loop. */
@Tag("kernels")
class KernelOracleTest {
    static final double EPS = Math.ulp(1f);

    static Stream<Kernels> impls() {
        return Impls.stream();
    }

    static int[] sizes(Kernels kr) {
        int l = Math.max(1, kr.vectorBits() / 32);
        // 65,633 is above SimdKernels.PLAIN_MAX (65,536), where sscal leaves the plain loop; ReLU, saxpy, hadamard,
        // SGD and momentum take the plain loop at any size when every offset is 0, so the tests run both.
        return new int[] {0, 1, 2, l - 1, l, l + 1, 4 * l - 1, 4 * l + 1, 97, 1009, 65_633};
    }

    /** x behind {@code pad} floats of 42 (a sentinel that must stay). */
    static float[] shifted(float[] x, int pad) {
        float[] y = new float[x.length + pad];
        Arrays.fill(y, 0, pad, 42f);
        System.arraycopy(x, 0, y, pad, x.length);
        return y;
    }

    static float[] rand(SplittableRandom r, int n, double lo, double hi) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextDouble(lo, hi);
        return x;
    }

    /** Elementwise operations that round the same way as the plain loop are bit-exact. */
    @ParameterizedTest
    @MethodSource("impls")
    void exactElementwise(Kernels kr) {
        SplittableRandom r = new SplittableRandom(1);
        // Offsets 0 and 2: with every offset 0 the plain-loop kernels take their own loops (relu0, saxpy0, …).
        for (int off : new int[] {0, 2})
        for (int n : sizes(kr)) {
            float[] x = rand(r, n + off, -2, 2), y = rand(r, n + off, -2, 2);
            float[] e = y.clone(), got = y.clone();
            for (int i = off; i < n + off; i++) e[i] = e[i] + 0.7f * x[i];
            kr.saxpy(n, 0.7f, x, off, got, off);
            assertArrayEquals(e, got, "saxpy n=" + n + " off=" + off);
            e = x.clone(); got = x.clone();
            for (int i = off; i < n + off; i++) e[i] *= y[i];
            kr.hadamard(n, y, off, got, off);
            assertArrayEquals(e, got, "hadamard n=" + n + " off=" + off);
            e = x.clone(); got = x.clone();
            for (int i = off; i < n + off; i++) e[i] *= -1.5f;
            kr.sscal(n, -1.5f, got, off);
            assertArrayEquals(e, got, "sscal n=" + n + " off=" + off);
        }
        // Bias add and bias gradient (column sums) on 7 × n and 37 × n batches with a larger leading dimension;
        // the gaps between rows must stay untouched. The bias add works in column chunks of 16, 4 and 1 vectors:
        // 16l ± 1 and 21l + 3 reach each chunk and the scalar tail.
        int l = Math.max(1, kr.vectorBits() / 32);
        for (int rows : new int[] {7, 37})
        for (int cols : IntStream.concat(IntStream.of(sizes(kr)), IntStream.of(16 * l - 1, 16 * l + 1, 21 * l + 3)).toArray()) {
            int ld = cols + 3;
            float[] x = rand(r, rows * ld + 1, -1, 1), bias = rand(r, cols + 1, -1, 1);
            float[] e = x.clone(), got = x.clone();
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) e[1 + i * ld + j] += bias[1 + j];
            kr.addRowVector(rows, cols, bias, 1, got, 1, ld);
            assertArrayEquals(e, got, "addRowVector cols=" + cols);
            float[] sums = rand(r, cols, -1, 1), es = sums.clone();
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) es[j] += x[1 + i * ld + j];
            kr.columnSumsAdd(rows, cols, x, 1, ld, sums, 0);
            assertArrayEquals(es, sums, "columnSumsAdd cols=" + cols);
            float[] a = rand(r, rows * ld, -1, 1), ea = a.clone(), xv = rand(r, rows, -1, 1);
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) ea[i * ld + j] += (0.5f * xv[i]) * bias[1 + j];
            kr.sger(rows, cols, 0.5f, xv, 0, bias, 1, a, 0, ld);
            assertArrayEquals(ea, a, "sger cols=" + cols);
        }
    }

    /** 4M elements (past every cache): the memory-bound size of the benchmarks, exact against the plain loop. */
    @ParameterizedTest
    @MethodSource("impls")
    void fourMillion(Kernels kr) {
        int n = 4 << 20;
        SplittableRandom r = new SplittableRandom(12);
        float[] a = rand(r, n, -2, 2), g = rand(r, n, -1, 1), h = new float[n], eg = g.clone();
        kr.activate(Kernels.RELU, 0f, a, 0, h, 0, n);
        kr.activateBackward(Kernels.RELU, 0f, a, 0, g, 0, n);
        for (int i = 0; i < n; i++) {
            if (h[i] != Math.max(a[i], 0f)) throw new AssertionError("relu at " + i);
            if (g[i] != (a[i] > 0 ? eg[i] : 0f * eg[i])) throw new AssertionError("relu backward at " + i);
        }
        kr.activate(Kernels.SIGMOID, 0f, a, 0, h, 0, n);
        for (int i = 0; i < n; i += 997) {
            assertEquals(1 / (1 + Math.exp(-a[i])), h[i], 4 * Math.ulp(h[i]), "sigmoid at " + i);
        }
        double dot = 0, abs = 0;
        for (int i = 0; i < n; i++) { dot += (double) a[i] * eg[i]; abs += Math.abs((double) a[i] * eg[i]); }
        assertEquals(dot, kr.sdot(n, a, 0, eg, 0), n * EPS * abs, "sdot 4M");
    }

    /** Reductions: |got − Σ| ≤ n·ε·Σ|terms| (partial sums in float; a bound that grows with n). */
    @ParameterizedTest
    @MethodSource("impls")
    void reductions(Kernels kr) {
        SplittableRandom r = new SplittableRandom(2);
        for (int n : sizes(kr)) {
            float[] x = rand(r, n + 1, -1, 1), y = rand(r, n + 1, -1, 1);
            double dot = 0, adot = 0, sum = 0, asum = 0, sq = 0;
            for (int i = 1; i <= n; i++) {
                dot += (double) x[i] * y[i]; adot += Math.abs((double) x[i] * y[i]);
                sum += x[i]; asum += Math.abs(x[i]); sq += (double) x[i] * x[i];
            }
            assertEquals(dot, kr.sdot(n, x, 1, y, 1), (n + 1) * EPS * adot + 1e-30, "sdot n=" + n);
            assertEquals(sum, kr.ssum(n, x, 1), (n + 1) * EPS * asum + 1e-30, "ssum n=" + n);
            assertEquals(sq, kr.snrm2sq(n, x, 1), (n + 1) * EPS * sq + 1e-30, "snrm2sq n=" + n);
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void softmaxAndCrossEntropy(Kernels kr) {
        SplittableRandom r = new SplittableRandom(3);
        // 37 rows: the narrow-row path runs its exponentials over the flat block, across row boundaries
        for (int rows : new int[] {5, 37})
        for (int cols : new int[] {1, 2, 10, 15, 16, 17, 31, 32, 33, 1000}) {
            float[] x = rand(r, rows * cols, -20, 20);
            x[0] = 1e4f; // large logits must not overflow
            if (cols > 1) x[cols + 1] = -1e4f;
            x[3 * cols - 1] = 5e3f; // a row's last element as its max: a max that missed it would overflow exp
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) labels[i] = r.nextInt(cols);
            float[] p = new float[rows * cols], lp = new float[rows * cols], grad = new float[rows * cols];
            kr.softmaxRows(rows, cols, x, 0, p, 0, false);
            kr.softmaxRows(rows, cols, x, 0, lp, 0, true);
            double rawLoss = kr.softmaxCrossEntropy(rows, cols, x, 0, labels, 0, grad, 0, 1f / rows), loss = rawLoss / rows;
            double refLoss = 0;
            for (int i = 0; i < rows; i++) {
                double max = Double.NEGATIVE_INFINITY, s = 0, rowSum = 0;
                for (int j = 0; j < cols; j++) max = Math.max(max, x[i * cols + j]);
                for (int j = 0; j < cols; j++) s += Math.exp(x[i * cols + j] - max);
                double lse = max + Math.log(s);
                refLoss += lse - x[i * cols + labels[i]];
                for (int j = 0; j < cols; j++) {
                    double pr = Math.exp(x[i * cols + j] - lse);
                    // a few roundings (exp, sum, scale) plus the rounding of x − max, which exp turns into a
                    // relative error of |x − max|·ε/2: (8 + |x − max|)·ε relative
                    double spread = Math.abs(x[i * cols + j] - max);
                    assertEquals(pr, p[i * cols + j], (8 + spread) * EPS * pr + 1e-37, "softmax " + kr + " cols=" + cols);
                    assertEquals(x[i * cols + j] - lse, lp[i * cols + j], 8 * EPS * (Math.abs(x[i * cols + j]) + Math.abs(lse)), "logsoftmax");
                    double g = (pr - (j == labels[i] ? 1 : 0)) / rows;
                    assertEquals(g, grad[i * cols + j], 8 * EPS / rows, "CE grad");
                    rowSum += p[i * cols + j];
                }
                assertEquals(1.0, rowSum, (cols + 8) * EPS, "softmax row sum");
            }
            refLoss /= rows;
            assertEquals(refLoss, loss, 1e-6 * Math.max(1, Math.abs(refLoss)), "CE loss " + kr + " cols=" + cols);
            assertTrue(Double.isFinite(loss));
            // in place (grad aliasing the logits, as documented) and at an offset. Not compared bit for bit: the
            // Vector API's EXP gives different last bits interpreted and compiled, and either may run here
            float[] inPlace = new float[rows * cols + 3];
            System.arraycopy(x, 0, inPlace, 3, rows * cols);
            assertEquals(rawLoss, kr.softmaxCrossEntropy(rows, cols, inPlace, 3, labels, 0, inPlace, 3, 1f / rows),
                    1e-6 * Math.max(1, Math.abs(rawLoss)), "CE in place, rows=" + rows + " cols=" + cols);
            for (int i = 0; i < rows * cols; i++) {
                assertEquals(grad[i], inPlace[3 + i], 8 * EPS / rows, "CE in place grad " + i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void mseAndBce(Kernels kr) {
        SplittableRandom r = new SplittableRandom(4);
        for (int n : sizes(kr)) {
            float[] p = rand(r, n, -3, 3), t = rand(r, n, 0, 1), g = new float[n], g2 = new float[n];
            double s = kr.squaredError(n, p, 0, t, 0, g, 0, 2f / Math.max(n, 1)), ref = 0, bce = 0;
            double b = kr.bceWithLogits(n, p, 0, t, 0, g2, 0, 1f / Math.max(n, 1));
            for (int i = 0; i < n; i++) {
                double d = (double) p[i] - t[i];
                ref += d * d;
                assertEquals(d * 2 / n, g[i], 2 * EPS * Math.abs(d * 2 / n) + 1e-37, "mse grad");
                double x = p[i];
                bce += Math.max(x, 0) - x * t[i] + Math.log(1 + Math.exp(-Math.abs(x)));
                assertEquals((1 / (1 + Math.exp(-x)) - t[i]) / n, g2[i], 8 * EPS / n, "bce grad");
            }
            assertEquals(ref, s, (n + 2) * EPS * ref + 1e-30, "squared error n=" + n);
            assertEquals(bce, b, (n + 8) * 4 * EPS * Math.abs(bce) + 1e-30, "bce n=" + n);
        }
        float[] big = {1e4f, -1e4f}, tt = {0f, 1f}, gg = new float[2];
        double l = kr.bceWithLogits(2, big, 0, tt, 0, gg, 0, 0.5f);
        assertEquals(2e4, l, 1e-3, "BCE of ±1e4 logits");
    }

    @ParameterizedTest
    @MethodSource("impls")
    void argmax(Kernels kr) {
        float[] x = {1, 3, 3, 2, /**/ -1, -5, -0.5f, -9, /**/ 0, Float.NaN, 5, 1};
        int[] out = new int[3];
        kr.rowArgmax(3, 4, x, 0, 4, out, 0);
        assertArrayEquals(new int[] {1, 2, 1}, out);
    }

    /**
     * Row max and argmax against the plain loops on random rows of every test width, with ties, ±0 and a NaN
     * planted in some rows; the gaps between rows (ld > cols) and around out must stay untouched.
     */
    @ParameterizedTest
    @MethodSource("impls")
    void rowMaxAndArgmax(Kernels kr) {
        SplittableRandom r = new SplittableRandom(21);
        for (int cols : sizes(kr)) {
            if (cols == 0 || cols > 5000) continue;
            int rows = 9, ld = cols + 2;
            float[] x = rand(r, rows * ld + 1, -3, 3);
            for (int i = 0; i < rows; i++) {
                int o = 1 + i * ld;
                if (i == 1) x[o + r.nextInt(cols)] = Float.NaN;
                if (i == 2) Arrays.fill(x, o, o + cols, -0f);
                if (i == 3) { Arrays.fill(x, o, o + cols, -0f); x[o + r.nextInt(cols)] = 0f; }
                if (i == 4) { x[o + cols - 1] = 7f; x[o + r.nextInt(cols)] = 7f; } // a tie, maybe with itself
                if (i == 5) Arrays.fill(x, o, o + cols, Float.NEGATIVE_INFINITY);
            }
            float[] want = new float[rows + 2], got = new float[rows + 2];
            int[] wantIdx = new int[rows + 2], gotIdx = new int[rows + 2];
            Arrays.fill(got, 42f); Arrays.fill(want, 42f); Arrays.fill(gotIdx, -7); Arrays.fill(wantIdx, -7);
            for (int i = 0; i < rows; i++) {
                int o = 1 + i * ld, best = 0;
                float m = x[o];
                for (int j = 1; j < cols; j++) {
                    m = Math.max(m, x[o + j]);
                    if (!Float.isNaN(x[o + best]) && (x[o + j] > x[o + best] || Float.isNaN(x[o + j]))) best = j;
                }
                want[1 + i] = m;
                wantIdx[1 + i] = best;
            }
            kr.rowMax(rows, cols, x, 1, ld, got, 1);
            kr.rowArgmax(rows, cols, x, 1, ld, gotIdx, 1);
            for (int i = 0; i < rows + 2; i++) {
                assertEquals(Float.floatToRawIntBits(want[i]), Float.floatToRawIntBits(got[i]),
                        "rowMax cols=" + cols + " row " + (i - 1) + ": " + want[i] + " vs " + got[i]);
            }
            assertArrayEquals(wantIdx, gotIdx, "rowArgmax cols=" + cols);
        }
    }

    /** Optimizer steps follow PyTorch's formulas; vector and plain loop round the same way, so they are bit-exact. */
    @ParameterizedTest
    @MethodSource("impls")
    void optimizerSteps(Kernels kr) {
        SplittableRandom r = new SplittableRandom(6);
        for (int n : sizes(kr)) {
            float[] w = rand(r, n, -1, 1), g = rand(r, n, -1, 1), v = rand(r, n, -0.1, 0.1), m = rand(r, n, -0.1, 0.1);
            float[] vv = new float[n];
            for (int i = 0; i < n; i++) vv[i] = Math.abs(v[i]);
            float lr = 0.05f, wd = 1e-3f, mu = 0.9f;
            float[] ew = w.clone(), gw = w.clone();
            for (int i = 0; i < n; i++) ew[i] = ew[i] - lr * (g[i] + wd * ew[i]);
            kr.sgdStep(n, lr, wd, gw, 0, g, 0);
            assertArrayEquals(ew, gw, "sgd n=" + n);
            // the same step with offsets (the zero-offset loops are separate code): 3 padding floats in front
            float[] gwo = shifted(w, 3), go = shifted(g, 5);
            kr.sgdStep(n, lr, wd, gwo, 3, go, 5);
            assertArrayEquals(shifted(ew, 3), gwo, "sgd with offsets n=" + n);
            for (boolean nesterov : new boolean[] {false, true}) {
                float[] ew2 = w.clone(), ev = v.clone(), gw2 = w.clone(), gv = v.clone();
                for (int i = 0; i < n; i++) {
                    float d = g[i] + wd * ew2[i];
                    ev[i] = mu * ev[i] + d;
                    ew2[i] = ew2[i] - lr * (nesterov ? d + mu * ev[i] : ev[i]);
                }
                kr.momentumStep(n, lr, mu, wd, nesterov, gw2, 0, g, 0, gv, 0);
                assertArrayEquals(ew2, gw2, "momentum w nesterov=" + nesterov);
                assertArrayEquals(ev, gv, "momentum v nesterov=" + nesterov);
                float[] gwo2 = shifted(w, 1), go2 = shifted(g, 2), gvo = shifted(v, 3);
                kr.momentumStep(n, lr, mu, wd, nesterov, gwo2, 1, go2, 2, gvo, 3);
                assertArrayEquals(shifted(ew2, 1), gwo2, "momentum w with offsets nesterov=" + nesterov);
                assertArrayEquals(shifted(ev, 3), gvo, "momentum v with offsets nesterov=" + nesterov);
            }
            for (boolean decoupled : new boolean[] {false, true}) {
                float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
                int t = 3;
                float c1 = (float) (1 - Math.pow(b1, t)), c2 = (float) (1 - Math.pow(b2, t));
                // PyTorch's Adam/AdamW in double, for the formula; the float kernels must agree to a few ulp.
                float[] gw3 = w.clone(), gm = m.clone(), gv3 = vv.clone();
                kr.adamStep(n, lr, b1, b2, eps, 0.01f, decoupled, c1, c2, gw3, 0, g, 0, gm, 0, gv3, 0);
                // with offsets (the zero-offset loop is separate code): the same operations in the same order,
                // so the same bits as above
                float[] wo = shifted(w, 1), go3 = shifted(g, 2), mo = shifted(m, 3), vo = shifted(vv, 4);
                kr.adamStep(n, lr, b1, b2, eps, 0.01f, decoupled, c1, c2, wo, 1, go3, 2, mo, 3, vo, 4);
                assertArrayEquals(shifted(gw3, 1), wo, "adam w with offsets decoupled=" + decoupled + " n=" + n);
                assertArrayEquals(shifted(gm, 3), mo, "adam m with offsets decoupled=" + decoupled + " n=" + n);
                assertArrayEquals(shifted(gv3, 4), vo, "adam v with offsets decoupled=" + decoupled + " n=" + n);
                for (int i = 0; i < n; i++) {
                    double wi = w[i] * (decoupled ? 1 - (double) lr * 0.01 : 1);
                    double d = g[i] + (decoupled ? 0 : 0.01 * wi);
                    double mi = b1 * (double) m[i] + (1 - b1) * d, vi = b2 * (double) vv[i] + (1 - b2) * d * d;
                    double bc1 = 1 - Math.pow(b1, t), bc2 = 1 - Math.pow(b2, t);
                    double ref = wi - lr / bc1 * mi / (Math.sqrt(vi) / Math.sqrt(bc2) + eps);
                    // the two terms of m may cancel: bound by their magnitudes, not by |m|
                    assertEquals(mi, gm[i], 4 * EPS * (Math.abs(b1 * m[i]) + Math.abs((1 - b1) * d)), "adam m");
                    assertEquals(vi, gv3[i], 4 * EPS * vi + 1e-12, "adam v");
                    // the step lr/c1·m/(√v/√c2+eps) can be as large as lr/c1·√c2-ish; 16 ε of it is ample
                    assertEquals(ref, gw3[i], 16 * EPS * (Math.abs(ref) + lr / bc1 * 2), "adam w decoupled=" + decoupled);
                }
            }
        }
    }

    /** After warm-up (C2 compiled), no kernel allocates: the quietest window must be 0 bytes. */
    @ParameterizedTest
    @MethodSource("impls")
    void kernelsAllocateNothing(Kernels kr) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 1000;
        float[] x = rand(new SplittableRandom(8), n, -3, 3), y = new float[n], z = new float[n], w = new float[n];
        int[] lab = new int[10];
        // One call site per kernel (as in an application): a single method that inlines every kernel at once
        // pushes C2 past its inlining budget, and then even correct Vector API code boxes (see README).
        java.util.List<Runnable> calls = new java.util.ArrayList<>();
        for (int kind = 0; kind < 8; kind++) {
            int k = kind;
            calls.add(() -> kr.activate(k, 0.1f, x, 0, y, 0, n));
            calls.add(() -> kr.activateBackward(k, 0.1f, x, 0, y, 0, n));
        }
        calls.add(() -> kr.activateBackwardFromOutput(Kernels.TANH, 0f, x, 0, y, 0, n));
        calls.add(() -> kr.saxpy(n, 0.5f, x, 0, y, 0));
        calls.add(() -> kr.sdot(n, x, 0, y, 0));
        calls.add(() -> kr.softmaxRows(10, 100, x, 0, y, 0, false));
        calls.add(() -> kr.softmaxCrossEntropy(10, 100, x, 0, lab, 0, y, 0, 0.1f));
        calls.add(() -> kr.squaredError(n, x, 0, y, 0, z, 0, 0.1f));
        calls.add(() -> kr.bceWithLogits(n, x, 0, y, 0, z, 0, 0.1f));
        calls.add(() -> kr.columnSumsAdd(10, 100, x, 0, 100, z, 0));
        calls.add(() -> kr.addRowVector(10, 100, z, 0, y, 0, 100));
        calls.add(() -> kr.rowMax(10, 100, x, 0, 100, z, 0));
        // offsets 1: the Vector API loops of the kernels that run a plain loop when every offset is 0
        calls.add(() -> kr.activate(Kernels.RELU, 0f, x, 1, y, 1, n - 1));
        calls.add(() -> kr.saxpy(n - 1, 0.5f, x, 1, y, 1));
        calls.add(() -> kr.sgdStep(n - 1, 0.01f, 0f, w, 1, x, 1));
        calls.add(() -> kr.adamStep(n - 1, 0.01f, 0.9f, 0.999f, 1e-8f, 0f, false, 0.1f, 0.01f, w, 1, x, 1, y, 1, z, 1));
        calls.add(() -> kr.sgdStep(n, 0.01f, 0f, w, 0, x, 0));
        calls.add(() -> kr.momentumStep(n, 0.01f, 0.9f, 0f, true, w, 0, x, 0, z, 0));
        calls.add(() -> kr.adamStep(n, 0.01f, 0.9f, 0.999f, 1e-8f, 0f, false, 0.1f, 0.01f, w, 0, x, 0, y, 0, z, 0));
        Runnable[] arr = calls.toArray(new Runnable[0]);
        Runnable all = () -> {
            for (Runnable c : arr) c.run();
        };
        for (int i = 0; i < 3000; i++) all.run();
        long least = Long.MAX_VALUE;
        // C2 takes a few thousand rounds to compile every loop (more on JDK 25 at 256 bits, longer when its
        // queue holds earlier tests' compiles): a per-call allocation shows in every window, warm-up in the
        // first ones only. Windows run until one is quiet or 20 s have passed.
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int t = 0; least != 0 && (t < 3 || System.nanoTime() < deadline); t++) {
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 500; i++) all.run();
            least = Math.min(least, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
        }
        assertEquals(0, least, kr + ": bytes allocated in the quietest window (20 s at most) of 500 rounds of every kernel");
    }

    @Test
    void facadesValidate() {
        float[] a = new float[4];
        assertThrows(IllegalArgumentException.class, () -> Updates.sgd(4, Float.NaN, 0f, a, 0, a, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Updates.sgd(5, 0.1f, 0f, a, 0, a, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy(2, 2, a, 0, new int[] {0, 2}, 0, new float[4], 0));
        float[] logits = {1, 2, 3, 4}, grad = new float[4];
        Arrays.fill(grad, 9f);
        assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy(2, 2, logits, 0, new int[] {1, -1}, 0, grad, 0));
        for (float v : grad) assertEquals(9f, v, "grad written before the label check");
        assertThrows(IndexOutOfBoundsException.class, () -> Blas.saxpy(3, 1f, a, 2, a, 0));
        assertThrows(IllegalArgumentException.class, () -> Blas.rowArgmax(1, 0, a, 0, 1, new int[1], 0));
        assertThrows(IllegalArgumentException.class, () -> Blas.rowMax(1, 0, a, 0, 1, new float[1], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Blas.rowMax(2, 1, a, 0, 1, new float[1], 0));
        assertEquals(1f, Updates.clipFactor(0.5, 1.0));
        assertEquals(0.5f, Updates.clipFactor(2.0, 1.0), 1e-6f);
    }
}
