import io.vectorprop.internal.Team;
public class TJ {
    static volatile long sink;
    static int workNs;
    static final long[] who = new long[4];
    public static void main(String[] a) throws Exception {
        io.vectorprop.VectorProp.setThreads(2);
        int[] works = {0, 1000, 5000, 20000};
        for (int round = 0; round < 3; round++) for (int w : works) {
            workNs = w;
            Team.Job job = (p, parts) -> { long t0 = System.nanoTime(); while (System.nanoTime() - t0 < workNs) {} if (Thread.currentThread().getName().startsWith("vectorprop")) who[p]++; };
            long[] w0 = who.clone();
            long t0 = System.nanoTime(); int n = 0;
            while (System.nanoTime() - t0 < 500_000_000L) { Team.execute(job, 2); n++; }
            double us = (System.nanoTime() - t0) / 1e3 / n;
            System.out.printf("work %5d ns: %.2f us per job, overhead %.2f us; worker ran part1 in %.1f%%%n", w, us, us - w / 1e3, 100.0 * (who[1] - w0[1]) / n);
        }
    }
}
