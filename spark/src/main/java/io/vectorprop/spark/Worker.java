package io.vectorprop.spark;

import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An executor-side model with its batch buffers. Each executor JVM keeps a pool per model spec: a task borrows
 * one, so concurrently running tasks never share one, and returns it; models and buffers are reused across tasks
 * and steps, so a step allocates nothing in vectorprop's code (Spark's serialization of the result does).
 */
final class Worker {
    private static final ConcurrentHashMap<String, ConcurrentLinkedQueue<Worker>> POOLS = new ConcurrentHashMap<>();

    final Mlp model;
    final float[] x;
    final int[] y;
    /** The walk over a partition's share of one batch (SparkMlpTrainer.startPieces / nextPiece). */
    int step, row, piece, pieces, share;

    private Worker(MlpSpec spec, int chunk, int threads) {
        model = spec.build(Optimizer.sgd(1f), 0f, chunk, threads); // no L2 here: the driver adds it once
        x = new float[chunk * spec.inputWidth()];
        y = new int[chunk];
    }

    static Worker borrow(MlpSpec spec, int chunk, int threads) {
        String key = spec.key() + "/" + chunk + "/" + threads;
        Worker w = POOLS.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).poll();
        return w != null ? w : new Worker(spec, chunk, threads);
    }

    static void giveBack(MlpSpec spec, int chunk, int threads, Worker w) {
        POOLS.get(spec.key() + "/" + chunk + "/" + threads).offer(w);
    }
}
