import io.vectorprop.gemm.*;
/** 2 vs N threads alternated every 0.5 s in one JVM: mode "ws" = one team of N threads, workspaces of 2 and N; mode "team" = setThreads(2)/setThreads(N) each time */
public class OV {
    public static void main(String[] x) {
        int m = Integer.parseInt(x[0]), n = Integer.parseInt(x[1]), k = Integer.parseInt(x[2]), secs = Integer.parseInt(x[3]), N = Integer.parseInt(x[4]);
        boolean team = x[5].equals("team");
        float[] A = new float[m * k], B = new float[k * n], C = new float[m * n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < A.length; i++) A[i] = (float) r.nextDouble();
        for (int i = 0; i < B.length; i++) B[i] = (float) r.nextDouble();
        io.vectorprop.VectorProp.setThreads(N);
        GemmWorkspace w2 = new GemmWorkspace(2), wN = new GemmWorkspace(N);
        StringBuilder sb = new StringBuilder("x/x x/x ");
        for (int s = 0; s < secs + 4; s++) {
            for (int v = 0; v < 2; v++) {
                if (team) io.vectorprop.VectorProp.setThreads(v == 0 ? 2 : N);
                GemmWorkspace ws = v == 0 ? w2 : wN;
                long t0 = System.nanoTime(); int it = 0;
                while (System.nanoTime() - t0 < 500_000_000L) { Gemm.sgemm(Transpose.N, Transpose.N, m, n, k, 1f, A, 0, k, B, 0, n, 0f, C, 0, n, ws); it++; }
                if (s >= 2) sb.append(v == 0 ? "" : "/").append(String.format("%.1f", 2.0 * m * n * k * it / (System.nanoTime() - t0)));
            }
            if (s >= 2) sb.append(' ');
        }
        System.out.println(sb);
    }
}
