package org.loopscope.gantt.render;

/** The time axis under the header, and the vertical grid lines at its ticks across the lanes. */
final class AxisLayer {
    private static final double TICK_FONT = 11;

    private final RenderContext ctx;
    private final long step;

    AxisLayer(RenderContext ctx) {
        this.ctx = ctx;
        // Labels grow with the scale, so ticks keep a proportionally wider spacing.
        this.step = TimeTicks.chooseStep(ctx.axis().nsPerPixel(), ctx.layout().px(TimeTicks.MIN_TICK_SPACING_PX));
    }

    void drawGrid() {
        ChartLayout layout = ctx.layout();
        Rgba grid = ctx.color(ThemeColor.GRID);
        double bottom = ctx.lanesBottom();
        forEachTick((ns, x) -> ctx.painter().line(x, layout.plotTop(), x, bottom, grid, 1));
    }

    /** Paints the axis band (covering lanes scrolled under it), its ticks and labels. */
    void drawAxis() {
        ChartLayout layout = ctx.layout();
        ChartPainter p = ctx.painter();
        double top = layout.headerHeight();
        double bottom = layout.plotTop();
        if (!ctx.view().transparent()) {
            p.fillRect(0, top, layout.width(), layout.axisHeight(), ctx.color(ThemeColor.CHART_BG));
        }
        Rgba ink = ctx.color(ThemeColor.AXIS_TEXT);
        p.line(layout.plotX(), bottom - 0.5, layout.plotRight(), bottom - 0.5, ctx.color(ThemeColor.GRID), 1);
        TextStyle style = new TextStyle(layout.px(TICK_FONT), false, ink, TextStyle.Align.CENTER);
        double tick = layout.px(5);
        forEachTick((ns, x) -> {
            p.line(x, bottom - tick, x, bottom, ink, 1);
            p.text(TimeTicks.label(ns, step), x, top + (layout.axisHeight() - tick) / 2, style);
        });
    }

    private interface TickAction {
        void at(long ns, double x);
    }

    private void forEachTick(TickAction action) {
        TimeAxis axis = ctx.axis();
        long first = (long) Math.ceil(axis.startNs() / step) * step;
        for (long ns = Math.max(first, 0); ns <= axis.endNs(); ns += step) {
            double x = Math.round(axis.x(ns)) + 0.5;
            if (x >= axis.plotX() && x <= axis.plotX() + axis.plotWidth() + 1) {
                action.at(ns, x);
            }
        }
    }
}
