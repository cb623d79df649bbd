package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class SHB {
    static Mlp make(int batch, int th, Activation act, boolean big) {
        Mlp.Builder bd = Mlp.builder(784).threads(th);
        if (big) bd.dense(1024, act).dense(1024, act); else bd.dense(256, act).dense(128, act);
        return bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-2f)).maxBatch(batch).seed(1).build();
    }
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), th = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        Activation act = a[3].equals("TANH") ? Activation.TANH : a[3].equals("GELU") ? Activation.GELU : Activation.RELU;
        boolean big = a.length > 4;
        io.vectorprop.VectorProp.setThreads(Math.max(2, th));
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble(-1, 1);
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int xr = Integer.getInteger("xr", 5);
        // bits: XR 0 on one thread against XR xr on th threads, 30 steps
        Mlp m1 = make(batch, 1, act, big), m2 = make(batch, th, act, big);
        for (int s = 0; s < 30; s++) {
            io.vectorprop.internal.Kernels.XR = 0; m1.trainStep(x, 0, y, 0, batch);
            io.vectorprop.internal.Kernels.XR = xr; m2.trainStep(x, 0, y, 0, batch);
        }
        float[] p1 = new float[m1.parameterCount()], p2 = new float[p1.length];
        m1.getParameters(p1, 0); m2.getParameters(p2, 0);
        for (int i = 0; i < p1.length; i++) if (Float.floatToRawIntBits(p1[i]) != Float.floatToRawIntBits(p2[i])) throw new AssertionError("bits differ at " + i);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                io.vectorprop.internal.Kernels.XR = v == 1 ? xr : 0;
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { m2.trainStep(x, 0, y, 0, batch); n++; }
                sb.append(v == 0 ? "" : "/").append(n * 2);
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }
}
