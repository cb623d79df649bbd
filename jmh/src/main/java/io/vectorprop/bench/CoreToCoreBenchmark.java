package io.vectorprop.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;

/**
 * How far apart two threads' cores are: one op is a cache-line round trip (ping writes, pong sees it and writes
 * back, ping sees that). Read it beside any two-thread result: every hand-off of a parallel job and every cache
 * line one thread writes and the other reads costs about this much. On the 2-vCPU Zen 3 host of 2026-12-06 it
 * flipped between ~100 ns and ~500 ns for seconds to minutes at a time (the hypervisor moving the vCPUs), with
 * the FMA rate of each core unchanged, and the batch-64 training step on two threads followed it (~2000 against
 * ~1500 steps/s). Per-iteration scores show such flips; the mean hides them.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class CoreToCoreBenchmark {
    /** Even: ping's turn; odd: pong's turn. */
    private final AtomicLong turn = new AtomicLong();

    @Benchmark
    @Group("roundTrip")
    public void ping(Control c) {
        long t;
        while ((t = turn.get()) % 2 != 0) {
            if (c.stopMeasurement) {
                return;
            }
        }
        turn.set(t + 1);
        // wait for the answer, so that one op is a whole round trip
        while (turn.get() == t + 1) {
            if (c.stopMeasurement) {
                return;
            }
        }
    }

    @Benchmark
    @Group("roundTrip")
    public void pong(Control c) {
        long t;
        while ((t = turn.get()) % 2 == 0) {
            if (c.stopMeasurement) {
                return;
            }
        }
        turn.set(t + 1);
    }
}
