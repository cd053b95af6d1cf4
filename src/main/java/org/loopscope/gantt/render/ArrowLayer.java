package org.loopscope.gantt.render;

import java.util.List;
import org.loopscope.trace.WakeEdge;

/** Wake-up arrows: who made a task ready, from the waker's lane and time to the woken lane's. */
final class ArrowLayer {
    /** More arrows than this in one view are noise, not information; the rest are skipped. */
    static final int MAX_ARROWS = 1500;
    private static final double HEAD = 6;

    private final RenderContext ctx;

    ArrowLayer(RenderContext ctx) {
        this.ctx = ctx;
    }

    void draw() {
        ChartLayout layout = ctx.layout();
        Rgba color = ctx.color(ThemeColor.ARROW).withOpacity(0.85);
        List<WakeEdge> edges = ctx.model().edges();
        double top = layout.plotTop();
        double bottom = ctx.lanesBottom();
        ctx.painter().pushClip(layout.plotX(), top, layout.plotWidth(), bottom - top);
        int drawn = 0;
        // An arrow is about the task it wakes, so only arrows into visible rows are drawn: found
        // through the model's per-lane chains, not by scanning every edge of a huge run.
        for (int row = layout.firstVisibleRow(); row < layout.endVisibleRow() && drawn < MAX_ARROWS; row++) {
            int lane = layout.laneOrder()[row];
            for (int i = ctx.model().lastEdgeInto(lane); i >= 0 && drawn < MAX_ARROWS; i = ctx.model().previousEdgeInto(i)) {
                drawn += drawEdge(edges.get(i), top, bottom, color) ? 1 : 0;
            }
        }
        ctx.painter().popClip();
    }

    private boolean drawEdge(WakeEdge edge, double top, double bottom, Rgba color) {
        ChartLayout layout = ctx.layout();
        if (!validLane(edge.fromLane()) || !validLane(edge.toLane())) {
            return false;
        }
        double y2 = layout.laneCenter(edge.toLane());
        double x1 = ctx.axis().x(edge.fromNs());
        double y1 = layout.laneCenter(edge.fromLane());
        double x2 = ctx.axis().x(edge.toNs());
        boolean outside = Math.max(x1, x2) < layout.plotX() || Math.min(x1, x2) > layout.plotRight()
                || y2 < top || y2 > bottom;
        if (outside || (x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1) < 9) {
            return false;
        }
        ctx.painter().tag("arrow-" + edge.kind().label(), edge.toLane());
        arrow(x1, y1, x2, y2, color);
        ctx.painter().clearTag();
        return true;
    }

    private boolean validLane(int lane) {
        return lane >= 0 && lane < ctx.layout().rows();
    }

    private void arrow(double x1, double y1, double x2, double y2, Rgba color) {
        double head = ctx.layout().px(HEAD);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double baseX = x2 - head * Math.cos(angle);
        double baseY = y2 - head * Math.sin(angle);
        ctx.painter().line(x1, y1, baseX, baseY, color, ctx.layout().px(1.2));
        double spread = head * 0.5;
        double[] xs = {x2, baseX + spread * Math.sin(angle), baseX - spread * Math.sin(angle)};
        double[] ys = {y2, baseY - spread * Math.cos(angle), baseY + spread * Math.cos(angle)};
        ctx.painter().fillPolygon(xs, ys, color);
    }
}
