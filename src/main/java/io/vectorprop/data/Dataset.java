package io.vectorprop.data;

import java.util.SplittableRandom;

/**
 * Samples in memory: {@code x} is {@code size × width}, row-major; {@code labels} holds class indices.
 * Arrays are shared, not copied.
 */
public final class Dataset {
    /** The features, {@code size × width} row-major: sample i is {@code x[i·width .. (i+1)·width)}. */
    public final float[] x;
    /** The class of each sample, in {@code [0, classes)}; entries past {@code size} are ignored. */
    public final int[] labels;
    /** Number of samples, features per sample, and number of classes. */
    public final int size, width, classes;

    /**
     * Wraps arrays without copying them, after checking that they hold {@code size} samples and valid labels.
     *
     * @param x the features, at least {@code size·width} floats, row-major
     * @param labels the classes, at least {@code size} entries, each in {@code [0, classes)}
     * @param size number of samples, {@code ≥ 0}
     * @param width features per sample, {@code ≥ 1}
     * @param classes number of classes, {@code ≥ 1}
     * @throws IllegalArgumentException if a count is out of range, an array is too short, or a label is out of range
     * @throws NullPointerException if {@code x} or {@code labels} is null
     */
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

    /**
     * Multiplies every feature by {@code s} (e.g. 1/255 for pixels), in place.
     *
     * @param s the factor
     * @return this data set
     */
    public Dataset scale(float s) {
        for (int i = 0; i < size * width; i++) x[i] *= s;
        return this;
    }

    /**
     * Splits into a training and a held-out set after a seeded shuffle (the same seed gives the same split).
     * Both are new data sets with their own arrays.
     *
     * @param heldOut number of samples for the second set, in {@code [0, size]}
     * @param seed the shuffle's seed
     * @return {@code [train, heldOut]}
     * @throws IllegalArgumentException if {@code heldOut} is outside {@code [0, size]}
     */
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
