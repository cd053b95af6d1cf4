package org.loopscope.bench;

import java.util.concurrent.TimeUnit;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.RealClock;
import org.loopscope.trace.TraceRecorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One task switch, untraced and traced, under JMH: the same work as {@code bench switch} and
 * bench/switch.py (100 tasks each awaiting {@code sleep(0)} 10,000 times per invocation), each
 * traced and untraced in its own forks, so a JIT decision in one JVM does not decide the figure.
 * Run by bench/jmh.sh. With 1,000 awaits a task, what a traced task costs once (its lane, its
 * outcome mark, a fresh recorder per invocation) weighed ~2 points more in the overhead
 * (docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED")
public class SwitchBenchmark {
    static final int TASKS = 100;
    static final int AWAITS = 10_000;

    /** off: no instrument; noop: an instrument that does nothing (the hooks and the step clock, no storage); on: the recorder. */
    @Param({"off", "noop", "on"})
    public String trace;

    @Benchmark
    @OperationsPerInvocation(TASKS * AWAITS)
    public Object taskSwitch() {
        try (Runner runner = new Runner(new RealClock())) {
            runner.loop().setTrackCoroutineOrigins(false);
            TraceRecorder recorder = trace.equals("on") ? new TraceRecorder() : null;
            if (recorder != null) {
                runner.instrument(recorder);
            } else if (trace.equals("noop")) {
                runner.instrument(new SwitchBench.NoOpInstrument());
            }
            Object result = runner.run(SwitchBench.workload(TASKS, AWAITS));
            // A recorder that threw would have been removed, and the rest measured untraced.
            if (recorder != null && recorder.eventCount() < TASKS * AWAITS) {
                throw new IllegalStateException("the recorder stopped recording: " + recorder.eventCount() + " events");
            }
            return result;
        }
    }
}
