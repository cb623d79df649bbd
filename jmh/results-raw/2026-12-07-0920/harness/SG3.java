package io.vectorprop.mlp;
import io.vectorprop.nn.Activation;
import io.vectorprop.gemm.*;
/** step and its GEMMs alone, 1 and 2 threads, alternated 0.5 s each in one JVM: prints medians of steps/s */
public class SG3 {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        boolean big = a.length > 2;
        io.vectorprop.VectorProp.setThreads(2);
        int[] widths = big ? new int[] {784, 1024, 1024, 10} : new int[] {784, 256, 128, 10};
        Mlp[] models = new Mlp[2];
        for (int t = 0; t < 2; t++) {
            Mlp.Builder bd = Mlp.builder(784).threads(t + 1);
            for (int l = 1; l < widths.length - 1; l++) bd.dense(widths[l], Activation.RELU);
            models[t] = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        }
        GemmWorkspace[] gws = {new GemmWorkspace(1), new GemmWorkspace(2)};
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int L = widths.length - 1;
        float[][] ws = new float[L][], acts = new float[L + 1][], grads = new float[L + 1][];
        for (int l = 0; l < L; l++) { ws[l] = new float[widths[l] * widths[l + 1]]; for (int i = 0; i < ws[l].length; i++) ws[l][i] = (float) r.nextDouble() - 0.5f; }
        for (int l = 0; l <= L; l++) { acts[l] = new float[batch * widths[l]]; grads[l] = new float[batch * widths[l]]; for (int i = 0; i < acts[l].length; i++) { acts[l][i] = (float) r.nextDouble(); grads[l][i] = (float) r.nextDouble() - 0.5f; } }
        java.util.List<double[]> res = new java.util.ArrayList<>();
        for (int s = 0; s < secs; s++) {
            double[] row = new double[4];
            for (int v = 0; v < 4; v++) {
                int t = v / 2; boolean gemm = (v & 1) == 1;
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) {
                    if (!gemm) models[t].trainStep(x, 0, y, 0, batch);
                    else {
                        for (int l = 0; l < L; l++) { int in = widths[l], out = widths[l + 1];
                            Gemm.sgemm(Transpose.N, Transpose.T, batch, out, in, 1f, acts[l], 0, in, ws[l], 0, in, 0f, acts[l + 1], 0, out, gws[t]); }
                        for (int l = L - 1; l >= 0; l--) { int in = widths[l], out = widths[l + 1];
                            Gemm.sgemm(Transpose.T, Transpose.N, out, in, batch, 1f, grads[l + 1], 0, out, acts[l], 0, in, 0f, ws[l], 0, in, gws[t]);
                            if (l > 0) Gemm.sgemm(Transpose.N, Transpose.N, batch, in, out, 1f, grads[l + 1], 0, out, ws[l], 0, in, 0f, grads[l], 0, in, gws[t]); }
                        for (int l = 0; l < L; l++) for (int i = 0; i < 64; i++) ws[l][i] = 0.01f * i;
                    }
                    n++;
                }
                row[v] = n * 1e9 / (System.nanoTime() - t0);
            }
            if (s >= 2) res.add(row);
        }
        String[] nm = {"step1", "gemm1", "step2", "gemm2"};
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < 4; v++) {
            final int vv = v;
            double[] c = res.stream().mapToDouble(q -> q[vv]).sorted().toArray();
            sb.append(String.format("%s %.1f  ", nm[v], c[c.length / 2]));
        }
        double[] st1 = res.stream().mapToDouble(q -> 1e6 / q[0] - 1e6 / q[1]).sorted().toArray();
        double[] st2 = res.stream().mapToDouble(q -> 1e6 / q[2] - 1e6 / q[3]).sorted().toArray();
        double[] rr = res.stream().mapToDouble(q -> q[2] / q[0]).sorted().toArray();
        sb.append(String.format("| non-GEMM µs/step 1t %.0f 2t %.0f | step 2t/1t %.3f", st1[st1.length / 2], st2[st2.length / 2], rr[rr.length / 2]));
        System.out.println(sb);
    }
    static int v0(int v) { return v; }
}
