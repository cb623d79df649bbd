package io.vectorprop;

import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Team;

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

    /**
     * The implementation this JVM runs.
     *
     * @return {@code "simd"} or {@code "scalar"}
     */
    public static String implementation() {
        return KernelProvider.get().name();
    }

    /**
     * The vector width the SIMD kernels use.
     *
     * @return the width in bits (128, 256 or 512), or 0 for the scalar implementation
     */
    public static int vectorBits() {
        return KernelProvider.get().vectorBits();
    }

    /**
     * Whether the Vector API kernels are in use.
     *
     * @return true for the SIMD implementation, false for the scalar fallback
     */
    public static boolean isSimd() {
        return KernelProvider.get().vectorBits() > 0;
    }

    /**
     * The library's thread count: the calling thread plus {@code threads − 1} worker threads that GEMM calls and
     * training steps share. Set at start-up by the system property {@code vectorprop.threads} (default: the
     * number of available processors); see {@link #setThreads(int)}.
     *
     * @return the thread count, at least 1
     */
    public static int threads() {
        return Team.threads();
    }

    /**
     * Sets the library's thread count (like {@code OPENBLAS_NUM_THREADS} or {@code torch.set_num_threads}); 1
     * runs everything on the calling thread. Workers start on first need and park when idle; after a change the
     * old workers exit as soon as no call is using them. A {@link io.vectorprop.gemm.GemmWorkspace} or an
     * {@link io.vectorprop.mlp.Mlp} can use fewer threads than this, not more. Results are bit-identical for
     * every thread count. Safe to call from any thread, also while other threads run calls.
     *
     * @param n the new thread count, at least 1
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static void setThreads(int n) {
        Team.setThreads(n);
    }
}
