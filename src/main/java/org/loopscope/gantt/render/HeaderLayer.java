package org.loopscope.gantt.render;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;

/** The title line and the legend under it; the legend swatches are drawn by the same code as the bars. */
final class HeaderLayer {
    static final double TITLE_FONT = 15;
    static final double LEGEND_FONT = 11;
    static final double LEGEND_ROW = 18;
    private static final double SWATCH_W = 22;
    private static final double SWATCH_H = 12;
    private static final double GAP = 14;

    /** One legend entry: a bar style or a mark symbol. */
    private record Item(String text, BarKind bar, MarkKind mark) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("running", BarKind.RUNNING, null), new Item("ready", BarKind.READY, null),
            new Item("waiting", BarKind.WAITING, null), new Item("blocking", BarKind.BLOCKING, null),
            new Item("starved (ready, loop stalled)", BarKind.STARVED, null),
            new Item("loop busy", BarKind.BUSY, null), new Item("loop idle", BarKind.IDLE, null),
            new Item("loop stalled", BarKind.STALLED, null),
            new Item("result", null, MarkKind.RESULT), new Item("cancelled", null, MarkKind.CANCELLED),
            new Item("error", null, MarkKind.ERROR), new Item("never awaited", null, MarkKind.NEVER_AWAITED),
            new Item("warning", null, MarkKind.WARNING));

    private HeaderLayer() {
    }

    /** Height of title plus legend rows at this width. */
    static double height(ChartPainter p, double width) {
        return ChartLayout.TITLE_ROW + legendPositions(p, width).rows * LEGEND_ROW + 6;
    }

    static void draw(RenderContext ctx) {
        ChartLayout layout = ctx.layout();
        ChartPainter p = ctx.painter();
        if (!ctx.view().transparent()) {
            p.fillRect(0, 0, layout.width(), layout.headerHeight(), ctx.color(ThemeColor.CHART_BG));
        }
        Rgba ink = ctx.color(ThemeColor.LANE_TEXT);
        double titleY = ChartLayout.TITLE_ROW / 2 + 2;
        String summary = summary(ctx.model());
        TextStyle summaryStyle = new TextStyle(LEGEND_FONT, false, ctx.color(ThemeColor.AXIS_TEXT), TextStyle.Align.RIGHT);
        double summaryWidth = p.textWidth(summary, LEGEND_FONT, false);
        double right = layout.width() - ChartLayout.MARGIN;
        p.text(summary, right, titleY, summaryStyle);
        String title = TextMetrics.fit(p, title(ctx.model().meta()), TITLE_FONT, true,
                right - summaryWidth - 3 * ChartLayout.MARGIN);
        p.text(title, ChartLayout.MARGIN, titleY, new TextStyle(TITLE_FONT, true, ink, TextStyle.Align.LEFT));
        drawLegend(ctx, ink);
    }

    static String title(TraceMeta meta) {
        if (meta.title() != null && !meta.title().isBlank()) {
            return meta.title();
        }
        return meta.pattern() != null && !meta.pattern().isBlank() ? meta.pattern() : "Loopscope trace";
    }

    private static String summary(TraceModel model) {
        String clock = model.meta().clock() == null || model.meta().clock().isBlank() ? "" : ", " + model.meta().clock() + " clock";
        int n = model.laneCount();
        return n + (n == 1 ? " lane, " : " lanes, ") + TimeTicks.duration(model.endNs()) + clock;
    }

    private static void drawLegend(RenderContext ctx, Rgba ink) {
        ChartPainter p = ctx.painter();
        Positions pos = legendPositions(p, ctx.layout().width());
        TextStyle style = new TextStyle(LEGEND_FONT, false, ink, TextStyle.Align.LEFT);
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            double x = pos.xs[i];
            double cy = ChartLayout.TITLE_ROW + pos.rowOf[i] * LEGEND_ROW + LEGEND_ROW / 2;
            if (item.bar() != null) {
                BarStyle.draw(p, ctx.theme(), item.bar(), x, cy - SWATCH_H / 2, SWATCH_W, SWATCH_H);
            } else {
                MarkSymbols.draw(p, ctx.theme(), item.mark(), x + SWATCH_W / 2, cy, 5);
            }
            p.text(item.text(), x + SWATCH_W + 4, cy, style);
        }
    }

    private record Positions(double[] xs, int[] rowOf, int rows) {
    }

    /** Flows the legend items left to right, wrapping to a new row when the width runs out. */
    private static Positions legendPositions(ChartPainter p, double width) {
        double[] xs = new double[ITEMS.size()];
        int[] rowOf = new int[ITEMS.size()];
        double x = ChartLayout.MARGIN;
        int row = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            double itemWidth = SWATCH_W + 4 + p.textWidth(ITEMS.get(i).text(), LEGEND_FONT, false);
            if (x > ChartLayout.MARGIN && x + itemWidth > width - ChartLayout.MARGIN) {
                row++;
                x = ChartLayout.MARGIN;
            }
            xs[i] = x;
            rowOf[i] = row;
            x += itemWidth + GAP;
        }
        return new Positions(xs, rowOf, row + 1);
    }

    /** For tests and the legend: the item labels in order. */
    static List<String> itemTexts() {
        List<String> texts = new ArrayList<>();
        ITEMS.forEach(item -> texts.add(item.text()));
        return texts;
    }
}
