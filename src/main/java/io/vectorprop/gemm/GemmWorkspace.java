package io.vectorprop.gemm;

/**
 * Scratch memory for {@link Gemm}: the packed panels of A and B and one edge tile. Buffers grow on
 * demand to the largest block a call needs (at most MC·KC and KC·NC floats) and are then reused, so
 * repeated calls allocate nothing.
 *
 * <p>Not thread-safe: a workspace serves one call at a time. Give each thread its own (a future
 * multi-threaded GEMM splits its outer loops with one workspace per thread).
 */
public final class GemmWorkspace {
    float[] apack = new float[0];
    float[] bpack = new float[0];
    float[] tile = new float[0];

    /** An empty workspace; it grows on first use. */
    public GemmWorkspace() {}

    float[] apack(int size) {
        if (apack.length < size) {
            apack = new float[size];
        }
        return apack;
    }

    float[] bpack(int size) {
        if (bpack.length < size) {
            bpack = new float[size];
        }
        return bpack;
    }

    float[] tile(int size) {
        if (tile.length < size) {
            tile = new float[size];
        }
        return tile;
    }

    /** Floats currently held (for tests and capacity planning). */
    public long capacity() {
        return (long) apack.length + bpack.length + tile.length;
    }
}
