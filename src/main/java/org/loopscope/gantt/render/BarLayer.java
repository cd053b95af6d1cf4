package org.loopscope.gantt.render;

import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * Draws the bars of the visible lanes. Only the visible time window of a lane is read (one
 * binary search), bars at least a pixel wide are drawn one by one, and narrower ones are
 * merged per pixel column by {@link PixelColumns}, so a lane with a million segments costs at
 * most a few calls per pixel column.
 */
final class BarLayer {
    /** Bars narrower than this are merged into per-pixel level-of-detail columns. */
    static final double MIN_BAR_PX = 1.0;
    /** Labels narrower than this are not worth writing. */
    static final double MIN_LABEL_PX = 10;
    static final double LABEL_FONT = 11;

    private final RenderContext ctx;
    private final StallIndex stalls;
    private final PixelColumns columns;
    // Where bar labels were written this frame: callouts placed afterwards try not to cover them.
    private final java.util.List<CalloutPlacer.Box> labelBoxes = new java.util.ArrayList<>();

    BarLayer(RenderContext ctx) {
        this.ctx = ctx;
        this.stalls = new StallIndex(ctx.model());
        this.columns = new PixelColumns(ctx, stalls);
    }

    void draw() {
        ChartLayout layout = ctx.layout();
        ctx.painter().pushClip(layout.plotX(), layout.plotTop(), layout.plotWidth(), layout.lanesViewportHeight());
        for (int row = layout.firstVisibleRow(); row < layout.endVisibleRow(); row++) {
            int lane = layout.laneOrder()[row];
            drawLane(lane, layout.rowTop(row) + layout.barInset(), layout.barHeight());
        }
        ctx.painter().popClip();
    }

    private void drawLane(int lane, double top, double height) {
        TraceModel model = ctx.model();
        TimeAxis axis = ctx.axis();
        SegmentColumn column = model.segments(lane);
        long windowStart = (long) Math.floor(axis.startNs());
        long windowEnd = (long) Math.ceil(axis.endNs());
        columns.startLane(lane, top, height);
        int n = column.size();
        int i = column.firstEndingAfter(windowStart);
        while (i < n && column.start(i) < windowEnd) {
            double x0 = axis.x(column.start(i));
            double x1 = axis.x(column.end(i));
            if (x1 - x0 >= MIN_BAR_PX) {
                columns.flush();
                drawBar(lane, i, column.state(i), column.labelId(i), column.start(i), column.end(i), top, height);
                i++;
            } else {
                i = columns.add(column, i, x0, x1);
            }
        }
        columns.flush();
        drawOpenSegment(lane, n, windowStart, windowEnd, top, height);
    }

    private void drawOpenSegment(int lane, int index, long windowStart, long windowEnd, double top, double height) {
        TraceModel.OpenSegment open = ctx.model().openSegment(lane);
        long end = ctx.model().endNs();
        if (open == null || end <= windowStart || open.startNs() >= windowEnd || end <= open.startNs()) {
            return;
        }
        drawBar(lane, index, open.state(), open.labelId(), open.startNs(), end, top, height);
    }

    /** One bar of at least a pixel, with its starved parts and its label. */
    private void drawBar(int lane, int index, SegmentState state, int labelId, long start, long end,
                         double top, double height) {
        ChartLayout layout = ctx.layout();
        TimeAxis axis = ctx.axis();
        // Clamp to just outside the plot: a bar of a zoomed-in view can be millions of pixels wide.
        double x0 = Math.max(axis.x(start), layout.plotX() - 2);
        double x1 = Math.min(axis.x(end), layout.plotRight() + 2);
        if (x1 - x0 < MIN_BAR_PX) {
            x1 = x0 + MIN_BAR_PX;
        }
        BarKind kind = BarKind.of(state);
        ChartPainter p = ctx.painter();
        p.tag(kind.label(), lane);
        BarStyle.draw(p, ctx.theme(), kind, x0, top, x1 - x0, height, ctx.layout().scale());
        if (state == SegmentState.READY) {
            drawStarvedParts(lane, start, end, top, height);
        }
        p.clearTag();
        ctx.hits().addBar(lane, index, x0, top, x1 - x0, height);
        drawLabel(kind, labelId, x0, x1, top, height);
    }

    private void drawStarvedParts(int lane, long start, long end, double top, double height) {
        ChartLayout layout = ctx.layout();
        TimeAxis axis = ctx.axis();
        stalls.forEachStall(start, end, (s, e) -> {
            double x0 = Math.max(axis.x(s), layout.plotX() - 2);
            double x1 = Math.min(axis.x(e), layout.plotRight() + 2);
            if (x1 > x0) {
                ctx.painter().tag(BarKind.STARVED.label(), lane);
                BarStyle.draw(ctx.painter(), ctx.theme(), BarKind.STARVED, x0, top, Math.max(x1 - x0, 1), height,
                        layout.scale());
            }
        });
    }

    /** Writes what the bar waits on (or runs) inside it, only if it fits the visible part. */
    private void drawLabel(BarKind kind, int labelId, double x0, double x1, double top, double height) {
        String label = ctx.model().label(labelId);
        double left = Math.max(x0, ctx.layout().plotX());
        double right = Math.min(x1, ctx.layout().plotRight());
        double room = right - left - 6;
        if (label == null || room < MIN_LABEL_PX) {
            return;
        }
        ChartPainter p = ctx.painter();
        double font = ctx.layout().px(LABEL_FONT);
        double width = p.textWidth(label, font, false);
        if (width > room) {
            return;
        }
        TextStyle style = new TextStyle(font, false, BarStyle.textColor(ctx.theme(), kind), TextStyle.Align.CENTER);
        // Waiting bars keep their baseline band free, so their text sits a little higher.
        double y = kind == BarKind.WAITING ? top + (height - ctx.layout().px(4)) / 2 : top + height / 2;
        double centre = (left + right) / 2;
        p.text(label, centre, y, style);
        labelBoxes.add(new CalloutPlacer.Box(centre - width / 2, y - font / 2, width, font));
    }

    /** The boxes of the bar labels written by {@link #draw()}. */
    java.util.List<CalloutPlacer.Box> labelBoxes() {
        return labelBoxes;
    }
}
