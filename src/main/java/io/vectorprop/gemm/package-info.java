/**
 * Single-precision GEMM, {@code C = alpha·op(A)·op(B) + beta·C} on row-major arrays: {@link io.vectorprop.gemm.Gemm}.
 *
 * <h2>Design</h2>
 * The engine follows BLIS (Van Zee and van de Geijn): three loops over blocks of N (NC = 3072, 512 with the 6-row
 * kernel: a 2 MiB panel of B), K (KC up to 1024; 2048 with the 6-row kernel on rows of A) and M (MC = 144 rows, 96
 * with the 6-row kernel, fewer for K blocks past 1024) around an MR×NR register-tiled micro-kernel, so the four
 * transpose combinations share one kernel and differ only in how their operands are packed.
 * <ul>
 *   <li><b>Micro-kernel.</b> NR is two vectors; MR is 8 with 512-bit vectors (16 accumulators) and 6 below that
 *       (12 accumulators, which fits AVX2's 16 registers with the two B loads and a broadcast). The inner loop
 *       has only unit or constant strides (A at {@code i_r + p}, B panels at {@code p·NR}), so C2 hoists every
 *       bounds check out of it: per step, 2 loads, MR broadcasts and 2·MR FMAs. The kernel writes its sums to
 *       a tile or straight to C; alpha, beta and the edges are a separate epilogue, which keeps the kernel
 *       small enough for C2 to compile it whole (see {@code io.vectorprop.internal.vector}). With 512-bit
 *       vectors a last micro-panel of at most one vector's width takes a half tile (MR × one vector).</li>
 *   <li><b>Packing.</b> B is packed into NR-wide panels (a transposed B is transposed in registers, 16×16 blocks,
 *       on JDK 25; with scalar copies on JDK 17, which compiles the shuffles poorly). A is read in place when its
 *       rows are contiguous and their stride is not a multiple of 1 KiB (cache-set conflicts; with 512-bit
 *       vectors, of 4 KiB), otherwise packed.
 *       When all of op(A) fits one MC×KC block (a batch of up to a few hundred rows), B is packed one KC×NR
 *       micro-panel at a time right before its tiles run, so it is still in L1 when they read it. KC is split
 *       evenly (k = 784 runs in one pass); copied rows of A are kc + 16 apart when kc is a multiple of 256, or a
 *       fixed 1040 apart (next item); with 512-bit vectors, copied rows in K blocks of 1024 are packed
 *       p-major instead (one stream of A for the kernel).</li>
 *   <li><b>Per-JDK kernel forms.</b> The 6-row kernel exists in forms that differ only in how the loop indexes A;
 *       each JDK runs the ones its C2 compiles without spilling (JDK 25: rows of A read in place; JDK 17: A's
 *       index as the loop variable for rows read in place, and rows of A packed p-major where B is at least 512
 *       wide, unless they are copied at the fixed stride of the next sentence anyway). On both, a transposed A
 *       is packed p-major, and rows of A that are copied anyway go a fixed 1040 floats apart for a form that reads
 *       them at constant offsets (K blocks up to 1024; where K blocks are at most half that, several micro-panels
 *       sit side by side in those rows, so the block takes about the memory of a compact copy; otherwise blocks
 *       of up to 96 rows).
 *       K blocks of 2048 and N blocks of 512 apply only to A in rows (JDK 17's p-major A is packed again per N
 *       block and measured slower with both).</li>
 *   <li><b>NT products</b> with a short, wide result (m of 32 or 64, n ≥ 4m, k ≥ 768) are computed as
 *       {@code Cᵀ = B·Aᵀ}, packing the small operand; elsewhere that costs more than it saves.</li>
 *   <li><b>Small problems</b> (below 4096 multiply-adds) take a plain loop.</li>
 *   <li><b>Threads.</b> Above 200,000 multiply-adds a call is split into parts over C's columns (NR-aligned) or
 *       rows (MR-aligned), whichever balances better (columns within 1/16 where they pack nothing twice), or
 *       the workspace's {@link GemmWorkspace#setSplit split hint} where that balances within 1/16; each part packs what it reads into its own buffers in the
 *       workspace. Every block size and code path is chosen from the whole problem, never from the part, and K
 *       is never split, so each element of C gets the same operations in the same order for any thread count:
 *       results are bit-identical. A call runs in at most one part per processor; the caller runs part 0 and
 *       the other parts are claimed by whichever thread is free, so more threads than cores do not slow a call
 *       down, and while the workers keep up a part stays on the same thread from call to call (with the hint, on
 *       the data it touched last time).</li>
 * </ul>
 *
 * <h2>Accuracy</h2>
 * Every element of C is within {@code (k + 2⌈k/384⌉ + 3)·ε·(|alpha|·Σ|a||b| + |beta·c|)} of the exact result
 * (384 is the shortest K block), a rigorous worst-case bound the tests assert against a double-precision
 * triple loop.
 */
package io.vectorprop.gemm;
