package org.loopscope.gantt.render;

import java.util.List;
import org.loopscope.trace.Mark;

/** Outcome marks, warnings and printed lines on their lanes, culled to the visible window and rows. */
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
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            if (mark.lane() < 0 || mark.lane() >= layout.rows()) {
                continue;
            }
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
        ctx.painter().popClip();
    }
}
