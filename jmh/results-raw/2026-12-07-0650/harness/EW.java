import io.vectorprop.blas.Blas;
import io.vectorprop.nn.Activation;
/** serial elementwise work of a step, µs per call. */
public class EW {
    public static void main(String[] x) {
        int[][] sz = {{64, 256}, {64, 128}, {256, 256}, {256, 128}, {256, 1024}};
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int round = 0; round < 3; round++) for (int[] s : sz) {
            int rows = s[0], cols = s[1], n = rows * cols;
            float[] a = new float[n], h = new float[n], g = new float[n], b = new float[cols], db = new float[cols];
            for (int i = 0; i < n; i++) { a[i] = (float) r.nextDouble() - 0.5f; g[i] = (float) r.nextDouble(); }
            double[] t = new double[4];
            for (int op = 0; op < 4; op++) {
                int reps = 0; long t0 = System.nanoTime();
                while (System.nanoTime() - t0 < 300_000_000L) {
                    switch (op) {
                        case 0: Blas.addRowVector(rows, cols, b, 0, a, 0, cols); break;
                        case 1: Activation.RELU.forward(a, 0, h, 0, n); break;
                        case 2: Activation.RELU.backward(a, 0, g, 0, n); break;
                        default: Blas.columnSumsAdd(rows, cols, g, 0, cols, db, 0);
                    }
                    reps++;
                }
                t[op] = (System.nanoTime() - t0) / 1e3 / reps;
            }
            if (round == 2) System.out.printf("%dx%d  addRow %.2f  reluF %.2f  reluB %.2f  colSums %.2f  µs (sum %.2f)%n", rows, cols, t[0], t[1], t[2], t[3], t[0]+t[1]+t[2]+t[3]);
        }
    }
}
