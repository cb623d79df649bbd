package io.vectorprop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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
    }

    @AfterEach
    void restore() {
        Team.setThreads(saved);
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
        }
    }

    @Test
    void partsRunOnWorkersAndTheCaller() {
        Team.setThreads(3);
        Recorder r = new Recorder();
        long before = Team.partsRunByWorkers();
        assertEquals(3, Team.execute(r, 8));
        assertEquals(3, r.calls.get());
        assertSame(Thread.currentThread(), r.ran.get(0));
        assertTrue(r.ran.get(1).getName().startsWith("vectorprop-worker-"), r.ran.get(1).getName());
        assertTrue(r.ran.get(1).isDaemon());
        assertNotSame(r.ran.get(1), r.ran.get(2));
        assertEquals(2, Team.partsRunByWorkers() - before);
        assertEquals(2, Team.workerIds().length);
        Recorder one = new Recorder();
        assertEquals(1, Team.execute(one, 1));
        assertEquals(1, one.partsSeen);
    }

    @Test
    void failureInAWorkerReachesTheCallerAndTheTeamStaysUsable() {
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
        // a failure on the caller's part waits for the workers, then propagates
        CountDownLatch workerDone = new CountDownLatch(1);
        Team.Job callerFails = (part, parts) -> {
            if (part == 0) {
                throw new IllegalArgumentException("caller part");
            }
            workerDone.countDown();
        };
        assertThrows(IllegalArgumentException.class, () -> Team.execute(callerFails, 2));
        assertEquals(0, workerDone.getCount());
    }

    @Test
    void callFromInsideAWorkerRunsAlone() {
        Team.setThreads(2);
        Recorder inner = new Recorder();
        int[] innerParts = new int[2];
        Team.Job outer = (part, parts) -> innerParts[part] = Team.execute(inner, 2);
        Team.execute(outer, 2);
        assertEquals(1, innerParts[1], "the worker's nested call must run as one part");
        assertEquals(2, inner.calls.get()); // one part each: the caller's nested call found the team busy (its own job)
        assertEquals(1, innerParts[0]);
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
