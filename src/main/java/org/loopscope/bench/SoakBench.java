package org.loopscope.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;

/**
 * Many runs and restarts in a row, as a classroom does all day: every pattern on the virtual
 * clock, plus real-clock runs stopped while a task is stuck in a blocking call. Heap after GC and
 * live thread count must stay flat.
 */
public final class SoakBench {
    private SoakBench() {
    }

    /** Heap after GC and live threads, before and after. */
    public record Figures(int runs, double heapMbBefore, double heapMbAfter, int threadsBefore, int threadsAfter) {
    }

    public static Figures run(int runs, PrintStream out) throws InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1");
        }
        List<Pattern> patterns = PatternRegistry.all();
        runOne(patterns.get(0), 0); // load classes before the first measurement
        double heapBefore = heapAfterGcMb();
        int threadsBefore = Thread.activeCount();
        for (int i = 0; i < runs; i++) {
            runOne(patterns.get(i % patterns.size()), i);
            if ((i + 1) % Math.max(1, runs / 10) == 0) {
                out.printf(Locale.ROOT, "after %d runs: heap_mb=%.1f threads=%d%n", i + 1, heapAfterGcMb(), Thread.activeCount());
            }
        }
        // Let stopped runs' threads finish ending, and the shared helpers (the step-clock ticker,
        // the trace chunk allocator) end after their half second without work.
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (Thread.activeCount() > threadsBefore && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Figures f = new Figures(runs, heapBefore, heapAfterGcMb(), threadsBefore, Thread.activeCount());
        out.printf(Locale.ROOT, "runs=%d heap_mb_before=%.1f heap_mb_after=%.1f threads_before=%d threads_after=%d%n",
                f.runs(), f.heapMbBefore(), f.heapMbAfter(), f.threadsBefore(), f.threadsAfter());
        return f;
    }

    /** Every tenth run is a real-clock blocking_call stopped mid-sleep; the others run to the end on the virtual clock. */
    private static void runOne(Pattern pattern, int i) throws InterruptedException {
        if (i % 10 == 9) {
            Pattern blocking = PatternRegistry.require("blocking_call");
            PatternRun run = new PatternRun(blocking, Params.parse(blocking.params(), List.of("block=3600")), PatternRun.Options.real(4.0));
            run.start();
            Thread.sleep(5);
            run.stop();
            if (!run.awaitDone(2000)) {
                throw new IllegalStateException("a stopped run did not end within 2 s");
            }
            return;
        }
        PatternRun run = new PatternRun(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual());
        run.runHere();
        run.buildModel();
    }

    static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
