package io.vectorprop.spark;

import java.io.Serializable;

/** One partition's rows as flat arrays (built once, cached by Spark), with the first problem found in them. */
final class Block implements Serializable {
    private static final long serialVersionUID = 1L;

    final int partition, rows, width;
    final float[] x;
    final int[] y;
    final long[] hash;
    /** Held-out rows (not trained on), for per-epoch accuracy. */
    final int heldRows;
    final float[] hx;
    final int[] hy;
    /** The first bad row's description, or null. */
    final String error;

    Block(int partition, int rows, int width, float[] x, int[] y, long[] hash, int heldRows, float[] hx, int[] hy,
          String error) {
        this.heldRows = heldRows;
        this.hx = hx;
        this.hy = hy;
        this.partition = partition;
        this.rows = rows;
        this.width = width;
        this.x = x;
        this.y = y;
        this.hash = hash;
        this.error = error;
    }
}
