package io.vectorprop.gemm;
import io.vectorprop.mlp.*;
import io.vectorprop.nn.Activation;
import io.vectorprop.internal.Team;
/** step 1t vs 2t with PURE_SPINS values, alternated 0.4 s; prints steps/s medians and mean worker start delay per job */
public class SPN {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        String[] sp = a[2].split(",");
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int V = sp.length + 1;
        double[][] res = new double[V][secs], del = new double[V][secs];
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < V; v++) {
                model.setThreads(v == 0 ? 1 : 2);
                if (v > 0) Team.PURE_SPINS = Integer.parseInt(sp[v - 1]);
                long d0 = 0, c0 = 0; for (int i = 0; i < 32; i++) { d0 += GemmJob.XDELAY[i][1]; c0 += GemmJob.XCNT[i]; }
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                res[v][s] = n * 1e9 / (System.nanoTime() - t0);
                long d1 = 0, c1 = 0; for (int i = 0; i < 32; i++) { d1 += GemmJob.XDELAY[i][1]; c1 += GemmJob.XCNT[i]; }
                del[v][s] = (d1 - d0) / 1e3 / Math.max(1, c1 - c0);
            }
        }
        StringBuilder sb = new StringBuilder(String.format("b%d 1t %.0f", batch, med(res[0])));
        for (int v = 1; v < V; v++) {
            double[] q = new double[secs]; for (int s = 0; s < secs; s++) q[s] = res[v][s] / res[0][s];
            sb.append(String.format(" | spins %s: %.0f (2t/1t %.3f, delay %.2f us)", sp[v - 1], med(res[v]), med(q), med(del[v])));
        }
        System.out.println(sb);
    }
    static double med(double[] d) { double[] c = java.util.Arrays.copyOfRange(d, 2, d.length); java.util.Arrays.sort(c); return c[c.length / 2]; }
}
