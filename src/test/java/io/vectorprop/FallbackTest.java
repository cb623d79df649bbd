package io.vectorprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import io.vectorprop.internal.KernelProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs in a JVM started without --add-modules jdk.incubator.vector: the library must fall back, not crash. */
@Tag("no-vector-module")
class FallbackTest {
    @Test
    void fallsBackToScalarWithoutTheModule() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "this test must run without --add-modules jdk.incubator.vector");
        assertNotNull(KernelProvider.simdUnavailableReason());
        assertEquals("scalar", VectorProp.implementation());
        assertFalse(VectorProp.isSimd());
        // And the kernels work: a 2x2 product large enough for the packed path is checked by hand.
        int m = 20, n = 40, k = 30;
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) - 3;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) - 2;
        Gemm.sgemm(Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, new GemmWorkspace());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0;
                for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
                assertEquals(s, c[i * n + j], "C(" + i + "," + j + ")"); // small integers: exact
            }
        }
    }

    @Test
    void requiringSimdWithoutTheModuleFailsClearly() {
        String prev = System.getProperty(KernelProvider.PROP_REQUIRE);
        assertTrue(prev == null);
        assertNotNull(KernelProvider.simdUnavailableReason());
        try {
            KernelProvider.simdOrThrow();
            throw new AssertionError("simdOrThrow succeeded without the module");
        } catch (UnsupportedOperationException expected) {
            assertTrue(expected.getMessage().contains("--add-modules"), expected.getMessage());
        }
    }
}
