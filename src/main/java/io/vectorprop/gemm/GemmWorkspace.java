package io.vectorprop.gemm;

import io.vectorprop.internal.Team;

/**
 * Scratch memory for {@link Gemm}, and the thread count its calls use. Buffers (packed panels of A and B, one
 * edge tile, for the calling thread and for each worker thread) grow on demand to the largest block a call
 * needs and are then reused, so repeated calls allocate nothing, with or without threads.
 *
 * <p><b>Threads.</b> By default a call may use the library's thread count ({@link io.vectorprop.VectorProp#threads()});
 * {@link #setThreads(int)} gives this workspace its own count, at most the library's. With 1 a call runs on the
 * calling thread only, the single-thread code path. The result is bit-identical for every thread count.
 *
 * <p>Not thread-safe: a workspace serves one call at a time. Give each application thread its own.
 */
public final class GemmWorkspace {
    float[] apack = new float[0];
    float[] bpack = new float[0];
    float[] tile = new float[0];
    private int threads;
    private Split split = Split.AUTO;
    private GemmWorkspace[] parts = new GemmWorkspace[0];
    final GemmJob job = new GemmJob(this);
    /** This part's range of a dynamic job: units claimed from the front (high 32 bits) and the back (see GemmJob). */
    final java.util.concurrent.atomic.AtomicLong cursor = new java.util.concurrent.atomic.AtomicLong();
    /** The piece GemmJob.claim hands to this part's loop: jc, nc, first row, end row. */
    final int[] piece = new int[4];

    /** An empty workspace; it grows on first use. Its thread count follows the library's. */
    public GemmWorkspace() {}

    /**
     * An empty workspace whose calls use at most {@code threads} threads (see {@link #setThreads(int)}).
     *
     * @param threads 1 for the calling thread only, {@code n > 1} for up to n, 0 to follow the library's count
     * @throws IllegalArgumentException if {@code threads < 0}
     */
    public GemmWorkspace(int threads) {
        setThreads(threads);
    }

    /**
     * Sets the most threads a call with this workspace uses: 1 for the calling thread only, {@code n > 1} for
     * up to n (never more than the library's count), 0 to follow the library's count (the default).
     *
     * @param n the thread count, or 0 to follow {@link io.vectorprop.VectorProp#threads()}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public void setThreads(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + n);
        }
        threads = n;
    }

    /**
     * How the threads of a call divide C. With {@link #ROWS} each thread computes a band of rows of C, reading only
     * those rows of op(A) (and all of op(B)); with {@link #COLUMNS} a band of columns, reading only those columns of
     * op(B). The choice never changes a result (C is bit-identical for every split and thread count), only which
     * thread touches which data.
     */
    public enum Split {
        /** The way whose largest band carries the least work (the default). */
        AUTO,
        /** Bands of rows of C, where that balances the work about as well as columns. */
        ROWS,
        /** Bands of columns of C, where that balances the work about as well as rows. */
        COLUMNS
    }

    /**
     * Sets how the threads of the following calls divide C (a hint; {@link Split#AUTO} by default). ROWS or COLUMNS
     * is followed when its largest band carries at most 1/16 more work than the other way's, and ignored otherwise
     * (for example ROWS for a C of 10 rows). It pays when consecutive calls touch the same operand in the same bands
     * and the cores do not share a fast cache: each thread then finds its part in its own core. A training step
     * uses it so that each thread reads, and updates, the same rows of each weight matrix.
     *
     * @param split the hint
     * @throws NullPointerException if {@code split} is null
     */
    public void setSplit(Split split) {
        this.split = java.util.Objects.requireNonNull(split, "split");
    }

    /**
     * The setting of {@link #setSplit(Split)}.
     *
     * @return the split hint
     */
    public Split split() {
        return split;
    }

    /**
     * The setting of {@link #setThreads(int)}.
     *
     * @return the workspace's own thread count, 0 when it follows the library's count
     */
    public int threads() {
        return threads;
    }

    /**
     * The most threads a call uses now: this workspace's setting capped by the library's count.
     *
     * @return a count of at least 1
     */
    public int effectiveThreads() {
        return Team.effective(threads);
    }

    /** Part p's scratch: this workspace for part 0, one of its own per worker part (grown by the caller). */
    GemmWorkspace part(int p) {
        return p == 0 ? this : parts[p - 1];
    }

    void ensureParts(int n) {
        if (parts.length < n - 1) {
            GemmWorkspace[] np = java.util.Arrays.copyOf(parts, n - 1);
            for (int i = parts.length; i < np.length; i++) {
                np[i] = new GemmWorkspace(1);
            }
            parts = np;
        }
    }

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

    /**
     * Floats currently held, worker parts included (for tests and capacity planning).
     *
     * @return the number of floats in all of this workspace's buffers
     */
    public long capacity() {
        long s = (long) apack.length + bpack.length + tile.length;
        for (GemmWorkspace p : parts) {
            s += p.capacity();
        }
        return s;
    }
}
