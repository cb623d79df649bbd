package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
/** forward only (predict) with Mlp.XFUSE off/on, pairs */
public class PRF {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), th = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        io.vectorprop.VectorProp.setThreads(Math.max(2, th));
        Mlp model = Mlp.builder(784).threads(th).dense(256, Activation.RELU).dense(128, Activation.RELU).dense(10, Activation.IDENTITY).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784], out = new float[batch * 10];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        StringBuilder sb = new StringBuilder(); com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean(); long[] al = new long[2]; long[] cnt = new long[2];
        float[] o0 = new float[out.length];
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                Mlp.XFUSE = v == 1;
                long b0 = mx.getCurrentThreadAllocatedBytes(); long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) { model.predict(x, 0, batch, out, 0); n++; }
                if (s >= secs - 3) { al[v] += mx.getCurrentThreadAllocatedBytes() - b0; cnt[v] += n; } if (v == 0) System.arraycopy(out, 0, o0, 0, out.length); else if (!java.util.Arrays.equals(o0, out)) throw new AssertionError("bits differ");
                sb.append(v == 0 ? "" : "/").append(String.format("%.1f", n * 1e9 / (System.nanoTime() - t0)));
            }
            sb.append(' ');
        }
        System.out.println(sb); System.err.printf("alloc B/call off %.1f on %.1f%n", (double) al[0] / cnt[0], (double) al[1] / cnt[1]);
    }
}
