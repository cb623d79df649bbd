import io.vectorprop.gemm.*;
/** the step's GEMM sequence, 1 and 2 threads, chained (outputs feed the next product, dW into W) or not (outputs to scratch) */
public class SG4 {
    public static void main(String[] a) {
        int batch = Integer.parseInt(a[0]), secs = Integer.parseInt(a[1]);
        boolean big = a.length > 2 && a[2].equals("big");
        io.vectorprop.VectorProp.setThreads(2);
        int[] widths = big ? new int[] {784, 1024, 1024, 10} : new int[] {784, 256, 128, 10};
        GemmWorkspace[] gws = {new GemmWorkspace(1), new GemmWorkspace(2)};
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        int L = widths.length - 1;
        float[][] ws = new float[L][], acts = new float[L + 1][], grads = new float[L + 1][];
        float[][] wsS = new float[L][], actsS = new float[L + 1][], gradsS = new float[L + 1][];
        for (int l = 0; l < L; l++) { ws[l] = new float[widths[l] * widths[l + 1]]; wsS[l] = new float[ws[l].length]; for (int i = 0; i < ws[l].length; i++) ws[l][i] = (float) r.nextDouble() - 0.5f; }
        for (int l = 0; l <= L; l++) { acts[l] = new float[batch * widths[l]]; grads[l] = new float[batch * widths[l]]; actsS[l] = new float[acts[l].length]; gradsS[l] = new float[acts[l].length];
            for (int i = 0; i < acts[l].length; i++) { acts[l][i] = (float) r.nextDouble(); grads[l][i] = (float) r.nextDouble() - 0.5f; } }
        java.util.List<double[]> res = new java.util.ArrayList<>();
        for (int s = 0; s < secs; s++) {
            double[] row = new double[4];
            for (int v = 0; v < 4; v++) {
                int t = v / 2; boolean chain = (v & 1) == 0;
                float[][] ao = chain ? acts : actsS, go = chain ? grads : gradsS, wo = chain ? ws : wsS;
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 400_000_000L) {
                    for (int l = 0; l < L; l++) { int in = widths[l], out = widths[l + 1];
                        Gemm.sgemm(Transpose.N, Transpose.T, batch, out, in, 1f, acts[l], 0, in, ws[l], 0, in, 0f, ao[l + 1], 0, out, gws[t]); }
                    for (int l = L - 1; l >= 0; l--) { int in = widths[l], out = widths[l + 1];
                        Gemm.sgemm(Transpose.T, Transpose.N, out, in, batch, 1f, grads[l + 1], 0, out, acts[l], 0, in, 0f, wo[l], 0, in, gws[t]);
                        if (l > 0) Gemm.sgemm(Transpose.N, Transpose.N, batch, in, out, 1f, grads[l + 1], 0, out, ws[l], 0, in, 0f, go[l], 0, in, gws[t]); }
                    if (chain) for (int l = 0; l < L; l++) for (int i = 0; i < 64; i++) ws[l][i] = 0.01f * i;
                    n++;
                }
                row[v] = n * 1e9 / (System.nanoTime() - t0);
            }
            if (s >= 2) res.add(row);
        }
        String[] nm = {"chain1", "free1", "chain2", "free2"};
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < 4; v++) { final int vv = v;
            double[] c = res.stream().mapToDouble(q -> q[vv]).sorted().toArray();
            sb.append(String.format("%s %.1f  ", nm[v], c[c.length / 2])); }
        double[] rc = res.stream().mapToDouble(q -> q[2] / q[0]).sorted().toArray();
        double[] rf = res.stream().mapToDouble(q -> q[3] / q[1]).sorted().toArray();
        sb.append(String.format("| 2t/1t chained %.3f free %.3f", rc[rc.length / 2], rf[rf.length / 2]));
        System.out.println(sb);
    }
}
