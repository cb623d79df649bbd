/**
 * Not API: the kernel contract and its implementations, argument checks, and the worker team.
 *
 * <h2>Provider (Lucene's vectorization pattern)</h2>
 * {@link io.vectorprop.internal.Kernels} is the contract every facade calls; {@link io.vectorprop.internal.ScalarKernels}
 * is the fast scalar implementation (blocked GEMM with plain loops, and the tail of every SIMD loop);
 * {@code io.vectorprop.internal.vector.SimdKernels} is the Vector API one, and {@code internal.vector} is the only
 * package that imports {@code jdk.incubator.vector}. {@link io.vectorprop.internal.KernelProvider} picks one, once:
 * SIMD only if the module is readable and C2 is on, checked before the SIMD class is loaded (reflectively), so a
 * JVM without {@code --add-modules} never touches an incubator class and logs one warning instead. The vector
 * species is a {@code static final}, chosen once from the preferred width and the {@code vectorprop.vectorBits}
 * cap, so C2 treats it as a constant.
 *
 * <h2>Checks</h2>
 * The facades check every argument ({@link io.vectorprop.internal.Check}) and then call the kernels, which assume
 * valid arguments; no kernel writes before the checks have passed.
 *
 * <h2>Threads</h2>
 * {@link io.vectorprop.internal.Team} runs one job at a time on the calling thread and its workers, without
 * allocating: jobs are objects their owners keep, parts are claimed from one atomic word, completion is a counter.
 * Jobs split their output into parts at tile boundaries and take every decision from the whole problem, so the
 * number of parts never changes a result.
 */
package io.vectorprop.internal;
