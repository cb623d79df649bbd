package io.vectorprop;

import io.vectorprop.internal.KernelProvider;

/**
 * Which kernel implementation this JVM runs. The choice is made once, on first use of any kernel.
 *
 * <p>SIMD (the JDK Vector API) is used when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and HotSpot's C2 compiler is on; otherwise a scalar
 * implementation runs and one warning says how to enable SIMD. See {@code README.md} for the system
 * properties that force or cap the choice.
 */
public final class VectorProp {
    private VectorProp() {}

    /** {@code "simd"} or {@code "scalar"}. */
    public static String implementation() {
        return KernelProvider.get().name();
    }

    /** Width in bits of the vectors the SIMD kernels use, or 0 for the scalar implementation. */
    public static int vectorBits() {
        return KernelProvider.get().vectorBits();
    }

    /** True when the SIMD kernels are in use. */
    public static boolean isSimd() {
        return KernelProvider.get().vectorBits() > 0;
    }
}
