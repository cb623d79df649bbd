package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
import java.nio.file.*;
public class CSW2 {
    static long[] get(String name) {
        long[] r = new long[2];
        try (DirectoryStream<Path> d = Files.newDirectoryStream(Paths.get("/proc/self/task"))) {
            for (Path t : d) {
                String c = new String(Files.readAllBytes(t.resolve("comm"))).trim();
                if (!c.startsWith(name)) continue;
                String[] q = new String(Files.readAllBytes(t.resolve("schedstat"))).trim().split(" ");
                r[0] += Long.parseLong(q[0]); r[1] += Long.parseLong(q[1]);
            }
        } catch (Exception e) {}
        return r;
    }
    public static void main(String[] a) throws Exception {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        for (int s = 0; s < secs; s++) {
            long[] c0 = get("C2 Comp"), w0 = get("vectorprop"), c10 = get("C1 Comp");
            long t0 = System.nanoTime(); int n = 0;
            while (System.nanoTime() - t0 < 1_000_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
            long[] c1 = get("C2 Comp"), w1 = get("vectorprop"), c11 = get("C1 Comp");
            System.out.printf("s%d steps %d | C2 run %.0f ms | C1 run %.0f ms | worker run %.0f wait %.0f ms%n", s, n, (c1[0] - c0[0]) / 1e6, (c11[0] - c10[0]) / 1e6, (w1[0] - w0[0]) / 1e6, (w1[1] - w0[1]) / 1e6);
        }
    }
}
