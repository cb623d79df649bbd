package io.vectorprop.gemm;
import io.vectorprop.internal.*;
import io.vectorprop.mlp.*;
import io.vectorprop.nn.Activation;
/** The big net's step products at 1 and 2 threads, round robin, plus the step itself. args: rounds sampleMs */
public class GS {
    static final String[] SH = {"256 1024 784 NT C", "256 1024 1024 NT C", "1024 1024 256 TN R", "256 1024 1024 NN A", "1024 784 256 TN R", "1024 1024 1024 NN A"};
    public static void main(String[] x) {
        int rounds = Integer.parseInt(x[0]); long samp = Long.parseLong(x[1]) * 1_000_000L;
        io.vectorprop.VectorProp.setThreads(2);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace[] ws = {new GemmWorkspace(1), new GemmWorkspace(2)};
        int n = SH.length;
        float[][] A = new float[n][], B = new float[n][], C = new float[n][];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int s = 0; s < n; s++) {
            String[] f = SH[s].split(" "); int m = Integer.parseInt(f[0]), nn = Integer.parseInt(f[1]), k = Integer.parseInt(f[2]);
            A[s] = new float[m * k]; B[s] = new float[k * nn]; C[s] = new float[m * nn];
            for (int i = 0; i < A[s].length; i++) A[s][i] = (float) rnd.nextDouble();
            for (int i = 0; i < B[s].length; i++) B[s][i] = (float) rnd.nextDouble();
        }
        int batch = 256;
        Mlp[] model = new Mlp[2];
        for (int t = 0; t < 2; t++) model[t] = Mlp.builder(784).threads(t + 1).dense(1024, Activation.RELU).dense(1024, Activation.RELU)
                .dense(10, Activation.IDENTITY).optimizer(Optimizer.sgd(1e-3f)).maxBatch(batch).seed(1).build();
        float[] xs = new float[batch * 784]; int[] y = new int[batch];
        for (int i = 0; i < xs.length; i++) xs[i] = (float) rnd.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = rnd.nextInt(10);
        double[][][] res = new double[n + 1][2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < n; s++) {
                String[] f = SH[s].split(" "); int m = Integer.parseInt(f[0]), nn = Integer.parseInt(f[1]), k = Integer.parseInt(f[2]);
                Transpose ta = Transpose.valueOf(f[3].substring(0, 1)), tb = Transpose.valueOf(f[3].substring(1, 2));
                GemmWorkspace.Split sp = f[4].equals("C") ? GemmWorkspace.Split.COLUMNS : f[4].equals("R") ? GemmWorkspace.Split.ROWS : GemmWorkspace.Split.AUTO;
                int lda = ta == Transpose.T ? m : k, ldb = tb == Transpose.T ? k : nn;
                for (int t = 0; t < 2; t++) {
                    ws[t].setSplit(sp);
                    long t0 = System.nanoTime(); int reps = 0;
                    while (System.nanoTime() - t0 < samp) { Gemm.sgemm(kr, ta, tb, m, nn, k, 1f, A[s], 0, lda, B[s], 0, ldb, 0f, C[s], 0, nn, ws[t]); reps++; }
                    res[s][t][r] = 2.0 * m * nn * k * reps / (System.nanoTime() - t0);
                }
            }
            for (int t = 0; t < 2; t++) {
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < 2 * samp) { model[t].trainStep(xs, 0, y, 0, batch); reps++; }
                res[n][t][r] = reps * 1e9 / (System.nanoTime() - t0);
            }
        }
        for (int s = 0; s <= n; s++) {
            StringBuilder sb = new StringBuilder(s < n ? SH[s] : "step big b256 (steps/s)");
            double[] a1 = res[s][0].clone(), a2 = res[s][1].clone(); java.util.Arrays.sort(a1); java.util.Arrays.sort(a2);
            int skip = 1; // first round is warm-up
            sb.append(String.format("  1t med %.1f  2t med %.1f   rounds:", a1[(rounds) / 2], a2[(rounds) / 2]));
            for (int r = 0; r < rounds; r++) sb.append(String.format(" %.0f/%.0f", res[s][0][r], res[s][1][r]));
            System.out.println(sb);
        }
    }
}
