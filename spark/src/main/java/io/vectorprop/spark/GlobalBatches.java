package io.vectorprop.spark;

import java.util.Arrays;

/**
 * The global minibatches of data-parallel training, defined by the data and a seed, not by the partitioning.
 *
 * <p>Each row has a 64-bit hash of its content (feature bits and label). In epoch e the rows are ordered by
 * {@code epochKey(hash, seed, e)} (ties, which only identical rows have in practice, by hash, then partition and
 * position); batch b is the rows at ranks {@code [b·B, (b+1)·B)}. Rows with the same content are interchangeable,
 * so every partitioning of the same rows gives the same batches as multisets of rows, hence the same gradients
 * up to the order of float sums.
 */
public final class GlobalBatches {
    private GlobalBatches() {}

    /**
     * The content hash of one row.
     *
     * @param x features array
     * @param off index of the row's first feature
     * @param width number of features
     * @param label the row's class
     * @return a 64-bit hash of the features' bits and the label
     */
    public static long rowHash(float[] x, int off, int width, int label) {
        long h = 0x9E3779B97F4A7C15L ^ label;
        for (int j = 0; j < width; j++) {
            h = mix(h + (Float.floatToIntBits(x[off + j]) & 0xFFFFFFFFL) + 0x632BE59BD9B4E019L * (j + 1));
        }
        return mix(h ^ width);
    }

    /**
     * A row's sort key in an epoch.
     *
     * @param rowHash the row's {@link #rowHash}
     * @param seed the training seed
     * @param epoch the epoch, from 0
     * @return the key
     */
    public static long epochKey(long rowHash, long seed, int epoch) {
        return mix(rowHash ^ mix(seed * 0xBF58476D1CE4E5B9L + epoch + 1));
    }

    /**
     * The batch of every row in an epoch.
     *
     * @param hashes per partition, the row hashes in the partition's order
     * @param seed the training seed
     * @param epoch the epoch, from 0
     * @param batch rows per batch (the last batch of an epoch holds the rest)
     * @return per partition, the batch index of each row
     */
    public static int[][] assign(long[][] hashes, long seed, int epoch, int batch) {
        int n = 0;
        for (long[] h : hashes) n += h.length;
        long[] key = new long[n], hash = new long[n];
        int[] part = new int[n], pos = new int[n];
        int i = 0;
        for (int p = 0; p < hashes.length; p++) {
            for (int r = 0; r < hashes[p].length; r++, i++) {
                hash[i] = hashes[p][r];
                key[i] = epochKey(hash[i], seed, epoch);
                part[i] = p;
                pos[i] = r;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(key[a], key[b]);
            if (c == 0) c = Long.compare(hash[a], hash[b]);
            if (c == 0) c = Integer.compare(part[a], part[b]);
            return c != 0 ? c : Integer.compare(pos[a], pos[b]);
        });
        int[][] out = new int[hashes.length][];
        for (int p = 0; p < hashes.length; p++) out[p] = new int[hashes[p].length];
        for (int rank = 0; rank < n; rank++) {
            int k = order[rank];
            out[part[k]][pos[k]] = rank / batch;
        }
        return out;
    }

    static long mix(long z) { // splitmix64's finalizer
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
