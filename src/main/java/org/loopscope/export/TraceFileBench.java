package org.loopscope.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;

/**
 * Measures trace file throughput: builds a model of {@code events} segments over 16 lanes,
 * writes it to a temporary file, reads it back and prints MB/s and events/s for each.
 * Run: {@code java -cp target/classes:jackson-core.jar org.loopscope.export.TraceFileBench 1000000}.
 */
public final class TraceFileBench {
    private static final int LANES = 16;

    private TraceFileBench() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        // a smaller first round lets the JIT compile the hot loops before the measured one
        run(Math.max(1, events / 5), new PrintStream(PrintStream.nullOutputStream()));
        run(events, System.out);
    }

    /** Writes and reads a trace of {@code events} segments, printing one line for each. */
    public static void run(int events, PrintStream out) {
        TraceModel model = model(events);
        Path file = null;
        try {
            file = Files.createTempFile("loopscope-bench", ".json");
            long t0 = System.nanoTime();
            new ChromeTraceWriter().write(model, file);
            long t1 = System.nanoTime();
            TraceModel read = new ChromeTraceReader().read(file);
            long t2 = System.nanoTime();
            long bytes = Files.size(file);
            if (read.segmentCount() != model.segmentCount()) {
                throw new IllegalStateException("read " + read.segmentCount() + " of " + model.segmentCount() + " segments");
            }
            out.println(line("write", events, bytes, t1 - t0));
            out.println(line("read", events, bytes, t2 - t1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static String line(String what, int events, long bytes, long nanos) {
        double seconds = Math.max(nanos, 1) / 1e9;
        return String.format(Locale.ROOT, "%-5s %,d events, %.1f MB in %.3f s: %.1f MB/s, %,.0f events/s",
                what, events, bytes / 1e6, seconds, bytes / 1e6 / seconds, events / seconds);
    }

    /** Segments of the kinds a real run has: running, waiting on a label, late ready. */
    static TraceModel model(int events) {
        TraceModel model = new TraceModel();
        model.setMeta(new TraceMeta("bench", "TraceFileBench", "virtual", "bench"));
        for (int lane = 0; lane < LANES; lane++) {
            model.addLane("task-" + lane, lane == 0 ? LaneKind.LOOP : LaneKind.TASK, lane == 0 ? -1 : 0);
        }
        long[] clock = new long[LANES];
        SegmentState[] cycle = {SegmentState.RUNNING, SegmentState.WAITING, SegmentState.READY};
        for (int i = 0; i < events; i++) {
            int lane = i % LANES;
            SegmentState state = cycle[(i / LANES) % cycle.length];
            long length = 1_000 + (i * 7_919L) % 90_001;
            String label = state == SegmentState.WAITING ? "sleep(0.0" + (i % 7) + ")" : null;
            long late = state == SegmentState.READY ? i % 3_000 : 0;
            model.addSegment(lane, clock[lane], clock[lane] + length, state, label, late);
            clock[lane] += length;
        }
        return model;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover file in the temp directory is harmless
        }
    }
}
