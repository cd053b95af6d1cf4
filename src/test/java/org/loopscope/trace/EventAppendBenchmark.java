package org.loopscope.trace;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What storing one raw event costs: a million STEP_BEGIN events into a fresh recorder's columns,
 * chunks allocated as in a run (the big ones ahead, on the helper thread), the time moving every
 * 1,024 events as a coarse step clock does (a task switch takes ~110 ns, a tick ~200 µs). Run by
 * bench/jmh.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class EventAppendBenchmark {
    static final int EVENTS = 1_000_000;

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public EventColumns appendAMillionEvents() {
        EventColumns columns = new EventColumns();
        for (int i = 0; i < EVENTS; i++) {
            columns.append(i >>> 10, i & 127, RawEvent.STEP_BEGIN, 0);
        }
        return columns;
    }
}
