package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
import io.vectorprop.internal.Team;
/** 1t, 2t fixed 0.5, 2t adaptive, alternated 0.4 s */
public class STA {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        boolean big = a.length > 2 && a[2].equals("big");
        if (a.length > 3) Team.XGAIN = Double.parseDouble(a[3]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp.Builder bd = Mlp.builder(784).threads(1);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        double[][] res = new double[3][secs];
        StringBuilder wh = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 3; v++) {
                model.setThreads(v == 0 ? 1 : 2);
                Team.XADAPT = v == 2;
                if (v == 1) Team.XSHARE = 0.5;
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                res[v][s] = n * 1e9 / (System.nanoTime() - t0);
                if (v == 2) wh.append(String.format("%.3f ", Team.XSHARE));
            }
        }
        double[] q1 = new double[secs], q2 = new double[secs], q3 = new double[secs];
        for (int s = 0; s < secs; s++) { q1[s] = res[1][s] / res[0][s]; q2[s] = res[2][s] / res[0][s]; q3[s] = res[2][s] / res[1][s]; }
        System.out.printf("1t %.0f | 2t fixed %.0f (%.3f) | 2t adaptive %.0f (%.3f) | adaptive/fixed %.3f%n  shares: %s%n",
            STX.med(res[0], 2), STX.med(res[1], 2), STX.med(q1, 2), STX.med(res[2], 2), STX.med(q2, 2), STX.med(q3, 2), wh);
    }
}
