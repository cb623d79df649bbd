package io.vectorprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vectorprop.internal.KernelProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The SIMD path must really run where it should: this fails if the build silently fell back to scalar. */
@Tag("kernels")
class ProviderTest {
    @Test
    void simdChosenWhenRequired() {
        if (!Boolean.getBoolean(KernelProvider.PROP_REQUIRE)) {
            return; // only meaningful in the JVMs the build starts with -Dvectorprop.requireSimd=true
        }
        assertNull(KernelProvider.simdUnavailableReason());
        assertEquals("simd", VectorProp.implementation());
        assertTrue(VectorProp.isSimd());
        int cap = KernelProvider.requestedVectorBits();
        if (cap != 0) {
            assertEquals(cap, VectorProp.vectorBits(), "vector width cap not applied");
        } else {
            assertTrue(VectorProp.vectorBits() >= 128);
        }
    }

    @Test
    void requireSimdIsSetByTheBuild() {
        // The Maven build runs every SIMD execution with requireSimd; a build that lost it would test scalar twice.
        assertTrue(Boolean.getBoolean(KernelProvider.PROP_REQUIRE) || Boolean.getBoolean("vectorprop.expectFallback"),
                "tests must run with -Dvectorprop.requireSimd=true (see pom.xml)");
    }
}
