package io.vectorprop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The worker team's concurrency rules: failures, nesting, a busy team, resizing. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TeamTest {
    private int saved;

    @BeforeEach
    void save() {
        saved = Team.threads();
        Team.capPartsToProcessors(false); // the rules below hold for any part count, whatever the machine's cores
    }

    @AfterEach
    void restore() {
        Team.capPartsToProcessors(true);
        Team.setThreads(saved);
    }

    @Test
    void aJobRunsInAtMostOnePartPerProcessor() {
        int procs = Runtime.getRuntime().availableProcessors();
        Team.setThreads(procs + 2);
        Team.capPartsToProcessors(true);
        Recorder r = new Recorder();
        assertEquals(procs, Team.execute(r, procs + 2), "parts with " + (procs + 2) + " threads on " + procs + " processors");
        assertEquals(procs, r.calls.get());
        Team.capPartsToProcessors(false);
        Recorder all = new Recorder();
        assertEquals(procs + 2, Team.execute(all, procs + 2));
        assertEquals(procs + 2, all.calls.get());
    }

    /** Records which thread ran each part. */
    static final class Recorder implements Team.Job {
        final AtomicReferenceArray<Thread> ran = new AtomicReferenceArray<>(16);
        final AtomicInteger calls = new AtomicInteger();
        volatile int partsSeen;

        @Override
        public void run(int part, int parts) {
            partsSeen = parts;
            calls.incrementAndGet();
            ran.set(part, Thread.currentThread());
            busyWait(100_000); // long enough for a worker to claim a part before the caller has taken them all
        }
    }

    @Test
    void partsRunOnWorkersAndTheCaller() {
        Team.setThreads(3);
        long before = Team.partsRunByWorkers();
        Recorder r = null;
        // Parts go to whichever thread claims them first; over a few jobs the workers must take some.
        for (int i = 0; i < 200 && Team.partsRunByWorkers() - before < 10; i++) {
            r = new Recorder();
            assertEquals(3, Team.execute(r, 8));
            assertEquals(3, r.calls.get(), "every part exactly once");
            assertEquals(3, r.partsSeen);
            // part 0 is always the caller's (data split the same way job after job stays on one core)
            assertSame(Thread.currentThread(), r.ran.get(0));
            for (int p = 1; p < 3; p++) {
                Thread t = r.ran.get(p);
                assertTrue(t == Thread.currentThread() || (t.getName().startsWith("vectorprop-worker-") && t.isDaemon()), t.getName());
            }
        }
        assertTrue(Team.partsRunByWorkers() - before >= 10, "workers ran " + (Team.partsRunByWorkers() - before) + " parts");
        assertEquals(2, Team.workerIds().length);
        Recorder one = new Recorder();
        assertEquals(1, Team.execute(one, 1));
        assertEquals(1, one.partsSeen);
        assertSame(Thread.currentThread(), one.ran.get(0));
    }

    @Test
    void failureInAnyPartReachesTheCallerAndTheTeamStaysUsable() {
        Team.setThreads(2);
        for (Throwable injected : new Throwable[] {new IllegalStateException("bug in part 1"),
                new OutOfMemoryError("injected"), new Exception("checked")}) {
            Team.Job failing = (part, parts) -> {
                if (part == 1) {
                    sneaky(injected);
                }
            };
            Throwable got = assertThrows(Throwable.class, () -> Team.execute(failing, 2));
            assertTrue(got == injected || got.getCause() == injected, "got " + got);
            Recorder r = new Recorder();
            assertEquals(2, Team.execute(r, 2));
            assertEquals(2, r.calls.get());
        }
        // a failure waits for the other parts to end, then propagates
        CountDownLatch otherDone = new CountDownLatch(1);
        Team.Job fails = (part, parts) -> {
            if (part == 0) {
                throw new IllegalArgumentException("part 0");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            otherDone.countDown();
        };
        assertThrows(IllegalArgumentException.class, () -> Team.execute(fails, 2));
        assertEquals(0, otherDone.getCount());
    }

    @Test
    void callFromInsideAWorkerRunsAlone() {
        Team.setThreads(2);
        AtomicInteger onWorker = new AtomicInteger(), partsOnWorker = new AtomicInteger(), total = new AtomicInteger();
        Team.Job outer = (part, parts) -> {
            busyWait(100_000);
            int got = Team.execute(new Recorder(), 2);
            total.addAndGet(got);
            if (Thread.currentThread().getName().startsWith("vectorprop-worker-")) {
                onWorker.incrementAndGet();
                partsOnWorker.addAndGet(got);
            }
        };
        for (int i = 0; i < 500 && onWorker.get() < 5; i++) {
            Team.execute(outer, 2);
        }
        assertTrue(onWorker.get() >= 5, "no outer part ran on a worker");
        assertEquals(onWorker.get(), partsOnWorker.get(), "a worker's nested call must run as one part");
        assertEquals(0, total.get() % 2); // and the caller's nested call found the team busy (its own job): one part
    }

    @Test
    void busyTeamMeansRunAloneNotWait() throws Exception {
        Team.setThreads(2);
        CountDownLatch holding = new CountDownLatch(2), release = new CountDownLatch(1);
        Team.Job blocker = (part, parts) -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread app = new Thread(() -> Team.execute(blocker, 2));
        app.start();
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the blocking job did not start on two threads");
        Recorder r = new Recorder();
        assertEquals(1, Team.execute(r, 2), "a second application thread must not wait for the busy team");
        assertSame(Thread.currentThread(), r.ran.get(0));
        release.countDown();
        app.join(30_000);
        assertFalse(app.isAlive());
    }

    @Test
    void resizingLeaksNoThreads() {
        for (int i = 0; i < 1000; i++) {
            int n = 1 + i % 4;
            Team.setThreads(n);
            Recorder r = new Recorder();
            assertEquals(n, Team.execute(r, 4));
        }
        Team.setThreads(3);
        Team.execute(new Recorder(), 3);
        assertEquals(2, liveWorkers(), "live vectorprop workers after 1000 resizes");
        Team.setThreads(1);
        assertEquals(0, liveWorkers());
        assertThrows(IllegalArgumentException.class, () -> Team.setThreads(0));
    }

    @Test
    void effectiveThreadsCapsAtTheLibrarysCount() {
        Team.setThreads(3);
        assertEquals(3, Team.effective(0));
        assertEquals(2, Team.effective(2));
        assertEquals(3, Team.effective(8));
        assertEquals(1, Team.effective(1));
    }

    static void busyWait(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    static int liveWorkers() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("vectorprop-worker-") && t.isAlive()) {
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
