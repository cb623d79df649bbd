package io.vectorprop.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The library's worker threads: {@code threads − 1} daemon workers ({@code vectorprop-worker-N}) that, with
 * the calling thread, run the parts of one {@link Job} at a time.
 *
 * <p>Nothing is allocated per job: the job is an object its owner keeps (a GEMM workspace, a model), the
 * hand-off is a volatile ticket per worker, completion a counter. Workers spin briefly after a job (a training
 * step issues one every few microseconds), then yield, then park. A caller that finds the team busy (another
 * application thread holds it), or that is itself a worker, runs the job alone as one part: jobs compute the
 * same bits whatever their part count, so this only changes speed. An exception in any part reaches the
 * caller after every part has ended; the team stays usable.
 *
 * <p>The size comes from {@code vectorprop.threads} (default: available processors) and can be changed at
 * run time ({@link #setThreads}); the old workers then exit once the team is idle.
 */
public final class Team {
    /** One parallel task; {@code run(part, parts)} does the part-th of {@code parts} disjoint pieces. */
    public interface Job {
        void run(int part, int parts);
    }

    public static final String PROP_THREADS = "vectorprop.threads";

    // Wait policy: ~SPIN_NS of busy waiting (onSpinWait, then Thread.yield so that an oversubscribed core runs
    // the threads that have work), then park. The step's gaps between GEMM calls are far shorter than this.
    private static final long SPIN_NS = 500_000;
    private static final int PURE_SPINS = 2_000;

    private static final Object LOCK = new Object();
    private static volatile int threads = initialThreads();
    private static volatile Team current;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Worker[] workers;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean retired;
    private volatile Thread waiter;
    // The job on hand: written by the caller before the workers' tickets, read by them after.
    private Job job;
    private int parts;
    private int ticket;

    private Team(int size) {
        workers = new Worker[size - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(this, i + 1);
            workers[i].start();
        }
    }

    // ---------------------------------------------------------------- configuration

    /** The library-wide thread count (the caller plus the workers), at least 1. */
    public static int threads() {
        return threads;
    }

    /**
     * Sets the library-wide thread count. The current workers exit once the team is idle (their job, if one
     * runs, finishes first); new ones start on the next parallel job.
     */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + n);
        }
        Team old;
        synchronized (LOCK) {
            old = current;
            current = null;
            threads = n;
        }
        if (old != null) {
            old.retire();
        }
    }

    static int initialThreads() {
        String s = System.getProperty(PROP_THREADS, "").trim().toLowerCase(Locale.ROOT);
        int cpus = Runtime.getRuntime().availableProcessors();
        if (s.isEmpty()) {
            return cpus;
        }
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROP_THREADS + " must be a positive integer, was '" + s + "'");
        }
        if (n < 1) {
            throw new IllegalArgumentException(PROP_THREADS + " must be >= 1, was " + n);
        }
        return n;
    }

    /** Threads a job may use given a per-owner setting: {@code own} (0 = the library's count), at most the library's. */
    public static int effective(int own) {
        int t = threads;
        return own <= 0 ? t : Math.min(own, t);
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs {@code job} in up to {@code maxParts} parts, part 0 on the calling thread, and returns when all have
     * ended. Runs it as one part, alone, when maxParts is 1, the caller is a worker, or the team is busy.
     * Returns the number of parts used.
     */
    public static int execute(Job job, int maxParts) {
        if (maxParts > 1 && !(Thread.currentThread() instanceof Worker)) {
            Team t = team();
            if (t != null && t.busy.compareAndSet(0, 1)) {
                try {
                    if (!t.retired) {
                        return t.runAcquired(job, Math.min(maxParts, t.workers.length + 1));
                    }
                } finally {
                    t.busy.set(0);
                }
            }
        }
        job.run(0, 1);
        return 1;
    }

    private static Team team() {
        Team t = current;
        if (t == null && threads > 1) {
            synchronized (LOCK) {
                t = current;
                if (t == null && threads > 1) {
                    t = new Team(threads);
                    current = t;
                }
            }
        }
        return t;
    }

    private int runAcquired(Job j, int n) {
        job = j;
        parts = n;
        waiter = Thread.currentThread();
        pending.set(n - 1);
        int tk = ++ticket;
        for (int i = 0; i < n - 1; i++) {
            Worker w = workers[i];
            w.ticket = tk;            // volatile write: publishes job and parts
            if (w.parked) {
                LockSupport.unpark(w);
            }
        }
        Throwable mine = null;
        try {
            j.run(0, n);
        } catch (Throwable e) {
            mine = e;
        }
        // Wait for every worker even after a failure here: they use the job's buffers.
        long deadline = 0;
        for (int spins = 0; pending.get() != 0; spins++) {
            if (spins < PURE_SPINS) {
                Thread.onSpinWait();
            } else if (deadline == 0) {
                deadline = System.nanoTime() + SPIN_NS;
            } else if (System.nanoTime() < deadline) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(this, 100_000);
            }
        }
        job = null;
        Throwable other = failure.getAndSet(null);
        if (mine == null) {
            mine = other;
        } else if (other != null && other != mine) {
            mine.addSuppressed(other);
        }
        if (mine instanceof RuntimeException) {
            throw (RuntimeException) mine;
        }
        if (mine instanceof Error) {
            throw (Error) mine;
        }
        if (mine != null) {
            throw new IllegalStateException("vectorprop worker failed", mine);
        }
        return n;
    }

    private void retire() {
        // Take the team (waiting for a running job) and never give it back: late callers then run alone.
        while (!busy.compareAndSet(0, 1)) {
            Thread.onSpinWait();
            Thread.yield();
        }
        retired = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
        boolean interrupted = false;
        for (Worker w : workers) {
            while (w.isAlive()) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The current workers' thread ids (tests: allocation and liveness), empty when none run. */
    public static long[] workerIds() {
        Team t = current;
        if (t == null) {
            return new long[0];
        }
        long[] ids = new long[t.workers.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = t.workers[i].getId();
        }
        return ids;
    }

    /** Parts run so far by the current team's workers (tests: proof that work left the calling thread). */
    public static long partsRunByWorkers() {
        Team t = current;
        long s = 0;
        if (t != null) {
            for (Worker w : t.workers) {
                s += w.partsRun;
            }
        }
        return s;
    }

    private static final class Worker extends Thread {
        private final Team team;
        private final int part;
        volatile int ticket;
        volatile boolean parked;
        long partsRun;

        Worker(Team team, int part) {
            super("vectorprop-worker-" + NAMES.incrementAndGet());
            this.team = team;
            this.part = part;
            setDaemon(true);
        }

        @Override
        public void run() {
            int seen = 0;
            while (true) {
                int tk = await(seen);
                if (tk == seen) {
                    return; // retired
                }
                seen = tk;
                partsRun++;
                try {
                    team.job.run(part, team.parts);
                } catch (Throwable e) {
                    team.failure.compareAndSet(null, e);
                } finally {
                    if (team.pending.decrementAndGet() == 0) {
                        LockSupport.unpark(team.waiter);
                    }
                }
            }
        }

        /** Waits for a ticket other than {@code seen}; returns {@code seen} if the team retired. */
        private int await(int seen) {
            long deadline = 0;
            for (int spins = 0; ; spins++) {
                int tk = ticket;
                if (tk != seen) {
                    return tk;
                }
                if (team.retired) {
                    return seen;
                }
                if (spins < PURE_SPINS) {
                    Thread.onSpinWait();
                } else if (deadline == 0) {
                    deadline = System.nanoTime() + SPIN_NS;
                } else if (System.nanoTime() < deadline) {
                    Thread.yield();
                } else {
                    parked = true;  // volatile write, then re-read the ticket: the caller writes it, then reads parked
                    if (ticket == seen && !team.retired) {
                        LockSupport.park(this);
                    }
                    parked = false;
                }
            }
        }
    }
}
