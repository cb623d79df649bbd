/**
 * The multilayer-perceptron driver: {@link io.vectorprop.mlp.Mlp} (layers, forward, backward, update),
 * {@link io.vectorprop.mlp.Trainer} (the fit loop), {@link io.vectorprop.mlp.Optimizer},
 * {@link io.vectorprop.mlp.Loss} and {@link io.vectorprop.mlp.Safetensors} (PyTorch-compatible weights).
 *
 * <h2>Design</h2>
 * A step on a batch H (rows are samples) is Goodfellow et al.'s Algorithms 6.3 and 6.4 in matrix form: forward
 * {@code A = H·Wᵀ + b} (GEMM NT and a bias add), {@code H' = f(A)}; the loss and its gradient in one pass; backward
 * {@code G ⊙= f'(A)} (one fused pass), {@code ∇b += Σrows G}, {@code ∇W += Gᵀ·H + λW} (GEMM TN), {@code G = G·W}
 * (GEMM NN); then the optimizer update. GEMM is about 97% of a step's time at the usual layer sizes.
 * <ul>
 *   <li>Every buffer (parameters, gradients, optimizer state, activations of the largest batch, two ping-pong
 *       gradient buffers, GEMM packing) is allocated by the builder; a step allocates nothing.</li>
 *   <li>Gradients accumulate until {@code zeroGrad()}, as in PyTorch. zeroGrad is lazy: the next backward writes
 *       its sums over the buffers (GEMM with beta 0) instead of adding, which saves a pass over every ∇W.</li>
 *   <li>The matrix products and the optimizer update (split into ranges) run on the library's worker threads;
 *       the calling thread takes part. Results are bit-identical for every thread count.</li>
 * </ul>
 */
package io.vectorprop.mlp;
