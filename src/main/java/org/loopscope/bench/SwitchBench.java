package org.loopscope.bench;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.RealClock;
import org.loopscope.trace.TraceRecorder;

/**
 * Task switches per second: N tasks each awaiting {@code sleep(0)} K times under gather, on a
 * real clock, the same work as bench/switch.py does in CPython. Several runs after a warm-up;
 * the median is reported.
 */
public final class SwitchBench {
    private SwitchBench() {
    }

    /** One measured run: seconds taken and, with tracing, the events recorded. */
    record Sample(double seconds, long events) {
    }

    public static double run(int tasks, int awaits, boolean trace, int repeats, PrintStream out) {
        if (tasks < 1 || awaits < 1 || repeats < 1) {
            throw new IllegalArgumentException("tasks, awaits and repeats must be >= 1");
        }
        long switches = (long) tasks * awaits;
        for (int i = 0; i < 3; i++) {
            once(tasks, Math.max(1, awaits / 4), trace); // warm-up: let the JIT compile the loop
        }
        double[] rates = new double[repeats];
        long events = 0;
        for (int i = 0; i < repeats; i++) {
            Sample s = once(tasks, awaits, trace);
            rates[i] = switches / s.seconds();
            events = s.events();
            out.printf(Locale.ROOT, "run %d: %.3f s, %.0f switches/s%n", i + 1, s.seconds(), rates[i]);
        }
        Arrays.sort(rates);
        double median = rates[repeats / 2];
        if (trace) {
            out.printf(Locale.ROOT, "trace_events=%d bytes_per_event=%d events_per_switch=%.2f%n",
                    events, TraceRecorder.bytesPerEvent(), events / (double) switches);
        }
        out.printf(Locale.ROOT, "tasks=%d awaits=%d trace=%s%n", tasks, awaits, trace ? "on" : "off");
        out.printf(Locale.ROOT, "switches_per_sec=%.0f%n", median);
        return median;
    }

    static Sample once(int tasks, int awaits, boolean trace) {
        TraceRecorder recorder = trace ? new TraceRecorder() : null;
        try (Runner runner = new Runner(new RealClock())) {
            runner.loop().setTrackCoroutineOrigins(false);
            if (recorder != null) {
                runner.instrument(recorder);
            }
            long start = System.nanoTime();
            runner.run(coroutine("main", aw -> {
                List<Coroutine<Void>> workers = new ArrayList<>(tasks);
                for (int t = 0; t < tasks; t++) {
                    workers.add(coroutine("worker", w -> {
                        for (int k = 0; k < awaits; k++) {
                            w.await(sleep(0));
                        }
                        return null;
                    }));
                }
                return aw.await(gather(workers));
            }));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Sample(seconds, recorder == null ? 0 : recorder.eventCount());
        }
    }
}
