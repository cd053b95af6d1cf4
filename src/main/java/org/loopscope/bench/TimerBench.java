package org.loopscope.bench;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.RealClock;

/**
 * Timer fidelity on the real clock with a free loop: tasks sleep for random 1–20 ms periods and
 * measure how late each wake-up is (loop time when the task runs again minus the due time).
 */
public final class TimerBench {
    private TimerBench() {
    }

    public static long[] run(int tasks, int sleepsPerTask, PrintStream out) {
        if (tasks < 1 || sleepsPerTask < 1) {
            throw new IllegalArgumentException("tasks and sleeps must be >= 1");
        }
        measure(4, 20); // warm-up
        long[] lateness = measure(tasks, sleepsPerTask);
        Arrays.sort(lateness);
        out.printf(Locale.ROOT, "timers=%d tasks=%d%n", lateness.length, tasks);
        for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
            out.printf(Locale.ROOT, "p%s_late_ms=%.3f%n", trim(q * 100), percentile(lateness, q) / 1e6);
        }
        out.printf(Locale.ROOT, "max_late_ms=%.3f%n", lateness[lateness.length - 1] / 1e6);
        out.printf(Locale.ROOT, "late_ms_p50=%.3f late_ms_p99=%.3f%n", percentile(lateness, 0.5) / 1e6, percentile(lateness, 0.99) / 1e6);
        return lateness;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long[] measure(int tasks, int sleeps) {
        long[] lateness = new long[tasks * sleeps];
        int[] next = {0};
        try (Runner runner = new Runner(new RealClock())) {
            runner.run(coroutine("main", aw -> {
                List<Coroutine<Void>> sleepers = new ArrayList<>();
                for (int t = 0; t < tasks; t++) {
                    SplittableRandom random = new SplittableRandom(t);
                    sleepers.add(coroutine("sleeper-" + t, s -> {
                        for (int i = 0; i < sleeps; i++) {
                            double seconds = (1 + random.nextInt(20)) / 1000.0;
                            long due = s.loop().nowNs() + Math.round(seconds * 1e9);
                            s.await(sleep(seconds));
                            lateness[next[0]++] = Math.max(0, s.loop().nowNs() - due);
                        }
                        return null;
                    }));
                }
                return aw.await(gather(sleepers));
            }));
        }
        return lateness;
    }
}
