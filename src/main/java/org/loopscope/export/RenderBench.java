package org.loopscope.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.ChartRenderer;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.ChartView;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * Measures how long the chart takes to draw a big synthetic trace with the software (Java2D)
 * painter at 1600×900: fit-all, zoomed-in and panning views, several frames each. Prints the
 * frame times per view (after a warm-up whose first fit-all frames are printed as "cold fit")
 * and ends with {@code frame_ms_p50=… frame_ms_p99=…}. Lives next to the
 * Java2D painter (not in the render package) so render does not depend on export.
 */
public final class RenderBench {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final int FRAMES_PER_VIEW = 12;
    /**
     * Warm-up rounds of all three views before the measured frames. Five fit-all frames were not
     * enough: C2 was still compiling the drawing code during the measured frames, which then fell
     * from ~20 to ~7 ms one after the other (2026-12-06), a figure of the JIT, not of drawing.
     */
    static final int WARMUP_ROUNDS = 8;
    private static final SegmentState[] TASK_CYCLE = {SegmentState.READY, SegmentState.RUNNING, SegmentState.WAITING,
        SegmentState.RUNNING, SegmentState.BLOCKING, SegmentState.WAITING};
    private static final SegmentState[] LOOP_CYCLE = {SegmentState.BUSY, SegmentState.IDLE, SegmentState.BUSY,
        SegmentState.STALLED};

    private RenderBench() {
    }

    /** Builds {@code lanes} lanes holding {@code segments} segments in all, draws them, prints the figures. */
    public static void run(int lanes, int segments, PrintStream out) {
        if (lanes < 1 || segments < lanes) {
            throw new IllegalArgumentException("need at least one lane and one segment per lane");
        }
        long buildStart = System.nanoTime();
        TraceModel model = syntheticModel(lanes, segments, 42);
        out.printf(Locale.ROOT, "model: %d lanes, %d segments, %.1f ms of loop time, built in %.0f ms%n",
                lanes, model.segmentCount(), model.endNs() / 1e6, (System.nanoTime() - buildStart) / 1e6);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            double[] all = benchViews(model, new Java2dPainter(g), out);
            Arrays.sort(all);
            out.printf(Locale.ROOT, "frame_ms_p50=%.2f frame_ms_p99=%.2f%n", percentile(all, 0.50), percentile(all, 0.99));
        } finally {
            g.dispose();
        }
    }

    private static double[] benchViews(TraceModel model, Java2dPainter painter, PrintStream out) {
        ChartRenderer renderer = new ChartRenderer();
        ChartTheme theme = ChartTheme.light();
        long end = model.endNs();
        ChartView fit = ChartView.of(0, end, WIDTH, HEIGHT);
        ChartLayout layout = renderer.layout(model, fit, painter);
        double middleScroll = Math.max(0, layout.contentHeight() / 2 - HEIGHT / 2.0);
        long zoomSpan = Math.max(end / 1000, 1000);
        long panSpan = Math.max(end / 50, 1000);
        java.util.function.IntFunction<ChartView> fitViews = i -> fit;
        java.util.function.IntFunction<ChartView> zoomViews = i -> ChartView.of(end / 2, end / 2 + zoomSpan, WIDTH, HEIGHT).withScrollY(middleScroll);
        java.util.function.IntFunction<ChartView> panViews = i -> {
            long start = (end - panSpan) * i / (FRAMES_PER_VIEW - 1);
            return ChartView.of(start, start + panSpan, WIDTH, HEIGHT).withScrollY(middleScroll);
        };
        // Warm up the JIT on every view, so the figures are about drawing, not compiling; the
        // warm-up's own frames are printed too (what the first second of a new window costs).
        double[] firstRound = null;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            double[] fitCold = frames(fitViews, renderer, model, theme, painter);
            frames(zoomViews, renderer, model, theme, painter);
            frames(panViews, renderer, model, theme, painter);
            if (firstRound == null) {
                firstRound = fitCold;
            }
        }
        print(out, "cold fit", firstRound);
        double[] fitTimes = frames(fitViews, renderer, model, theme, painter);
        double[] zoomTimes = frames(zoomViews, renderer, model, theme, painter);
        double[] panTimes = frames(panViews, renderer, model, theme, painter);
        print(out, "fit-all", fitTimes);
        print(out, "zoomed-in", zoomTimes);
        print(out, "panning", panTimes);
        double[] all = new double[fitTimes.length * 3];
        System.arraycopy(fitTimes, 0, all, 0, fitTimes.length);
        System.arraycopy(zoomTimes, 0, all, fitTimes.length, zoomTimes.length);
        System.arraycopy(panTimes, 0, all, fitTimes.length * 2, panTimes.length);
        return all;
    }

    private static double[] frames(java.util.function.IntFunction<ChartView> views, ChartRenderer renderer,
                                   TraceModel model, ChartTheme theme, Java2dPainter painter) {
        double[] times = new double[FRAMES_PER_VIEW];
        for (int i = 0; i < FRAMES_PER_VIEW; i++) {
            ChartView view = views.apply(i);
            long start = System.nanoTime();
            renderer.render(model, view, theme, painter);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void print(PrintStream out, String name, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s p50=%.2f ms max=%.2f ms frames:",
                name, percentile(sorted, 0.5), sorted[sorted.length - 1]));
        for (double t : times) {
            line.append(String.format(Locale.ROOT, " %.1f", t));
        }
        out.println(line);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A seeded trace: lane 0 is the loop, the others tasks cycling through their states. */
    public static TraceModel syntheticModel(int lanes, int segments, long seed) {
        Random random = new Random(seed);
        TraceModel model = new TraceModel();
        model.setMeta(new org.loopscope.trace.TraceMeta("bench", "Render benchmark", "virtual", "bench"));
        int perLane = segments / lanes;
        int extra = segments % lanes;
        for (int lane = 0; lane < lanes; lane++) {
            boolean loop = lane == 0;
            model.addLane(loop ? "loop" : "task-" + lane, loop ? LaneKind.LOOP : LaneKind.TASK, loop ? -1 : 0);
            SegmentState[] cycle = loop ? LOOP_CYCLE : TASK_CYCLE;
            long t = random.nextInt(1_000_000);
            int count = perLane + (lane < extra ? 1 : 0);
            for (int i = 0; i < count; i++) {
                long duration = 50_000 + random.nextInt(1_950_000);
                SegmentState state = cycle[i % cycle.length];
                String label = state == SegmentState.WAITING ? "sleep(0.001)" : state == SegmentState.BLOCKING ? "time.sleep" : null;
                model.addSegment(lane, t, t + duration, state, label, 0);
                t += duration;
            }
        }
        return model;
    }
}
