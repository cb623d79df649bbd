package io.vectorprop.testing;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The implementations every kernel test runs: scalar always, SIMD when this JVM can run it. */
public final class Impls {
    private Impls() {}

    public static List<Kernels> all() {
        List<Kernels> l = new ArrayList<>();
        l.add(KernelProvider.scalar());
        if (KernelProvider.simdUnavailableReason() == null) {
            l.add(KernelProvider.simdOrThrow());
        } else if (Boolean.getBoolean(KernelProvider.PROP_REQUIRE)) {
            throw new AssertionError("SIMD required but unavailable: " + KernelProvider.simdUnavailableReason());
        }
        return l;
    }

    public static Stream<Kernels> stream() {
        return all().stream();
    }
}
