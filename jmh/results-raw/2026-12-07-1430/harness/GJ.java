package io.vectorprop.gemm;
import io.vectorprop.mlp.*;
import io.vectorprop.nn.Activation;
/** per-part times of each parallel GEMM: in the 2-thread step, then the same products alone (same shapes), rep */
public class GJ {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 3_000_000_000L) model.trainStep(x, 0, y, 0, batch);
        for (int s = 0; s < secs; s++) {
            java.util.Arrays.fill(GemmJob.XCNT, 0); for (long[] q : GemmJob.XDUR) java.util.Arrays.fill(q, 0); for (long[] q : GemmJob.XDELAY) java.util.Arrays.fill(q, 0); for (long[] q : GemmJob.XHIST) java.util.Arrays.fill(q, 0);
            t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 1_000_000_000L) model.trainStep(x, 0, y, 0, batch);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 32 && GemmJob.XKEY[i] != 0; i++) {
                long c = Math.max(1, GemmJob.XCNT[i]); long key = GemmJob.XKEY[i];
                sb.append(String.format("%dx%dx%d: p0 %.1f p1 %.1f (delay %.1f) hist<2,<5,<20,<100,>=100,caller %s | ", key >>> 40, (key >>> 20) & 0xFFFFF, key & 0xFFFFF, GemmJob.XDUR[i][0] / 1e3 / c, GemmJob.XDUR[i][1] / 1e3 / c, GemmJob.XDELAY[i][1] / 1e3 / c, java.util.Arrays.toString(GemmJob.XHIST[i])));
            }
            System.out.println(sb);
        }
    }
}
