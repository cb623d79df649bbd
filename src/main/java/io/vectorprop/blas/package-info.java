/**
 * Level-1 BLAS in single precision (saxpy, sscal, sdot, snrm2sq, sger, …) and the batch-matrix helpers of a dense
 * layer (bias add, bias gradient, row max and argmax): {@link io.vectorprop.blas.Blas}. Where every offset is 0,
 * the streaming loops are plain Java loops, which C2 auto-vectorizes with aligned stores; elsewhere they are Vector
 * API loops. Both give the same bits.
 */
package io.vectorprop.blas;
