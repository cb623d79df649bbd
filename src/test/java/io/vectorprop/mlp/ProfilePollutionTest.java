package io.vectorprop.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vectorprop.nn.Activation;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The training step stays garbage-free (its vectors stay in registers) after other code in the JVM used every
 * float vector shape. JDK 17's C2 typed Vector API results from the JDK's shared type profiles; once they had
 * seen several shapes, or a class-check trap had been taken there, it could not intrinsify the GEMM kernel's
 * stores and boxed its accumulators: 7–20× slower and allocating on every step, for the life of the JVM.
 * Without other shapes it happened in about one JVM of three, depending on the order things warmed up; with
 * them it happened in every run. Runs in its own JVM (the Surefire execution "polluted-profiles").
 */
@Tag("polluted-profiles")
class ProfilePollutionTest {

    @Test
    void trainingStepAllocatesNothingAfterOtherVectorShapesWereUsed() throws InterruptedException {
        ProfilePolluter.pollute();
        int batch = 64;
        Mlp m = Mlp.builder(784).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.adam(1e-4f)).maxBatch(batch).seed(1).build();
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[batch * 784];
        int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        // Windows of 20 steps until one allocates nothing, for at most 20 s: warm-up (C2 compiling) allocates
        // for a while; a boxed kernel allocates in every window.
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int w = 0; least != 0 && (w < 3 || System.nanoTime() < deadline); w++) {
            long before = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 20; i++) m.trainStep(x, 0, y, 0, batch);
            least = Math.min(least, mx.getThreadAllocatedBytes(tid) - before);
        }
        assertEquals(0, least, "bytes allocated by 20 warmed-up training steps (quietest window in 20 s)");
    }
}
