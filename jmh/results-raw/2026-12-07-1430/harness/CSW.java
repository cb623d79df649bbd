package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
import java.nio.file.*;
public class CSW {
    static String snap() {
        StringBuilder sb = new StringBuilder();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(Paths.get("/proc/self/task"))) {
            for (Path t : d) {
                String c = new String(Files.readAllBytes(t.resolve("comm"))).trim();
                String st = new String(Files.readAllBytes(t.resolve("status")));
                String ss = new String(Files.readAllBytes(t.resolve("schedstat"))).trim();
                long v = 0, nv = 0;
                for (String line : st.split("\n")) { if (line.startsWith("voluntary_ctxt_switches")) v = Long.parseLong(line.split("\\s+")[1]); if (line.startsWith("nonvoluntary_ctxt_switches")) nv = Long.parseLong(line.split("\\s+")[1]); }
                String[] q = ss.split(" ");
                sb.append(String.format("%s/%s vol %d invol %d run %.1fms wait %.1fms slices %s%n", t.getFileName(), c, v, nv, Long.parseLong(q[0]) / 1e6, Long.parseLong(q[1]) / 1e6, q[2]));
            }
        } catch (Exception e) { sb.append(e); }
        return sb.toString();
    }
    public static void main(String[] a) throws Exception {
        int batch = Integer.parseInt(a[0]);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp model = Mlp.builder(784).threads(2).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 4_000_000_000L) model.trainStep(x, 0, y, 0, batch);
        String s1 = snap();
        t0 = System.nanoTime(); int n = 0;
        while (System.nanoTime() - t0 < 2_000_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
        String s2 = snap();
        System.out.println("steps " + n + "\nBEFORE\n" + s1 + "AFTER\n" + s2);
    }
}
