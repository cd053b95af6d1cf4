package org.loopscope.gantt.render;

import java.util.List;
import org.loopscope.trace.Mark;

/**
 * Outcome marks, warnings and printed lines on their lanes, culled to the visible rows (through
 * the model's per-lane chains, so a 100,000-task run is not scanned) and the visible window.
 */
final class MarkLayer {
    static final double RADIUS = 5;

    private final RenderContext ctx;

    MarkLayer(RenderContext ctx) {
        this.ctx = ctx;
    }

    void draw() {
        ChartLayout layout = ctx.layout();
        List<Mark> marks = ctx.model().marks();
        double top = layout.plotTop();
        double bottom = ctx.lanesBottom();
        double radius = layout.px(RADIUS);
        ctx.painter().pushClip(layout.plotX() - radius * 2, top, layout.plotWidth() + radius * 4, bottom - top);
        for (int row = layout.firstVisibleRow(); row < layout.endVisibleRow(); row++) {
            int lane = layout.laneOrder()[row];
            for (int i = ctx.model().lastMarkOfLane(lane); i >= 0; i = ctx.model().previousMarkOfLane(i)) {
                drawMark(layout, marks.get(i), i, top, bottom, radius);
            }
        }
        ctx.painter().popClip();
    }

    private void drawMark(ChartLayout layout, Mark mark, int i, double top, double bottom, double radius) {
        double x = ctx.axis().x(mark.timeNs());
        double y = layout.laneCenter(mark.lane());
        boolean visible = x >= layout.plotX() - radius && x <= layout.plotRight() + radius
                && y >= top - radius && y <= bottom + radius;
        if (visible) {
            ctx.painter().tag("mark-" + mark.kind().label(), mark.lane());
            MarkSymbols.draw(ctx.painter(), ctx.theme(), mark.kind(), x, y, radius);
            ctx.painter().clearTag();
            ctx.hits().addMark(i, x, y, radius + 2);
        }
    }
}
