package io.vectorprop.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Chooses the kernel implementation once, when first used (Lucene's VectorizationProvider pattern).
 *
 * <p>The SIMD class is loaded reflectively and only after checking that {@code jdk.incubator.vector} is
 * readable and that HotSpot's C2 compiler is on, so a JVM started without {@code --add-modules} never
 * touches an incubator class. System properties:
 * <ul>
 *   <li>{@code vectorprop.impl=scalar|simd} forces an implementation;</li>
 *   <li>{@code vectorprop.vectorBits=128|256|512} caps the SIMD vector width;</li>
 *   <li>{@code vectorprop.requireSimd=true} makes a fallback to scalar an error (for CI).</li>
 * </ul>
 */
public final class KernelProvider {
    public static final String PROP_IMPL = "vectorprop.impl";
    public static final String PROP_BITS = "vectorprop.vectorBits";
    public static final String PROP_REQUIRE = "vectorprop.requireSimd";
    private static final String SIMD_CLASS = "io.vectorprop.internal.vector.SimdKernels";
    private static final System.Logger LOG = System.getLogger("io.vectorprop");

    private KernelProvider() {}

    private static final class Holder {
        static final Kernels INSTANCE = choose();
    }

    /** The implementation chosen for this JVM. */
    public static Kernels get() {
        return Holder.INSTANCE;
    }

    /** The scalar implementation, always available (tests compare against it). */
    public static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    /** The SIMD implementation, or the reason it is unavailable as an exception. */
    public static Kernels simdOrThrow() {
        String why = simdUnavailableReason();
        if (why != null) {
            throw new UnsupportedOperationException(why);
        }
        return loadSimd();
    }

    private static Kernels choose() {
        String forced = System.getProperty(PROP_IMPL, "").trim().toLowerCase(Locale.ROOT);
        boolean require = Boolean.getBoolean(PROP_REQUIRE);
        if (!forced.isEmpty() && !forced.equals("scalar") && !forced.equals("simd")) {
            throw new IllegalArgumentException(PROP_IMPL + " must be 'scalar' or 'simd', was '" + forced + "'");
        }
        if (forced.equals("scalar")) {
            if (require) {
                throw new IllegalStateException(PROP_REQUIRE + "=true contradicts " + PROP_IMPL + "=scalar");
            }
            LOG.log(System.Logger.Level.INFO, "vectorprop: scalar kernels (forced by -D" + PROP_IMPL + "=scalar)");
            return ScalarKernels.INSTANCE;
        }
        String why = simdUnavailableReason();
        if (why == null) {
            try {
                Kernels k = loadSimd();
                LOG.log(System.Logger.Level.INFO, "vectorprop: SIMD kernels (Vector API, " + k.vectorBits() + "-bit vectors)");
                return k;
            } catch (RuntimeException | LinkageError e) {
                why = "the Vector API implementation failed to load: " + e;
            }
        }
        if (require || forced.equals("simd")) {
            throw new IllegalStateException("vectorprop: SIMD kernels required but unavailable: " + why);
        }
        LOG.log(System.Logger.Level.WARNING, "vectorprop: scalar fallback kernels (" + why
                + "). To enable SIMD, run Java with --add-modules jdk.incubator.vector on a HotSpot JVM with C2.");
        return ScalarKernels.INSTANCE;
    }

    /** Why SIMD cannot run here, or null if it can. */
    public static String simdUnavailableReason() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return "module jdk.incubator.vector is not present (missing --add-modules jdk.incubator.vector)";
        }
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("HotSpot") && !vm.contains("OpenJDK")) {
            return "not a HotSpot JVM (" + vm + ")";
        }
        try {
            com.sun.management.HotSpotDiagnosticMXBean bean =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (bean != null) {
                if ("false".equals(bean.getVMOption("UseCompiler").getValue())) {
                    return "the JIT compiler is off (-Xint)";
                }
                String level = bean.getVMOption("TieredStopAtLevel").getValue();
                if ("true".equals(bean.getVMOption("TieredCompilation").getValue()) && Integer.parseInt(level) < 4) {
                    return "C2 is off (-XX:TieredStopAtLevel=" + level + ")";
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // jdk.management absent: cannot tell, assume C2 as HotSpot's default.
        }
        return null;
    }

    /** The vector width cap from {@code vectorprop.vectorBits}, or 0 for none. */
    public static int requestedVectorBits() {
        String s = System.getProperty(PROP_BITS, "").trim();
        if (s.isEmpty()) {
            return 0;
        }
        switch (s) {
            case "128": return 128;
            case "256": return 256;
            case "512": return 512;
            default: throw new IllegalArgumentException(PROP_BITS + " must be 128, 256 or 512, was '" + s + "'");
        }
    }

    private static Kernels loadSimd() {
        try {
            Class<?> c = Class.forName(SIMD_CLASS);
            return (Kernels) MethodHandles.publicLookup()
                    .findStatic(c, "create", MethodType.methodType(Kernels.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
