package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class STH {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), th = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        boolean big = a.length > 3;
        io.vectorprop.VectorProp.setThreads(Math.max(th, 2));
        Mlp.Builder bd = Mlp.builder(784).threads(th);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                model.setThreads(v == 1 ? th : 1);
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                sb.append(v == 0 ? "" : "/").append(n * 2);
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }
}
