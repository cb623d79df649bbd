/**
 * Optimizer steps (SGD, momentum, Nesterov, Adam, AdamW, global-norm clipping) in place over flat parameter
 * arrays, with PyTorch's formulas: {@link io.vectorprop.optim.Updates}. Each is one pass over the parameters.
 */
package io.vectorprop.optim;
