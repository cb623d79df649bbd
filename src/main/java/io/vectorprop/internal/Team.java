package io.vectorprop.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The library's worker threads: {@code threads − 1} daemon workers ({@code vectorprop-worker-N}) that, with
 * the calling thread, run the parts of one {@link Job} at a time.
 *
 * <p>Nothing is allocated per job: the job is an object its owner keeps (a GEMM workspace, a model), the
 * hand-off is a volatile ticket per worker, the parts are claimed from one atomic word and completion is a
 * counter. The caller runs part 0; whichever thread is free claims each next part, so a thread the OS does not
 * run (more threads than cores, a busy machine) leaves its part to one that runs. Workers spin briefly after a
 * job (a training step issues one every few microseconds), then yield, then park. A caller that finds the team busy (another
 * application thread holds it), or that is itself a worker, runs the job alone as one part: jobs compute the
 * same bits whatever their part count, so this only changes speed. An exception in any part reaches the
 * caller after every part has ended; the team stays usable.
 *
 * <p>A job runs in at most one part per processor: threads beyond that wait (parked) instead of taking parts
 * that would wait for a core.
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

    // Wait policy: a few µs of pure spinning, then Thread.yield (so that an oversubscribed core runs the threads
    // that have work) until SPIN_NS, then park. The gaps between a training step's GEMM calls are far shorter.
    private static final long SPIN_NS = 500_000;
    private static final int PURE_SPINS = 200;
    private static final int MAX_PARTS = 0xFFFF;

    private static final Object LOCK = new Object();
    private static volatile int threads = initialThreads();
    private static volatile Team current;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Worker[] workers;
    private final AtomicInteger busy = new AtomicInteger();
    /** The job's parts: generation (32 bits), part count (16), next unclaimed part (16). */
    private final AtomicLong claim = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean retired;
    private volatile Thread waiter;
    // Written by the caller before claim (a volatile write), read by a thread only while it holds a claimed part.
    private Job job;
    private int generation;
    /** The JVM's processors when the team started: the most parts a job runs in (see {@link #capPartsToProcessors}). */
    private final int processors;
    private static volatile boolean capToProcessors = true;

    private Team(int size) {
        processors = Runtime.getRuntime().availableProcessors();
        workers = new Worker[size - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(this);
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
        if (n < 1 || n > MAX_PARTS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_PARTS + "], was " + n);
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
        if (s.isEmpty()) {
            return Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
        }
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROP_THREADS + " must be a positive integer, was '" + s + "'");
        }
        if (n < 1 || n > MAX_PARTS) {
            throw new IllegalArgumentException(PROP_THREADS + " must be in [1, " + MAX_PARTS + "], was " + n);
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
     * Whether a job runs in at most as many parts as the JVM had processors when the team started (default). More
     * parts than cores only wait for each other: a worker the OS has descheduled holds its part for a time slice.
     * JDK 25, 2 cores, 4 threads: 256x784x256 NN 138–142 GFLOP/s uncapped against 159–164 with 2 threads, capped
     * 162–173; the batch-64 step, the cap switched every 0.5 s in one JVM, 1742–1860 steps/s off, 1860–2072 on.
     * Tests turn it off to split work into more parts than the machine has cores.
     */
    public static void capPartsToProcessors(boolean on) {
        capToProcessors = on;
    }

    /**
     * The most parts {@link #execute} runs a job of up to {@code maxParts} parts in: at most one per processor (see
     * {@link #capPartsToProcessors}). Callers that shape a job by its part count (GEMM's split direction) ask here
     * first, so that more threads than cores split work as threads = cores does.
     */
    public static int partsLimit(int maxParts) {
        if (maxParts <= 1) {
            return maxParts; // the one-thread path asks nothing of the JVM
        }
        Team t = current;
        return capped(maxParts, t != null ? t.processors : Runtime.getRuntime().availableProcessors());
    }

    /** maxParts, at most {@code processors} while parts are capped to processors. */
    private static int capped(int maxParts, int processors) {
        return maxParts > 1 && capToProcessors ? Math.min(maxParts, processors) : maxParts;
    }

    /**
     * Runs {@code job} in up to {@code maxParts} parts on the calling thread and the workers (at most one per
     * processor, see {@link #capPartsToProcessors}), and returns when all have ended. Runs it as one part, alone,
     * when that allows only one, the caller is a worker, or the team is busy. Returns the number of parts used.
     */
    public static int execute(Job job, int maxParts) {
        if (maxParts > 1 && !(Thread.currentThread() instanceof Worker)) {
            Team t = team();
            int n = t == null ? 1 : capped(Math.min(maxParts, t.workers.length + 1), t.processors);
            if (n > 1 && t.busy.compareAndSet(0, 1)) {
                try {
                    if (!t.retired) {
                        return t.runAcquired(job, n);
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
        waiter = Thread.currentThread();
        done.set(0);
        int gen = ++generation;
        // part 0 is the caller's (claimed in advance), so that a part index means the same thread from job to job
        // while workers keep up: consecutive jobs that split data the same way then find it in their own core's
        // cache. Parts 1.. go to whichever thread claims them first, the caller included once part 0 is done.
        claim.set((long) gen << 32 | (long) n << 16 | 1);
        for (int i = 0; i < n - 1; i++) {
            Worker w = workers[i];
            w.ticket = gen;
            if (w.parked) {   // the worker wrote parked, then re-read its ticket: one of us sees the other
                LockSupport.unpark(w);
            }
        }
        runPart(0, n);
        runParts(gen);
        // Wait for every part, also after a failure: parts still running use the job's buffers.
        long deadline = 0;
        for (int spins = 0; done.get() != n; spins++) {
            long d = spin(spins, deadline);
            if (d == BLOCK) {
                LockSupport.parkNanos(this, 100_000); // the last part's thread unparks us
            } else {
                deadline = d;
            }
        }
        job = null;
        Throwable f = failure.getAndSet(null);
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
        if (f != null) {
            throw new IllegalStateException("vectorprop: a parallel part failed", f);
        }
        return n;
    }

    /**
     * One step of the wait policy: pure spinning for the first PURE_SPINS steps, then Thread.yield until SPIN_NS
     * have passed. Returns the deadline for the next step (0 until it is set), or BLOCK once it has passed.
     */
    private static long spin(int spins, long deadline) {
        if (spins < PURE_SPINS) {
            Thread.onSpinWait();
            return deadline;
        }
        if (deadline == 0) {
            return System.nanoTime() + SPIN_NS;
        }
        if (System.nanoTime() - deadline < 0) {
            Thread.yield();
            return deadline;
        }
        return BLOCK;
    }

    private static final long BLOCK = Long.MIN_VALUE;

    /**
     * Claims and runs parts of generation {@code gen} until none is left; returns how many this thread ran. A
     * failure is recorded for the caller to rethrow (the first one wins), and the part still counts as done.
     */
    private int runParts(int gen) {
        int ran = 0;
        while (true) {
            long c = claim.get();
            int parts = (int) (c >>> 16) & 0xFFFF, p = (int) c & 0xFFFF;
            if ((int) (c >>> 32) != gen || p >= parts) {
                return ran;
            }
            if (!claim.compareAndSet(c, c + 1)) {
                continue;
            }
            ran++;
            runPart(p, parts);
        }
    }

    /** Runs one part; a failure is recorded for the caller, and the part counts as done either way. */
    private void runPart(int p, int parts) {
        try {
            job.run(p, parts);
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
        if (done.incrementAndGet() == parts) {
            LockSupport.unpark(waiter);
        }
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
        volatile int ticket;
        volatile boolean parked;
        volatile long partsRun;

        Worker(Team team) {
            super("vectorprop-worker-" + NAMES.incrementAndGet());
            this.team = team;
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
                int ran = team.runParts(tk);
                if (ran > 0) {
                    partsRun += ran; // single writer
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
                long d = spin(spins, deadline);
                if (d == BLOCK) {
                    parked = true;  // volatile write, then re-read the ticket (see runAcquired)
                    if (ticket == seen && !team.retired) {
                        LockSupport.park(this);
                    }
                    parked = false;
                } else {
                    deadline = d;
                }
            }
        }
    }
}
