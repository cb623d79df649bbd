package io.vectorprop.spark;

import java.io.Serializable;

/** One partition's rows as flat arrays (built once, cached by Spark), with the first problem found in them. */
final class Block implements Serializable {
    private static final long serialVersionUID = 1L;

    final int partition, rows, width;
    final float[] x;
    final int[] y;
    final long[] hash;
    /** The first bad row's description, or null. */
    final String error;

    Block(int partition, int rows, int width, float[] x, int[] y, long[] hash, String error) {
        this.partition = partition;
        this.rows = rows;
        this.width = width;
        this.x = x;
        this.y = y;
        this.hash = hash;
        this.error = error;
    }
}
