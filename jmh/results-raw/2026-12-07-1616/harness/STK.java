package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
/** 2-thread step, Mlp.XR 0 vs 1 alternated every 0.5 s after warm-up; pairs for r.py; arg big for 784-1024-1024-10; threads arg */
public class STK {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), warm = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        boolean big = a.length > 3 && a[3].equals("big");
        int th = a.length > 4 ? Integer.parseInt(a[4]) : 2;
        io.vectorprop.VectorProp.setThreads(2);
        Mlp.Builder bd = Mlp.builder(784).threads(th);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        long w0 = System.nanoTime();
        for (int v = 0; System.nanoTime() - w0 < warm * 1_000_000_000L; v ^= 1) {
            io.vectorprop.gemm.Gemm.setXK(v == 1);
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 500_000_000L) model.trainStep(x, 0, y, 0, batch);
        }
        StringBuilder sb = new StringBuilder("x/x x/x ");
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                io.vectorprop.gemm.Gemm.setXK(v == 1);
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", n * 1e9 / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }
}
