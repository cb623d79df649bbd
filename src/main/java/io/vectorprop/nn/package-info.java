/**
 * Activations with fused backward passes ({@link io.vectorprop.nn.Activation}), softmax and losses with fused
 * gradients ({@link io.vectorprop.nn.Losses}).
 *
 * <h2>Design</h2>
 * Every smooth activation is built on {@code e = exp(−|x|)}, which never overflows: {@code σ = 1/(1+e)} or
 * {@code e/(1+e)}, {@code σ(1−σ) = e/(1+e)²}, {@code 1 + tanh z = 2σ(2z)}, {@code 1 − tanh² z = 4σ(2z)σ(−2z)}, so
 * GELU, tanh', SiLU' and sigmoid' have no cancellation near saturation, and finite inputs never give NaN
 * ({@code sigmoid(−1e4) = 0}, {@code tanh(1e4) = 1}, {@code softplus(1e4) = 1e4}). {@code exp}, {@code tanh} and
 * {@code log1p} are the Vector API's lanewise operations (SVML on x86). Their compiled and interpreted forms differ
 * in the last bit of about 1% of lanes, so bit-for-bit reproducibility holds between runs in the same JIT state
 * (the scalar implementation is always reproducible). The backward step {@code g ⊙= f'(a)} is one pass that
 * reads a (or h) and updates g. Softmax subtracts the row maximum; the cross-entropy losses compute loss and
 * gradient in the same pass.
 *
 * <h2>Accuracy</h2>
 * Asserted by the tests against a double-precision reference over 600,001 points of [−30, 30] plus ±0, ±Inf, NaN,
 * subnormals and extreme values: forward within {@code 4 + 3κ(x)} ulp, where {@code κ = |x·f'(x)/f(x)|} is the
 * function's condition number; f'(x) within {@code (8 + 3κ')} ulp plus 8ε times the sum of the magnitudes of its
 * terms (GELU' and SiLU' cross zero, where no relative bound can hold). Measured maxima with 512-bit vectors:
 * <table class="striped">
 *   <caption>Largest error of the SIMD kernels (the scalar ones compute in double: 0.5 ulp)</caption>
 *   <thead><tr><th>function</th><th>forward where κ ≤ 1</th><th>forward overall</th><th>f'(x)</th></tr></thead>
 *   <tbody>
 *     <tr><td>sigmoid</td><td>1.75 ulp</td><td>2.11 ulp</td><td>3.99 ulp</td></tr>
 *     <tr><td>tanh</td><td>0.52 ulp</td><td>0.52 ulp</td><td>3.82 ulp</td></tr>
 *     <tr><td>GELU (tanh approximation)</td><td>2.97 ulp</td><td>196 ulp at x = −10 (κ ≈ 230)</td><td>within the bound</td></tr>
 *     <tr><td>SiLU</td><td>2.58 ulp</td><td>2.88 ulp</td><td>within the bound</td></tr>
 *     <tr><td>softplus</td><td>1.14 ulp</td><td>1.36 ulp</td><td>2.11 ulp</td></tr>
 *   </tbody>
 * </table>
 * In GELU's far negative tail the float cubic inside tanh limits accuracy, as in any float32 implementation.
 * ReLU, leaky ReLU and identity are bit-exact against a plain loop.
 */
package io.vectorprop.nn;
