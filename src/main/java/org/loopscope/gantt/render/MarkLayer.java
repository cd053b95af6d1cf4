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
        ctx.painter().pushClip(layout.plotX() - RADIUS * 2, top, layout.plotWidth() + RADIUS * 4, bottom - top);
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            if (mark.lane() < 0 || mark.lane() >= layout.rows()) {
                continue;
            }
            double x = ctx.axis().x(mark.timeNs());
            double y = layout.laneCenter(mark.lane());
            boolean visible = x >= layout.plotX() - RADIUS && x <= layout.plotRight() + RADIUS
                    && y >= top - RADIUS && y <= bottom + RADIUS;
            if (visible) {
                ctx.painter().tag("mark-" + mark.kind().label(), mark.lane());
                MarkSymbols.draw(ctx.painter(), ctx.theme(), mark.kind(), x, y, RADIUS);
                ctx.painter().clearTag();
                ctx.hits().addMark(i, x, y, RADIUS + 2);
            }
        }
        ctx.painter().popClip();
    }
}
