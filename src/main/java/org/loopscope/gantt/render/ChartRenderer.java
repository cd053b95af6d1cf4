package org.loopscope.gantt.render;

import org.loopscope.trace.Mark;
import org.loopscope.trace.TraceModel;

/**
 * Draws a trace through a {@link ChartPainter}: the one drawing routine behind the screen, PNG
 * and SVG. Layers go back to front: background, lane rows, grid, bars, marks, arrows,
 * callouts, then the lane labels, axis and header on top (so scrolled lanes pass under them).
 * While drawing it records hit regions, so hover and click are answered from them.
 *
 * <p>Keeps small caches between frames (display order, label column width), so one renderer
 * serves one chart; it is not thread-safe.
 */
public final class ChartRenderer {
    private final HitMap hits = new HitMap();
    private TraceModel cachedModel;
    private int cachedLaneCount = -1;
    private int[] cachedOrder;
    private double cachedScale;
    private double cachedLabelColumn;
    private ChartLayout lastLayout;

    /** Computes where everything goes without drawing (exports need the height first). */
    public ChartLayout layout(TraceModel model, ChartView view, ChartPainter painter) {
        refreshLaneCaches(model, painter, view.scale());
        double header = HeaderLayer.height(painter, view.width(), view.scale());
        return ChartLayout.of(view, cachedOrder, cachedLabelColumn, header);
    }

    /**
     * How wide the lane-label column must be for this model's names at this scale, before any
     * {@link ChartView#minLabelColumn()}: what stacked charts compare to share one column width.
     */
    public double labelColumnNeed(TraceModel model, ChartPainter painter, double scale) {
        refreshLaneCaches(model, painter, scale);
        return cachedLabelColumn;
    }

    /** Draws one frame and returns its layout; {@link #hits()} then describes what was drawn. */
    public ChartLayout render(TraceModel model, ChartView view, ChartTheme theme, ChartPainter painter) {
        ChartLayout layout = layout(model, view, painter);
        hits.clear();
        RenderContext ctx = new RenderContext(model, view, layout, theme, painter, hits);
        painter.pushClip(0, 0, view.width(), view.height());
        if (!view.transparent()) {
            painter.fillRect(0, 0, view.width(), view.height(), theme.color(ThemeColor.CHART_BG));
        }
        LaneLayer lanes = new LaneLayer(ctx);
        AxisLayer axis = new AxisLayer(ctx);
        lanes.drawRows();
        axis.drawGrid();
        BarLayer bars = new BarLayer(ctx);
        bars.draw();
        new MarkLayer(ctx).draw();
        if (view.arrows()) {
            new ArrowLayer(ctx).draw();
        }
        if (view.callouts()) {
            new CalloutLayer(ctx, bars.labelBoxes()).draw();
        }
        drawLabelColumn(ctx, lanes);
        axis.drawAxis();
        HeaderLayer.draw(ctx);
        painter.popClip();
        lastLayout = layout;
        return layout;
    }

    private static void drawLabelColumn(RenderContext ctx, LaneLayer lanes) {
        ChartLayout layout = ctx.layout();
        ctx.painter().pushClip(0, layout.plotTop(), layout.plotX(), layout.lanesViewportHeight());
        lanes.drawLabels();
        ctx.painter().popClip();
    }

    /** The hit regions of the last frame. */
    public HitMap hits() {
        return hits;
    }

    /** The layout of the last frame, or null before the first. */
    public ChartLayout lastLayout() {
        return lastLayout;
    }

    /** The segment drawn under a point of the last frame, or null. */
    public SegmentInfo segmentAt(TraceModel model, double x, double y) {
        if (lastLayout == null) {
            return null;
        }
        int lane = lastLayout.laneAt(x, y);
        HitMap.Hit hit = lane < 0 ? null : hits.barAt(lane, x);
        if (hit == null) {
            return null;
        }
        if (hit.segment() != PixelColumns.MERGED) {
            return SegmentInfo.of(model, hit.lane(), hit.segment());
        }
        // A merged bar stands for many segments: find the one at the pointer's time.
        long t = (long) lastLayout.axis().ns(x);
        int index = model.segments(lane).firstEndingAfter(t);
        return SegmentInfo.of(model, lane, index);
    }

    /** The mark drawn under a point of the last frame, or null. */
    public Mark markAt(TraceModel model, double x, double y) {
        HitMap.MarkHit hit = hits.markAt(x, y);
        return hit == null || hit.markIndex() >= model.marks().size() ? null : model.marks().get(hit.markIndex());
    }

    private final LabelColumn labels = new LabelColumn();

    private void refreshLaneCaches(TraceModel model, ChartPainter painter, double scale) {
        // Display order and names only change when lanes are added, so key the cache on the count.
        if (model == cachedModel && model.laneCount() == cachedLaneCount && scale == cachedScale) {
            return;
        }
        if (model != cachedModel || scale != cachedScale || model.laneCount() < cachedLaneCount) {
            labels.reset();
        }
        cachedModel = model;
        cachedLaneCount = model.laneCount();
        cachedScale = scale;
        cachedOrder = model.lanesInDisplayOrder();
        cachedLabelColumn = labels.columnWidth(model, painter, scale);
    }
}
