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
import org.loopscope.loop.WallTicker;
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
    record Sample(double seconds, long events, double bytesPerEvent) {
    }

    /**
     * Runs traced and untraced loops alternately in one JVM, so both see the same machine
     * conditions, and reports the tracing overhead; the last line is the traced figure.
     */
    public static double runBoth(int tasks, int awaits, int repeats, PrintStream out) {
        long switches = (long) tasks * awaits;
        for (int i = 0; i < 3; i++) {
            once(tasks, Math.max(1, awaits / 4), false);
            once(tasks, Math.max(1, awaits / 4), true);
        }
        double[] off = new double[repeats];
        double[] hooks = new double[repeats];
        double[] on = new double[repeats];
        double tracedSeconds = 0;
        long ticks = 0;
        for (int i = 0; i < repeats; i++) {
            off[i] = switches / once(tasks, awaits, false).seconds();
            hooks[i] = switches / once(tasks, awaits, new NoOpInstrument()).seconds();
            int ticksBefore = WallTicker.ticks();
            double seconds = once(tasks, awaits, true).seconds();
            ticks += WallTicker.ticks() - ticksBefore;
            tracedSeconds += seconds;
            on[i] = switches / seconds;
            out.printf(Locale.ROOT, "run %d: trace off %.0f/s, no-op instrument %.0f/s, trace on %.0f/s%n",
                    i + 1, off[i], hooks[i], on[i]);
        }
        // Paired: each repeat's traced run against the untraced run just before it, so that drift
        // in the machine's speed during the benchmark (±6 % between runs here) cancels out.
        double[] paired = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            paired[i] = (off[i] - on[i]) / off[i] * 100;
        }
        Arrays.sort(paired);
        Arrays.sort(off);
        Arrays.sort(hooks);
        Arrays.sort(on);
        double medianOff = off[repeats / 2];
        double medianOn = on[repeats / 2];
        out.printf(Locale.ROOT, "tasks=%d awaits=%d trace=both%n", tasks, awaits);
        out.printf(Locale.ROOT, "noop_instrument_switches_per_sec=%.0f (step time and hook calls, no storage)%n",
                hooks[repeats / 2]);
        out.printf(Locale.ROOT, "step_time_tick_us=%.0f (measured period of the coarse step clock while traced runs were busy)%n",
                ticks == 0 ? Double.NaN : tracedSeconds * 1e6 / ticks);
        out.printf(Locale.ROOT, "paired_overhead_pct: min %.1f, median %.1f, max %.1f (each traced run against the untraced one before it)%n",
                paired[0], paired[repeats / 2], paired[repeats - 1]);
        out.printf(Locale.ROOT, "trace_off_switches_per_sec=%.0f trace_on_switches_per_sec=%.0f tracing_overhead_pct=%.1f%n",
                medianOff, medianOn, (medianOff - medianOn) / medianOff * 100);
        out.printf(Locale.ROOT, "switches_per_sec=%.0f%n", medianOn);
        return medianOn;
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
        double bytesPerEvent = 0;
        for (int i = 0; i < repeats; i++) {
            Sample s = once(tasks, awaits, trace);
            rates[i] = switches / s.seconds();
            events = s.events();
            bytesPerEvent = s.bytesPerEvent();
            out.printf(Locale.ROOT, "run %d: %.3f s, %.0f switches/s%n", i + 1, s.seconds(), rates[i]);
        }
        Arrays.sort(rates);
        double median = rates[repeats / 2];
        if (trace) {
            out.printf(Locale.ROOT, "trace_events=%d bytes_per_event=%.2f events_per_switch=%.2f%n",
                    events, bytesPerEvent, events / (double) switches);
        }
        out.printf(Locale.ROOT, "tasks=%d awaits=%d trace=%s%n", tasks, awaits, trace ? "on" : "off");
        out.printf(Locale.ROOT, "switches_per_sec=%.0f%n", median);
        return median;
    }

    static Sample once(int tasks, int awaits, boolean trace) {
        return once(tasks, awaits, trace ? new TraceRecorder() : null);
    }

    /**
     * An instrument that does nothing: with it attached the loop does all the work of tracing
     * (the clock read per step, the hook calls) except storing events, which splits the overhead.
     */
    static final class NoOpInstrument implements org.loopscope.trace.Instrument {
        @Override
        public boolean hearsYields() {
            return false; // as the recorder: the loop then calls the same hooks for both
        }
    }

    /** The measured work (also SwitchBenchmark's): {@code tasks} workers each awaiting {@code sleep(0)} {@code awaits} times, gathered. */
    static Coroutine<List<Void>> workload(int tasks, int awaits) {
        return workload(tasks, awaits, false);
    }

    /**
     * The same work; {@code shuffled}: each worker first sleeps t microseconds, t a seeded shuffle
     * of 0 to tasks - 1, so the loop then runs them in an order unrelated to their lanes (the
     * ready queue keeps it): the trace stores every step as a record of its own, no step run forms
     * (EventColumns). The sleeps add at most tasks microseconds to a run.
     */
    static Coroutine<List<Void>> workload(int tasks, int awaits, boolean shuffled) {
        int[] startUs = shuffled ? shuffledOrder(tasks) : null;
        return coroutine("main", aw -> {
            List<Coroutine<Void>> workers = new ArrayList<>(tasks);
            for (int t = 0; t < tasks; t++) {
                double start = startUs == null ? 0 : startUs[t] / 1e6;
                workers.add(coroutine("worker", w -> {
                    if (startUs != null) {
                        w.await(sleep(start));
                    }
                    for (int k = 0; k < awaits; k++) {
                        w.await(sleep(0));
                    }
                    return null;
                }));
            }
            return aw.await(gather(workers));
        });
    }

    /** 0 .. n - 1 in a fixed shuffled order. */
    static int[] shuffledOrder(int n) {
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x5eed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static Sample once(int tasks, int awaits, org.loopscope.trace.Instrument instrument) {
        return once(tasks, awaits, instrument, false);
    }

    static Sample once(int tasks, int awaits, org.loopscope.trace.Instrument instrument, boolean shuffled) {
        TraceRecorder recorder = instrument instanceof TraceRecorder r ? r : null;
        try (Runner runner = new Runner(new RealClock())) {
            runner.loop().setTrackCoroutineOrigins(false);
            if (instrument != null) {
                runner.instrument(instrument);
            }
            long start = System.nanoTime();
            runner.run(workload(tasks, awaits, shuffled));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Sample(seconds, recorder == null ? 0 : recorder.eventCount(), recorder == null ? 0 : recorder.bytesPerEvent());
        }
    }
}
