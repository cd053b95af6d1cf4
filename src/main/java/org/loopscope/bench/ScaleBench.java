package org.loopscope.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.TraceRecorder;

/**
 * The semaphore lesson scaled up, as a teacher does to make a point: N requests through
 * Semaphore(limit) on the virtual clock, traced, then turned into a chart model. Prints the time
 * taken, the peak heap, the events recorded and the memory per event and per segment.
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    /** What one scaled run measured. */
    public record Figures(double seconds, double peakHeapMb, long events, long segments) {
    }

    /** Requests per warm-up run: enough for the JIT to compile the run's paths (the cap keeps small runs small). */
    static final int WARMUP_REQUESTS = 20_000;

    public static Figures run(int requests, int limit, PrintStream out) {
        return run(requests, limit, 3, out);
    }

    /**
     * Measures one run after {@code warmups} smaller runs of the same pattern. Without them the
     * JIT compilers take a third of the measured run's CPU on two cores (perf), and the figure
     * is the compiler's, not the loop's; {@code --warmups 0} measures that cold run.
     */
    public static Figures run(int requests, int limit, int warmups, PrintStream out) {
        Pattern semaphore = PatternRegistry.require("semaphore");
        Params params = Params.parse(semaphore.params(), List.of("urls=" + requests, "limit=" + limit));
        Params warmup = Params.parse(semaphore.params(), List.of("urls=" + Math.min(requests, WARMUP_REQUESTS), "limit=" + limit));
        for (int i = 0; i < warmups; i++) {
            long t = System.nanoTime();
            once(semaphore, warmup);
            out.printf(Locale.ROOT, "warmup %d: %d requests in %.3f s%n", i + 1, warmup.count("urls"), (System.nanoTime() - t) / 1e9);
        }
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        PatternRun run = once(semaphore, params);
        long ran = System.nanoTime();
        TraceModel model = run.buildModel();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "run_s=%.3f model_s=%.3f%n", (ran - start) / 1e9, (System.nanoTime() - ran) / 1e9);
        Figures f = new Figures(seconds, peakHeapMb(), run.recorder().eventCount(), model.segmentCount());
        out.printf(Locale.ROOT, "requests=%d limit=%d lanes=%d virtual_total_s=%.3f%n",
                requests, limit, model.laneCount(), model.endNs() / 1e9);
        out.printf(Locale.ROOT, "bytes_per_event=%.2f recorder_mb=%.1f segments=%d bytes_per_segment=%d%n",
                run.recorder().bytesPerEvent(), run.recorder().allocatedBytes() / 1048576.0, f.segments(),
                SegmentColumn.bytesPerSegment());
        out.printf(Locale.ROOT, "time_s=%.3f heap_mb=%.0f events=%d%n", f.seconds(), f.peakHeapMb(), f.events());
        return f;
    }

    private static PatternRun once(Pattern pattern, Params params) {
        PatternRun run = new PatternRun(pattern, params, PatternRun.Options.virtual());
        PatternRun.Outcome outcome = run.runHere();
        if (!outcome.succeeded()) {
            throw new IllegalStateException("the semaphore run failed: " + outcome.error());
        }
        return run;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the run needed at once. */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }
}
