package io.vectorprop.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.vectorprop.testing.Impls;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GEMM packing against its definition, element by element: packing only copies, so the result is exact. Every
 * output starts as NaN, so an element left unwritten (or one written outside its place, onto a sentinel) fails.
 * The GEMM tests reach these routines too, but only through products; here each edge (kc not a multiple of the
 * 8-step blocks, partial panels, offsets, padding rows and columns) is checked on its own.
 */
@Tag("kernels")
class PackingOracleTest {
    static Stream<Kernels> impls() {
        return Impls.stream();
    }

    private static final int[] KC = {0, 1, 7, 8, 9, 16, 17, 63, 97};

    private static float[] rand(SplittableRandom r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextDouble(-1, 1);
        return x;
    }

    private static float[] nan(int n) {
        float[] x = new float[n];
        Arrays.fill(x, Float.NaN);
        return x;
    }

    @ParameterizedTest
    @MethodSource("impls")
    void untransposedB(Kernels kr) {
        int nr = kr.gemmNR();
        SplittableRandom r = new SplittableRandom(11);
        for (int kc : KC)
        for (int np : new int[] {0, 1, 2, 5}) {
            int src = 3, rsb = np * nr + 5, dst = 2;   // a row stride wider than the panels, offsets on both sides
            float[] b = rand(r, src + kc * rsb);
            float[] got = nan(dst + np * nr * kc + 4), want = got.clone();
            for (int q = 0; q < np; q++)
                for (int p = 0; p < kc; p++)
                    for (int j = 0; j < nr; j++) want[dst + q * nr * kc + p * nr + j] = b[src + q * nr + p * rsb + j];
            kr.gemmPackBPanels(kc, np, b, src, rsb, got, dst);
            assertArrayEquals(want, got, "panels kc=" + kc + " np=" + np + " seed 11");
        }
        for (int kc : KC)
        for (int nrr : new int[] {1, nr - 1, nr}) {
            int src = 1, rsb = nr + 3, dst = 5;
            float[] b = rand(r, src + kc * rsb);
            float[] got = nan(dst + nr * kc + 4), want = got.clone();
            for (int p = 0; p < kc; p++)
                for (int j = 0; j < nr; j++) want[dst + p * nr + j] = j < nrr ? b[src + p * rsb + j] : 0f;
            kr.gemmPackB(kc, nrr, b, src, rsb, got, dst);
            assertArrayEquals(want, got, "panel kc=" + kc + " nrr=" + nrr + " seed 11");
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void transposedB(Kernels kr) {
        int nr = kr.gemmNR();
        SplittableRandom r = new SplittableRandom(12);
        for (int kc : KC)
        for (int nrr : new int[] {1, nr - 1, nr}) {
            int src = 3, csb = kc + 7, dst = 2;        // column j of op(B) at src + j·csb, contiguous in p
            float[] b = rand(r, src + nr * csb);
            float[] got = nan(dst + nr * kc + 4), want = got.clone();
            for (int p = 0; p < kc; p++)
                for (int j = 0; j < nr; j++) want[dst + p * nr + j] = j < nrr ? b[src + j * csb + p] : 0f;
            kr.gemmPackBT(kc, nrr, b, src, csb, got, dst);
            assertArrayEquals(want, got, "kc=" + kc + " nrr=" + nrr + " seed 12");
        }
    }

    @ParameterizedTest
    @MethodSource("impls")
    void aPanels(Kernels kr) {
        int mr = kr.gemmMR();
        SplittableRandom r = new SplittableRandom(13);
        for (int kc : KC)
        for (int mrr = 1; mrr <= mr; mrr++)
        for (boolean transposed : new boolean[] {false, true}) {
            // rows of A (csa 1, rows rsa apart) or a transposed A (rsa 1, steps csa apart)
            int src = 2, dst = 3, rsa = transposed ? 1 : kc + 5, csa = transposed ? mr + 3 : 1;
            float[] a = rand(r, src + mr * rsa + kc * csa + 1);
            float[] got = nan(dst + mr * kc + 4), want = got.clone();
            for (int p = 0; p < kc; p++)
                for (int i = 0; i < mr; i++) want[dst + p * mr + i] = i < mrr ? a[src + i * rsa + p * csa] : 0f;
            kr.gemmPackA(kc, mrr, a, src, rsa, csa, got, dst);
            assertArrayEquals(want, got, "kc=" + kc + " mrr=" + mrr + " transposed=" + transposed + " seed 13");
        }
        // a transposed A whose steps are exactly mr apart and whose array ends at its last element: a packing that
        // reads a whole vector per step must stop before the end of a
        for (int kc : KC) {
            int src = 2, dst = 3, csa = mr;
            float[] a = rand(r, src + kc * csa);
            float[] got = nan(dst + mr * kc + 4), want = got.clone();
            for (int p = 0; p < kc; p++)
                for (int i = 0; i < mr; i++) want[dst + p * mr + i] = a[src + i + p * csa];
            kr.gemmPackA(kc, mr, a, src, 1, csa, got, dst);
            assertArrayEquals(want, got, "tight kc=" + kc + " seed 13");
        }
    }
}
