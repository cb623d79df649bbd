package io.vectorprop.gemm;
import io.vectorprop.internal.*;
public class P5 {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]);
        int sets = Integer.parseInt(x[3]), rounds = Integer.parseInt(x[4]);
        Kernels kr = KernelProvider.simdOrThrow();
        GemmWorkspace ws = new GemmWorkspace(1);
        float[][] A = new float[sets][], B = new float[sets][], C = new float[sets][];
        Object[] pad = new Object[sets];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int s = 0; s < sets; s++) {
            pad[s] = new byte[rnd.nextInt(1, 70000)];
            A[s] = new float[m * k]; B[s] = new float[k * n]; C[s] = new float[m * n];
            for (int i = 0; i < A[s].length; i++) A[s][i] = (float) rnd.nextDouble();
            for (int i = 0; i < B[s].length; i++) B[s][i] = (float) rnd.nextDouble();
        }
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < sets; s++) {
                long t0 = System.nanoTime(); int reps = 0;
                while (System.nanoTime() - t0 < 400_000_000L) { Gemm.sgemm(kr, Transpose.N, Transpose.N, m, n, k, 1f, A[s], 0, k, B[s], 0, n, 0f, C[s], 0, n, ws); reps++; }
                sb.append(String.format("%.0f ", 2.0 * m * n * k * reps / (System.nanoTime() - t0)));
            }
            System.out.println(sb);
        }
    }
}
