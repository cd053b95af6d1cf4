package org.loopscope.gantt.render;

import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;

/**
 * Level of detail for bars narrower than a pixel: the segments falling in one pixel column
 * are summed by how much of the column each state covers, the column is drawn in its dominant
 * style, and neighbouring columns with the same style are drawn as one bar. After
 * {@link #MAX_PER_COLUMN} segments in a column the rest of it is skipped with a binary search,
 * so the cost per lane is bounded by the pixel width, not the segment count.
 */
final class PixelColumns {
    static final int MAX_PER_COLUMN = 16;
    /** Segment index recorded for a merged bar: the hovered segment is looked up by time instead. */
    static final int MERGED = -1;
    private static final int NO_COLUMN = Integer.MIN_VALUE;

    private final RenderContext ctx;
    private final StallIndex stalls;
    private final double[] coverage = new double[BarKind.values().length];
    private int column = NO_COLUMN;
    private int countInColumn;
    private BarKind runKind;
    private int runStart;
    private int runEnd;
    private int lane;
    private double top;
    private double height;

    PixelColumns(RenderContext ctx, StallIndex stalls) {
        this.ctx = ctx;
        this.stalls = stalls;
    }

    void startLane(int newLane, double newTop, double newHeight) {
        flush();
        lane = newLane;
        top = newTop;
        height = newHeight;
    }

    /** Adds sub-pixel segment {@code i} spanning {@code [x0, x1)}; returns the next segment index to visit. */
    int add(SegmentColumn segments, int i, double x0, double x1) {
        int px = (int) Math.floor(x0);
        if (px != column) {
            closeColumn();
            column = px;
            countInColumn = 0;
            java.util.Arrays.fill(coverage, 0);
        }
        BarKind kind = kindOf(segments.state(i), segments.start(i));
        coverage[kind.ordinal()] += Math.max(Math.min(x1, px + 1) - Math.max(x0, px), 1e-6);
        countInColumn++;
        if (countInColumn < MAX_PER_COLUMN) {
            return i + 1;
        }
        long nextColumnNs = (long) Math.ceil(ctx.axis().ns(px + 1));
        return Math.max(i + 1, segments.firstEndingAfter(nextColumnNs));
    }

    /** Draws whatever is pending; call before a wide bar and at the end of a lane. */
    void flush() {
        closeColumn();
        drawRun();
        runKind = null;
    }

    private BarKind kindOf(SegmentState state, long start) {
        if (state == SegmentState.READY && stalls.stalledAt(start)) {
            return BarKind.STARVED;
        }
        return BarKind.of(state);
    }

    private void closeColumn() {
        if (column == NO_COLUMN) {
            return;
        }
        BarKind dominant = dominantKind();
        if (dominant == runKind && runEnd == column) {
            runEnd = column + 1;
        } else {
            drawRun();
            runKind = dominant;
            runStart = column;
            runEnd = column + 1;
        }
        column = NO_COLUMN;
    }

    private BarKind dominantKind() {
        int best = 0;
        for (int k = 1; k < coverage.length; k++) {
            if (coverage[k] > coverage[best]) {
                best = k;
            }
        }
        return BarKind.values()[best];
    }

    private void drawRun() {
        if (runKind == null) {
            return;
        }
        ChartPainter p = ctx.painter();
        p.tag(runKind.label(), lane);
        BarStyle.draw(p, ctx.theme(), runKind, runStart, top, runEnd - runStart, height, ctx.layout().scale());
        p.clearTag();
        ctx.hits().addBar(lane, MERGED, runStart, top, runEnd - runStart, height);
        runKind = null;
    }
}
