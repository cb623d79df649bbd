package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class PHU2 {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        Mlp.XTWICE = true;
        for (int s = 0; s < secs; s++) {
            java.util.Arrays.fill(Mlp.PH, 0); int n = 0; long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 500_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
            if (s >= 2) System.out.printf("first upd %.1f us (p0 %.1f p1 %.1f) | second %.1f us (p0 %.1f p1 %.1f)%n", Mlp.PH[30] / 1e3 / n, Mlp.PH[26] / 1e3 / n, Mlp.PH[27] / 1e3 / n, Mlp.PH[31] / 1e3 / n, Mlp.PH[22] / 1e3 / n, Mlp.PH[23] / 1e3 / n);
        }
    }
}
