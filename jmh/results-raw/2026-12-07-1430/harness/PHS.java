package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
public class PHS {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        boolean big = a.length > 2 && a[2].equals("big");
        io.vectorprop.VectorProp.setThreads(2);
        Mlp.Builder bd = Mlp.builder(784).threads(1);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int[] idx = {0,1,2,3,4,5,8,18,19,20,14,15,16,10,11,12,30};
        String[] nm = {"F1","E1","F2","E2","F3","E3","loss","B3e","dW3","dX3","B2e","dW2","dX2","B1e","dW1","dX1","upd"};
        java.util.List<double[]>[] res = new java.util.List[] {new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>()};
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 3; v++) {
                model.setThreads(v == 0 ? 1 : 2); Mlp.PARALLEL_UPDATE_MIN = v == 2 && a[a.length-1].contains("u") ? Integer.MAX_VALUE : 1 << 16; Mlp.PARALLEL_ELEMENTWISE_MIN = v == 2 && a[a.length-1].contains("e") ? Integer.MAX_VALUE : 1 << 15; Mlp.XCOL = v == 2 && a[a.length-1].contains("c");
                long[] p0 = Mlp.PH.clone();
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                long el = System.nanoTime() - t0;
                double[] row = new double[idx.length + 1];
                for (int i = 0; i < idx.length; i++) row[i] = (Mlp.PH[idx[i]] - p0[idx[i]]) / 1e3 / n;
                row[idx.length] = el / 1e3 / n;
                if (s >= 2) res[v].add(row);
            }
        }
        StringBuilder sb = new StringBuilder(String.format("%-6s %8s %8s %8s %6s %6s%n", "phase", "1t us", "2t us", "2t adapt", "ratio", "ratioA"));
        for (int i = 0; i <= idx.length; i++) {
            final int ii = i;
            double m1 = med(res[0].stream().mapToDouble(q -> q[ii]).toArray()), m2 = med(res[1].stream().mapToDouble(q -> q[ii]).toArray()), m3 = med(res[2].stream().mapToDouble(q -> q[ii]).toArray());
            sb.append(String.format("%-6s %8.1f %8.1f %8.1f %6.2f %6.2f%n", i < idx.length ? nm[i] : "TOTAL", m1, m2, m3, m1 / m2, m1 / m3));
        }
        System.out.print(sb);
    }
    static double med(double[] d) { java.util.Arrays.sort(d); return d[d.length / 2]; }
}
