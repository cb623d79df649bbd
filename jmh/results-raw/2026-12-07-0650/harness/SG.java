package io.vectorprop.mlp;
import io.vectorprop.gemm.*;
import io.vectorprop.nn.Activation;
/** step vs its GEMMs alone, alternated in one JVM. args: batch threads secs [big] */
public class SG {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), th = Integer.parseInt(a[1]), secs = Integer.parseInt(a[2]);
        boolean big = a.length > 3;
        io.vectorprop.VectorProp.setThreads(Math.max(th, 1));
        int[] widths = big ? new int[]{784, 1024, 1024, 10} : new int[]{784, 256, 128, 10};
        Mlp.Builder bd = Mlp.builder(784).threads(th);
        for (int l = 1; l < widths.length - 1; l++) bd.dense(widths[l], Activation.RELU);
        Mlp model = bd.dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(10);
        int L = widths.length - 1;
        float[][] ws = new float[L][], acts = new float[L + 1][], grads = new float[L + 1][];
        for (int l = 0; l <= L; l++) { acts[l] = new float[batch * widths[l]]; grads[l] = new float[batch * widths[l]]; }
        for (int l = 0; l < L; l++) ws[l] = new float[widths[l] * widths[l + 1]];
        for (float[] f : acts) for (int i = 0; i < f.length; i++) f[i] = (float) r.nextDouble();
        for (float[] f : grads) for (int i = 0; i < f.length; i++) f[i] = (float) r.nextDouble() * 1e-3f;
        for (float[] f : ws) for (int i = 0; i < f.length; i++) f[i] = (float) r.nextDouble() * 1e-2f;
        GemmWorkspace gws = new GemmWorkspace(th);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs; s++) {
            for (int v = 0; v < 2; v++) {
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 1000_000_000L) {
                    if (v == 0) model.trainStep(x, 0, y, 0, batch);
                    else {
                        for (int l = 0; l < L; l++) { int in = widths[l], out = widths[l + 1];
                            Gemm.sgemm(Transpose.N, Transpose.T, batch, out, in, 1f, acts[l], 0, in, ws[l], 0, in, 0f, acts[l + 1], 0, out, gws); }
                        for (int l = L - 1; l >= 0; l--) { int in = widths[l], out = widths[l + 1];
                            Gemm.sgemm(Transpose.T, Transpose.N, out, in, batch, 1f, grads[l + 1], 0, out, acts[l], 0, in, 0f, ws[l], 0, in, gws);
                            if (l > 0) Gemm.sgemm(Transpose.N, Transpose.N, batch, in, out, 1f, grads[l + 1], 0, out, ws[l], 0, in, 0f, grads[l], 0, in, gws); }
                    }
                    n++;
                }
                sb.append(v == 0 ? "" : "/").append(n);
            }
            sb.append(' ');
        }
        System.out.println(sb);
    }
}
