package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
/**
 * The training step with a static switch of an experiment build off and on, alternated every 0.5 s after a warm-up;
 * prints pairs (off/on steps/s) for r.py. -Dab.field=pkg.Class.FIELD (default io.vectorprop.mlp.Mlp.XT): an int field
 * is set to 0 / -Dab.on (default 1), a boolean one to false / true. The runs used Mlp.XR (rows-split-not-kept.patch,
 * ab.on 1 or 2), Mlp.XT (task-parallel-dw-dx-not-kept.patch, with -Dxu=0|1) and io.vectorprop.gemm.GemmEngine.XK (the
 * kernel8b experiment, then through a public setter; that copy was STK.java).
 * Args: batch warm-up-seconds pairs [small|big] [threads].
 */
public class STR {
    public static void main(String[] a) throws Exception {
        int batch = Integer.parseInt(a[0]), warm = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        boolean big = a.length > 3 && a[3].equals("big");
        int th = a.length > 4 ? Integer.parseInt(a[4]) : 2;
        String name = System.getProperty("ab.field", "io.vectorprop.mlp.Mlp.XT");
        java.lang.reflect.Field f = Class.forName(name.substring(0, name.lastIndexOf('.')))
                .getDeclaredField(name.substring(name.lastIndexOf('.') + 1));
        f.setAccessible(true);
        int on = Integer.getInteger("ab.on", 1);
        io.vectorprop.VectorProp.setThreads(2);
        Mlp.Builder bd = Mlp.builder(784).threads(th);
        if (big) bd.dense(1024, Activation.RELU).dense(1024, Activation.RELU); else bd.dense(256, Activation.RELU).dense(128, Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        long w0 = System.nanoTime();
        for (int v = 0; System.nanoTime() - w0 < warm * 1_000_000_000L; v ^= 1) {
            set(f, v, on);
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 500_000_000L) model.trainStep(x, 0, y, 0, batch);
        }
        StringBuilder sb = new StringBuilder("x/x x/x ");
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                set(f, v, on);
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { model.trainStep(x, 0, y, 0, batch); n++; }
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", n * 1e9 / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }

    static void set(java.lang.reflect.Field f, int v, int on) throws Exception {
        if (f.getType() == boolean.class) {
            f.setBoolean(null, v == 1);
        } else {
            f.setInt(null, v == 0 ? 0 : on);
        }
    }
}
