package io.vectorprop.internal;

/** Argument checks shared by the facades: each names the argument, and all run before any write. */
public final class Check {
    private Check() {}

    public static void nonNegative(int v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v);
        }
    }

    public static void notNull(Object o, String name) {
        if (o == null) {
            throw new NullPointerException(name + " must not be null");
        }
    }

    /**
     * A row-major {@code rows × cols} matrix at {@code off} with leading dimension {@code ld} must fit in
     * the array: {@code ld >= max(1, cols)} and {@code off + (rows-1)·ld + cols <= length}.
     */
    public static void matrix(float[] x, int off, int rows, int cols, int ld, String name) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("ld" + name + " must be >= max(1, " + cols + "), was " + ld);
        }
        if (rows == 0 || cols == 0) {
            if (off < 0) {
                throw new IndexOutOfBoundsException("off" + name + " must be >= 0, was " + off);
            }
            return;
        }
        notNull(x, name);
        long end = (long) off + (long) (rows - 1) * ld + cols;
        if (off < 0 || end > x.length) {
            throw new IndexOutOfBoundsException(name + ": a " + rows + "x" + cols + " matrix at offset " + off
                    + " with leading dimension " + ld + " needs " + end + " elements, the array has " + x.length);
        }
    }

    /** {@code n} elements from {@code off} must fit in the array. */
    public static void range(float[] x, int off, int n, String name) {
        fits(x, x == null ? 0 : x.length, off, n, name);
    }

    public static void range(int[] x, int off, int n, String name) {
        fits(x, x == null ? 0 : x.length, off, n, name);
    }

    private static void fits(Object x, int length, int off, int n, String name) {
        nonNegative(n, "n");
        if (n == 0 && x == null) {
            return;
        }
        notNull(x, name);
        if (off < 0 || (long) off + n > length) {
            throw new IndexOutOfBoundsException(name + ": " + n + " elements at offset " + off
                    + " do not fit in an array of " + length);
        }
    }
}
