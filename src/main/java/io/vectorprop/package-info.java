/**
 * vectorprop: SIMD CPU kernels (JDK Vector API) for training neural networks by backpropagation, and a thin
 * multilayer-perceptron driver over them.
 *
 * <h2>Facades</h2>
 * One public class per concern, each a thin layer of argument checks over the internal kernels:
 * {@link io.vectorprop.gemm.Gemm} (SGEMM), {@link io.vectorprop.nn.Activation} and {@link io.vectorprop.nn.Losses}
 * (elementwise forward and fused backward, softmax and losses), {@link io.vectorprop.blas.Blas} (level 1 and the
 * dense layer's helpers), {@link io.vectorprop.optim.Updates} (optimizer steps), {@link io.vectorprop.mlp.Mlp} and
 * {@link io.vectorprop.mlp.Trainer} (the driver), {@link io.vectorprop.data.Loaders} (IDX, CSV), and
 * {@link io.vectorprop.VectorProp} (which implementation runs; threads). {@code io.vectorprop.internal} is not API.
 *
 * <h2>Rules that hold everywhere</h2>
 * <ul>
 *   <li><b>Layout.</b> Matrices are row-major {@code float[]} with an offset and, where a matrix may be a block of
 *       a larger one, a leading dimension: element (i,j) is {@code x[off + i·ld + j]}.</li>
 *   <li><b>Errors before writes.</b> Arguments are checked before anything is written: negative sizes and too
 *       small leading dimensions throw {@link java.lang.IllegalArgumentException}, offsets and extents past an
 *       array's end {@link java.lang.IndexOutOfBoundsException}, a null array that would be used
 *       {@link java.lang.NullPointerException}. A failed call leaves its outputs untouched.</li>
 *   <li><b>No allocation.</b> Kernels allocate nothing; GEMM packing lives in a
 *       {@link io.vectorprop.gemm.GemmWorkspace}; an {@code Mlp} allocates every buffer when it is built, so a
 *       training step allocates nothing on any thread.</li>
 *   <li><b>Threads.</b> Static methods are stateless and may run concurrently on disjoint outputs. A workspace or
 *       a model serves one application thread at a time. GEMM calls and training steps may use the library's
 *       worker threads ({@link io.vectorprop.VectorProp#setThreads(int)}); their results are bit-identical for
 *       every thread count.</li>
 *   <li><b>Aliasing.</b> Each method says which of its arrays may be the same (typically an output may be its
 *       input at the same offset for elementwise operations; GEMM's C must not be A or B).</li>
 * </ul>
 *
 * <h2>Implementation choice</h2>
 * The Vector API implementation is chosen once, on first use, when the module {@code jdk.incubator.vector} is
 * readable and HotSpot's C2 compiler is on; otherwise the scalar implementation runs and one warning says how to
 * enable SIMD. Both compute the same algorithms (the scalar one is also every SIMD loop's tail), so a missing
 * {@code --add-modules} costs speed, never correctness. System properties: {@code vectorprop.impl}
 * ({@code scalar}/{@code simd}), {@code vectorprop.vectorBits} (cap the width), {@code vectorprop.requireSimd},
 * {@code vectorprop.threads}.
 */
package io.vectorprop;
