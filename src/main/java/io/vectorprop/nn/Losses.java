package io.vectorprop.nn;

import io.vectorprop.internal.Check;
import io.vectorprop.internal.KernelProvider;
import io.vectorprop.internal.Kernels;

/**
 * Softmax and the training losses with their gradients fused into the same pass. Batch matrices are
 * row-major and dense ({@code rows × cols}, leading dimension {@code cols}). Each loss returns the mean over
 * the batch (PyTorch's {@code reduction='mean'}) and writes {@code ∂L/∂input} into {@code grad}, which may
 * be the input array itself (same offset). All ranges and labels are checked before anything is written.
 * Stable for large logits (the row maximum is subtracted; ±1e4 is fine). No allocation; thread-safe on
 * disjoint outputs.
 */
public final class Losses {
    private Losses() {}

    /**
     * Row-wise softmax of X into Y (Y may be X, same offset): {@code y_r = e^{x_r − max x_r} / Σ e^{x_r − max x_r}}.
     *
     * @param rows rows of X, {@code ≥ 0}
     * @param cols columns of X, {@code ≥ 0}
     * @param x X's array, dense row-major from {@code x[xOff]}
     * @param xOff index of X's element (0,0)
     * @param y receives Y, dense row-major, from {@code y[yOff]}
     * @param yOff index of Y's element (0,0)
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        checkRows(rows, cols, x, xOff, y, yOff);
        KernelProvider.get().softmaxRows(rows, cols, x, xOff, y, yOff, false);
    }

    /**
     * Row-wise log-softmax of X into Y (Y may be X, same offset): {@code y_r = x_r − logsumexp(x_r)}.
     *
     * @param rows rows of X, {@code ≥ 0}
     * @param cols columns of X, {@code ≥ 0}
     * @param x X's array, dense row-major from {@code x[xOff]}
     * @param xOff index of X's element (0,0)
     * @param y receives Y, dense row-major, from {@code y[yOff]}
     * @param yOff index of Y's element (0,0)
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static void logSoftmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        checkRows(rows, cols, x, xOff, y, yOff);
        KernelProvider.get().softmaxRows(rows, cols, x, xOff, y, yOff, true);
    }

    /**
     * Softmax cross-entropy from logits with integer class labels (PyTorch's {@code CrossEntropyLoss}):
     * returns {@code (1/rows)·Σ_r (logsumexp(x_r) − x_r[label_r])} and writes {@code grad = (softmax(x) − onehot)/rows}.
     *
     * @param rows rows (samples) of the batch, {@code ≥ 0}
     * @param classes columns of the logits, {@code ≥ 1}
     * @param logits the logits, dense {@code rows × classes} row-major from {@code logits[xOff]}
     * @param xOff index of the first logit
     * @param labels each row's class in {@code [0, classes)}, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @param grad receives ∂L/∂logits, {@code rows × classes}; may be {@code logits} at the same offset
     * @param gOff index of the first gradient element
     * @return the mean loss, 0 for {@code rows == 0}
     * @throws IllegalArgumentException if a size is negative, {@code classes < 1}, or a label is out of range
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float softmaxCrossEntropy(int rows, int classes, float[] logits, int xOff, int[] labels, int lOff,
                                            float[] grad, int gOff) {
        return softmaxCrossEntropy(KernelProvider.get(), rows, classes, logits, xOff, labels, lOff, grad, gOff);
    }

    static float softmaxCrossEntropy(Kernels kr, int rows, int classes, float[] logits, int xOff, int[] labels,
                                     int lOff, float[] grad, int gOff) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be >= 1, was " + classes);
        }
        checkRows(rows, classes, logits, xOff, grad, gOff);
        checkLabels(rows, classes, labels, lOff);
        if (rows == 0) {
            return 0f;
        }
        return (float) (kr.softmaxCrossEntropy(rows, classes, logits, xOff, labels, lOff, grad, gOff, 1f / rows) / rows);
    }

    /**
     * Checks that {@code rows} labels lie in {@code [0, classes)}; the message names the first bad one.
     *
     * @param rows number of labels, {@code ≥ 0}
     * @param classes number of classes
     * @param labels the labels, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @throws IllegalArgumentException if {@code rows < 0} or a label is out of range
     * @throws IndexOutOfBoundsException if the range lies outside the array
     * @throws NullPointerException if {@code labels} is null and {@code rows > 0}
     */
    public static void checkLabels(int rows, int classes, int[] labels, int lOff) {
        Check.range(labels, lOff, rows, "labels");
        for (int r = 0; r < rows; r++) {
            int y = labels[lOff + r];
            if (y < 0 || y >= classes) {
                throw new IllegalArgumentException("label " + y + " at row " + r + " is outside [0, " + classes + ")");
            }
        }
    }

    /**
     * Mean squared error over n elements (PyTorch's {@code MSELoss}): returns {@code Σ(p−t)²/n}, writes
     * {@code grad = 2(p−t)/n}.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param pred the predictions, from {@code pred[pOff]}
     * @param pOff index of the first prediction
     * @param target the targets, from {@code target[tOff]}
     * @param tOff index of the first target
     * @param grad receives ∂L/∂pred; may be {@code pred} at the same offset
     * @param gOff index of the first gradient element
     * @return the mean loss, 0 for {@code n == 0}
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float mse(int n, float[] pred, int pOff, float[] target, int tOff, float[] grad, int gOff) {
        Check.range(pred, pOff, n, "pred");
        Check.range(target, tOff, n, "target");
        Check.range(grad, gOff, n, "grad");
        if (n == 0) {
            return 0f;
        }
        return (float) (KernelProvider.get().squaredError(n, pred, pOff, target, tOff, grad, gOff, 2f / n) / n);
    }

    /**
     * Binary cross-entropy from logits (PyTorch's {@code BCEWithLogitsLoss}) over n elements with targets in
     * [0,1]: returns {@code mean(max(x,0) − x·t + log1p(e^{−|x|}))}, writes {@code grad = (σ(x) − t)/n}.
     *
     * @param n number of elements, {@code ≥ 0}
     * @param logits the logits, from {@code logits[xOff]}
     * @param xOff index of the first logit
     * @param target the targets, from {@code target[tOff]}
     * @param tOff index of the first target
     * @param grad receives ∂L/∂logits; may be {@code logits} at the same offset
     * @param gOff index of the first gradient element
     * @return the mean loss, 0 for {@code n == 0}
     * @throws IllegalArgumentException if a size is negative
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array with a non-empty range is null
     */
    public static float bceWithLogits(int n, float[] logits, int xOff, float[] target, int tOff, float[] grad, int gOff) {
        Check.range(logits, xOff, n, "logits");
        Check.range(target, tOff, n, "target");
        Check.range(grad, gOff, n, "grad");
        if (n == 0) {
            return 0f;
        }
        return (float) (KernelProvider.get().bceWithLogits(n, logits, xOff, target, tOff, grad, gOff, 1f / n) / n);
    }

    private static void checkRows(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        Check.nonNegative(rows, "rows");
        Check.nonNegative(cols, "cols");
        Check.range(x, xOff, Math.multiplyExact(rows, cols), "x");
        Check.range(y, yOff, rows * cols, "y");
    }
}
