package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class UPS3 {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        for (int s = 0; s < secs; s++) {
            long[] p0 = Mlp.PH.clone(); int n = 0; long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 300_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
            double inStep = (Mlp.PH[30] - p0[30]) / 1e3 / n; Mlp.XFLIP = true; p0 = Mlp.PH.clone(); n = 0; t0 = System.nanoTime(); while (System.nanoTime() - t0 < 300_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; } double flip = (Mlp.PH[30] - p0[30]) / 1e3 / n; Mlp.XFLIP = false;
            n = 0; t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 300_000_000L) { model.step(); n++; }
            double alone = (System.nanoTime() - t0) / 1e3 / n;
            n = 0; t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 300_000_000L) { model.forwardBackward(x, 0, y, 0, batch); model.step(); n++; }
            double fbs = (System.nanoTime() - t0) / 1e3 / n;
            if (s >= 2) System.out.printf("update in trainStep %.1f us flipped %.1f | alone %.1f us | fb+step %.1f us/step%n", inStep, flip, alone, fbs);
        }
    }
}
