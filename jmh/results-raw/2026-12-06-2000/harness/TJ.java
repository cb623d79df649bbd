package io.vectorprop.internal;
public class TJ {
    static volatile int sink;
    public static void main(String[] a) {
        io.vectorprop.VectorProp.setThreads(2);
        Team.Job j = (p, n) -> { sink += p; };
        for (int s = 0; s < Integer.parseInt(a[0]); s++) {
            long t0 = System.nanoTime(); int c = 0;
            while (System.nanoTime() - t0 < 500_000_000L) { Team.execute(j, 2); c++; }
            System.out.printf("%.0f ", (System.nanoTime() - t0) / (double) c);
        }
        System.out.println("ns/job");
    }
}
