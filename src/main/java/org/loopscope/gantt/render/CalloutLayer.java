package org.loopscope.gantt.render;

import org.loopscope.trace.Callout;

/**
 * Callouts: a small box of text above (or below) its lane with a leader line to the lane and
 * moment it explains. Boxes flip left or below so they stay inside the plot.
 */
final class CalloutLayer {
    static final double FONT = 11;
    private static final double LINE = 14;
    private static final double PAD = 5;
    private static final double MAX_WIDTH = 280;
    private static final double OFFSET = 14;

    private final RenderContext ctx;

    CalloutLayer(RenderContext ctx) {
        this.ctx = ctx;
    }

    void draw() {
        ChartLayout layout = ctx.layout();
        double top = layout.plotTop();
        ctx.painter().pushClip(layout.plotX(), top, layout.plotWidth(), ctx.lanesBottom() - top);
        for (Callout callout : ctx.model().callouts()) {
            if (callout.lane() < 0 || callout.lane() >= layout.rows()) {
                continue;
            }
            double x = ctx.axis().x(callout.timeNs());
            double laneTop = layout.laneTop(callout.lane());
            boolean visible = x >= layout.plotX() && x <= layout.plotRight()
                    && laneTop + ChartLayout.LANE_HEIGHT >= top && laneTop <= ctx.lanesBottom();
            if (visible) {
                drawCallout(callout, x, laneTop);
            }
        }
        ctx.painter().popClip();
    }

    private void drawCallout(Callout callout, double anchorX, double laneTop) {
        ChartPainter p = ctx.painter();
        ChartLayout layout = ctx.layout();
        String[] lines = callout.text().split("\n");
        double textWidth = 0;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = TextMetrics.fit(p, lines[i], FONT, false, MAX_WIDTH);
            textWidth = Math.max(textWidth, p.textWidth(lines[i], FONT, false));
        }
        double w = textWidth + 2 * PAD;
        double h = lines.length * LINE + 2 * PAD - 4;
        double anchorY = laneTop + ChartLayout.LANE_HEIGHT / 2;
        double bx = anchorX + OFFSET + w > layout.plotRight() ? anchorX - OFFSET - w : anchorX + OFFSET;
        double by = laneTop - h - 4 >= layout.plotTop() ? laneTop - h - 4 : laneTop + ChartLayout.LANE_HEIGHT + 4;
        Rgba ink = ctx.color(ThemeColor.CALLOUT);
        p.tag("callout", callout.lane());
        double leaderX = bx > anchorX ? bx : bx + w;
        double leaderY = by > anchorY ? by : by + h;
        p.line(anchorX, anchorY, leaderX, leaderY, ink, 1);
        p.fillRect(anchorX - 2, anchorY - 2, 4, 4, ink);
        p.fillRect(bx, by, w, h, ctx.color(ThemeColor.CALLOUT_BG));
        p.strokeRect(bx + 0.5, by + 0.5, w - 1, h - 1, ink, 1);
        TextStyle style = new TextStyle(FONT, false, ctx.color(ThemeColor.LANE_TEXT), TextStyle.Align.LEFT);
        for (int i = 0; i < lines.length; i++) {
            p.text(lines[i], bx + PAD, by + PAD - 2 + LINE * i + LINE / 2, style);
        }
        p.clearTag();
    }
}
