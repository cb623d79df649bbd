/**
 * Not API: the Vector API kernels (GEMM micro-kernels and packing, elementwise kernels, softmax and losses,
 * optimizer steps) and the constants they use. The only package that imports {@code jdk.incubator.vector}.
 *
 * <h2>Vector API pitfalls and how the code avoids them</h2>
 * <ul>
 *   <li><b>Inlining or boxing.</b> C2 turns a Vector API expression into registers only if it inlines every call
 *       in it. A method with too much vector code (one {@code switch} with a loop per activation, or a caller that
 *       inlines many kernels) exceeds C2's inlining budget or node limit; the calls left out then box their vectors
 *       and the loop allocates and runs 10–30× slower, silently. So each vector loop is its own small method; the
 *       GEMM micro-kernel writes raw sums and leaves alpha, beta and edges to a separate epilogue; and the
 *       transcendental loops are called through a {@code MethodHandle} held by a non-constant object, which C2
 *       cannot inline into a caller (one indirect call per kernel call), so each compiles on its own even in a
 *       program that uses only one activation.</li>
 *   <li><b>No helpers in loops.</b> Past the node limit C2 still inlines the JDK's {@code @ForceInline} Vector API
 *       methods but not a library's small helpers: a helper around {@code intoArray} is left as a call and boxes.
 *       The loops call the Vector API directly.</li>
 *   <li><b>JDK 17's shared type profile.</b> JDK 17's C2 learns the exact class of a vector result (e.g.
 *       {@code Float256Vector}) from the type profile of a cast inside the JDK, which every caller shares. Once
 *       another shape has passed there it types the value only as {@code FloatVector}, cannot intrinsify the
 *       store, and boxes the accumulators on every iteration. So every vector that comes from a broadcast, a zero,
 *       a float operand or a loop accumulator passes through a cast to the species' constant class (which C2
 *       folds, or checks once), and float operands are vectors of the exact class, hoisted before the loop.
 *       {@code ProfilePollutionTest} uses every shape first and then checks that nothing allocates. JDK 25 needs
 *       none of this.</li>
 *   <li><b>Misaligned streams.</b> A Vector API loop over a {@code float[]} cannot align its accesses (pure Java
 *       has no aligned allocation), while C2's auto-vectorized plain loop aligns its stores. For the streaming
 *       kernels (ReLU, hadamard, saxpy, SGD, momentum, Adam) the plain loop is faster when every offset is 0, so
 *       those run it; with run-time offsets into two arrays C2 cannot rule out an overlap and leaves the plain loop
 *       scalar, so other offsets take the Vector API loop.</li>
 *   <li><b>Per-JDK code shapes.</b> Where JDK 17 and JDK 25 compile a form differently (masked stores, in-register
 *       transposes, hoisted strides in the 6-row GEMM kernel), a {@code static final} flag chosen from
 *       {@code Runtime.version()} selects the form that is fast on the running JDK; both forms compute the same
 *       result.</li>
 * </ul>
 * The allocation tests (a training step and every kernel allocate 0 bytes after warm-up) guard these rules; JMH
 * {@code -prof gc} checks the one-kind case in a fresh JVM.
 */
package io.vectorprop.internal.vector;
