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
        for (int i = 0; i < edges.size() && drawn < MAX_ARROWS; i++) {
            WakeEdge edge = edges.get(i);
            if (!validLane(edge.fromLane()) || !validLane(edge.toLane())) {
                continue;
            }
            double y2 = layout.laneCenter(edge.toLane());
            if (y2 < top || y2 > bottom) {
                continue; // cheapest test first: most of a huge run's arrows end in lanes scrolled away
            }
            double x1 = ctx.axis().x(edge.fromNs());
            double y1 = layout.laneCenter(edge.fromLane());
            double x2 = ctx.axis().x(edge.toNs());
            // An arrow is about the task it wakes: if that lane is scrolled away, so is the arrow
            // (a 100,000-task run would otherwise draw thousands of lines from the loop lane down).
            boolean outside = Math.max(x1, x2) < layout.plotX() || Math.min(x1, x2) > layout.plotRight()
                    || y2 < top || y2 > bottom;
            if (!outside && (x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1) >= 9) {
                ctx.painter().tag("arrow-" + edge.kind().label(), edge.toLane());
                arrow(x1, y1, x2, y2, color);
                ctx.painter().clearTag();
                drawn++;
            }
        }
        ctx.painter().popClip();
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
