package io.vectorprop.data;

import java.util.SplittableRandom;

/**
 * Samples in memory: {@code x} is {@code size × width}, row-major; {@code labels} holds class indices.
 * Arrays are shared, not copied.
 */
public final class Dataset {
    public final float[] x;
    public final int[] labels;
    public final int size, width, classes;

    public Dataset(float[] x, int[] labels, int size, int width, int classes) {
        if (size < 0 || width < 1 || classes < 1 || x.length < (long) size * width || labels.length < size) {
            throw new IllegalArgumentException("dataset arrays do not match size " + size + " × width " + width);
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of sample " + i + " outside [0, " + classes + ")");
            }
        }
        this.x = x;
        this.labels = labels;
        this.size = size;
        this.width = width;
        this.classes = classes;
    }

    /** Multiplies every feature by {@code s} (e.g. 1/255 for pixels), in place; returns this. */
    public Dataset scale(float s) {
        for (int i = 0; i < size * width; i++) x[i] *= s;
        return this;
    }

    /** Splits into {@code [train, held-out]} after a seeded shuffle; {@code heldOut} samples go to the second. */
    public Dataset[] split(int heldOut, long seed) {
        if (heldOut < 0 || heldOut > size) {
            throw new IllegalArgumentException("held-out count " + heldOut + " outside [0, " + size + "]");
        }
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) perm[i] = i;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return new Dataset[] {subset(perm, 0, size - heldOut), subset(perm, size - heldOut, size)};
    }

    private Dataset subset(int[] perm, int from, int to) {
        int n = to - from;
        float[] nx = new float[n * width];
        int[] nl = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, perm[from + i] * width, nx, i * width, width);
            nl[i] = labels[perm[from + i]];
        }
        return new Dataset(nx, nl, n, width, classes);
    }
}
