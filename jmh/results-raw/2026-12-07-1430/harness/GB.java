import io.vectorprop.gemm.*;
public class GB {
    public static void main(String[] a) {
        int m = Integer.parseInt(a[0]), n = Integer.parseInt(a[1]), k = Integer.parseInt(a[2]), secs = Integer.parseInt(a[3]);
        io.vectorprop.VectorProp.setThreads(1);
        float[] A = new float[m * k], B = new float[k * n], C = new float[m * n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < A.length; i++) A[i] = (float) r.nextDouble();
        for (int i = 0; i < B.length; i++) B[i] = (float) r.nextDouble();
        GemmWorkspace ws = new GemmWorkspace(1);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < secs * 2; s++) {
            long t0 = System.nanoTime(); int it = 0;
            while (System.nanoTime() - t0 < 500_000_000L) { Gemm.sgemm(Transpose.N, Transpose.N, m, n, k, 1f, A, 0, k, B, 0, n, 0f, C, 0, n, ws); it++; }
            if (s >= 4) sb.append(String.format("%.0f ", 2.0 * m * n * k * it / (System.nanoTime() - t0)));
        }
        System.out.println(sb);
    }
}
