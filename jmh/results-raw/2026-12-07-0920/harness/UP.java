package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class UP {
    public static void main(String[] a) {
        int batch = 256; io.vectorprop.VectorProp.setThreads(2);
        Mlp[] ms = new Mlp[2];
        for (int t = 0; t < 2; t++) ms[t] = Mlp.builder(784).threads(t + 1).dense(1024, Activation.RELU).dense(1024, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-6f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int t = 0; t < 2; t++) ms[t].trainStep(x, 0, y, 0, batch);
        for (int s = 0; s < 8; s++) {
            StringBuilder sb = new StringBuilder();
            for (int t = 0; t < 2; t++) {
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 300_000_000L) { ms[t].step(); n++; }
                sb.append(String.format("update %dt %.0f µs  ", t + 1, (System.nanoTime() - t0) / 1e3 / n));
            }
            System.out.println(sb);
        }
    }
}
