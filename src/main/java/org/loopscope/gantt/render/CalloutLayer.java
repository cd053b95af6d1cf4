package org.loopscope.gantt.render;

import java.util.List;
import org.loopscope.trace.Callout;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.TraceModel;

/**
 * Callouts: a small box of text near its lane with a leader line to the lane and moment it
 * explains. {@link CalloutPlacer} decides where each box goes and how its text wraps.
 */
final class CalloutLayer {
    private final RenderContext ctx;
    private final List<CalloutPlacer.Box> barLabels;

    /** Callouts over a frame whose bar labels were written at {@code barLabels}. */
    CalloutLayer(RenderContext ctx, List<CalloutPlacer.Box> barLabels) {
        this.ctx = ctx;
        this.barLabels = barLabels;
    }

    void draw() {
        ChartLayout layout = ctx.layout();
        double top = layout.plotTop();
        // Down to the bottom of the view, not of the last lane: an empty chart area below the
        // lanes (a short trace in a tall window) is the best place for a box.
        double bottom = layout.height();
        CalloutPlacer placer = new CalloutPlacer(ctx.painter(), layout.scale(),
                new CalloutPlacer.Box(layout.plotX(), top, layout.plotWidth(), bottom - top), this::hidesBars,
                box -> barLabels.stream().anyMatch(box::overlaps));
        ctx.painter().pushClip(layout.plotX(), top, layout.plotWidth(), bottom - top);
        for (Callout callout : ctx.model().callouts()) {
            if (callout.lane() < 0 || callout.lane() >= layout.rows()) {
                continue;
            }
            double x = ctx.axis().x(callout.timeNs());
            double laneTop = layout.laneTop(callout.lane());
            boolean visible = x >= layout.plotX() && x <= layout.plotRight()
                    && laneTop + layout.laneHeight() >= top && laneTop <= bottom;
            if (visible) {
                CalloutPlacer.Placement placement = placer.place(callout.text(), x, laneTop, layout.laneHeight());
                drawCallout(callout.lane(), placement, placer, x, laneTop + layout.laneHeight() / 2);
            }
        }
        ctx.painter().popClip();
    }

    /** True if the box would lie over part of a bar, or a mark (a result, a warning), of some lane row it covers. */
    private boolean hidesBars(CalloutPlacer.Box box) {
        ChartLayout layout = ctx.layout();
        TimeAxis axis = ctx.axis();
        long from = (long) Math.floor(axis.ns(box.x()));
        long to = (long) Math.ceil(axis.ns(box.right()));
        double markRadius = layout.px(MarkLayer.RADIUS);
        long markFrom = (long) Math.floor(axis.ns(box.x() - markRadius));
        long markTo = (long) Math.ceil(axis.ns(box.right() + markRadius));
        int lastLane = -1;
        // Every lane row the box touches: one probe per row height, and the bottom edge.
        for (double y = box.y(); ; y = Math.min(y + Math.max(layout.laneHeight(), 1), box.bottom() - 0.5)) {
            int lane = layout.laneAt(layout.plotX(), y);
            if (lane >= 0 && lane != lastLane && (laneHasBarBetween(lane, from, to) || laneHasMarkBetween(lane, markFrom, markTo))) {
                return true;
            }
            lastLane = lane;
            if (y >= box.bottom() - 0.5) {
                return false;
            }
        }
    }

    private boolean laneHasBarBetween(int lane, long from, long to) {
        TraceModel model = ctx.model();
        SegmentColumn column = model.segments(lane);
        int i = column.firstEndingAfter(from);
        if (i < column.size() && column.start(i) < to) {
            return true;
        }
        TraceModel.OpenSegment open = model.openSegment(lane);
        return open != null && open.startNs() < to && model.endNs() > from;
    }

    private boolean laneHasMarkBetween(int lane, long from, long to) {
        TraceModel model = ctx.model();
        for (int i = model.lastMarkOfLane(lane); i >= 0; i = model.previousMarkOfLane(i)) {
            long at = model.marks().get(i).timeNs();
            if (at >= from && at <= to) {
                return true;
            }
            if (at < from) {
                // A run adds a lane's marks in time order, so the rest are earlier; this keeps a lane
                // that printed 100,000 lines cheap (an unsorted trace file at worst gets one covered).
                return false;
            }
        }
        return false;
    }

    private void drawCallout(int lane, CalloutPlacer.Placement placement, CalloutPlacer placer, double anchorX,
                             double anchorY) {
        ChartPainter p = ctx.painter();
        CalloutPlacer.Box box = placement.box();
        Rgba ink = ctx.color(ThemeColor.CALLOUT);
        double dot = ctx.layout().px(4);
        p.tag("callout", lane);
        // The leader runs to the nearest point of the box: a corner when the box sits diagonally.
        double leaderX = Math.max(box.x(), Math.min(box.right(), anchorX));
        double leaderY = Math.max(box.y(), Math.min(box.bottom(), anchorY));
        p.line(anchorX, anchorY, leaderX, leaderY, ink, 1);
        p.fillRect(anchorX - dot / 2, anchorY - dot / 2, dot, dot, ink);
        p.fillRect(box.x(), box.y(), box.w(), box.h(), ctx.color(ThemeColor.CALLOUT_BG));
        p.strokeRect(box.x() + 0.5, box.y() + 0.5, box.w() - 1, box.h() - 1, ink, 1);
        TextStyle style = new TextStyle(placer.font(), false, ctx.color(ThemeColor.LANE_TEXT), TextStyle.Align.LEFT);
        double line = placer.lineHeight();
        double pad = placer.pad();
        for (int i = 0; i < placement.lines().size(); i++) {
            p.text(placement.lines().get(i), box.x() + pad, box.y() + pad - 2 * ctx.layout().scale() + line * i + line / 2,
                    style);
        }
        p.clearTag();
    }
}
