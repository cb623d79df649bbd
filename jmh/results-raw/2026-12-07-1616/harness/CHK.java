package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class CHK {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp[] m = new Mlp[2];
        for (int i = 0; i < 2; i++) m[i] = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.adam(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        float l0 = 0, l1 = 0;
        for (int s = 0; s < 2000; s++) { Mlp.XT = 0; l0 = m[0].trainStep(x, 0, y, 0, batch); Mlp.XT = Integer.parseInt(a[1]); l1 = m[1].trainStep(x, 0, y, 0, batch); }
        System.out.println("loss " + l0 + " " + l1 + " same=" + (Float.floatToIntBits(l0) == Float.floatToIntBits(l1)));
    }
}
