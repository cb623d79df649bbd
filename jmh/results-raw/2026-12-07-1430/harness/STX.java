package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
import io.vectorprop.internal.Team;
import java.nio.file.*;
public class STX {
    static int cpuOf(String task) {
        try { String s = new String(Files.readAllBytes(Paths.get(task + "/stat"))); String[] f = s.substring(s.lastIndexOf(')') + 2).split(" "); return Integer.parseInt(f[36]); } catch (Exception e) { return -1; }
    }
    static String where() {
        StringBuilder sb = new StringBuilder();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(Paths.get("/proc/self/task"))) {
            for (Path t : d) { String c = new String(Files.readAllBytes(t.resolve("comm"))).trim(); if (c.equals("java") || c.equals("main") || c.startsWith("vectorprop")) sb.append(c.charAt(0)).append(cpuOf(t.toString())); }
        } catch (Exception e) {}
        return sb.toString();
    }
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        boolean big = a.length > 3 && a[3].equals("big");
        String[] sh = a[2].split(",");
        io.vectorprop.VectorProp.setThreads(2);
        Mlp.Builder bd = Mlp.builder(784).threads(1);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int V = sh.length + 1;
        double[][] res = new double[V][secs];
        StringBuilder wh = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < V; v++) {
                model.setThreads(v == 0 ? 1 : 2);
                if (v > 0) Team.XSHARE = Double.parseDouble(sh[v - 1]);
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                res[v][s] = n * 1e9 / (System.nanoTime() - t0);
                if (v == 1) wh.append(where()).append(' ');
            }
        }
        StringBuilder sb = new StringBuilder("1t " + String.format("%.0f", med(res[0], 2)));
        for (int v = 1; v < V; v++) {
            double[] q = new double[secs]; for (int s = 0; s < secs; s++) q[s] = res[v][s] / res[0][s];
            sb.append(String.format(" | %s: %.0f (2t/1t %.3f)", sh[v - 1], med(res[v], 2), med(q, 2)));
        }
        System.out.println(sb + "\n  cpus: " + wh);
    }
    static double med(double[] d, int skip) { double[] c = java.util.Arrays.copyOfRange(d, skip, d.length); java.util.Arrays.sort(c); return c[c.length / 2]; }
}
