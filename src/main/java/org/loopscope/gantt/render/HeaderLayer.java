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

    /** Height of title plus legend rows at this width and scale. */
    static double height(ChartPainter p, double width, double scale) {
        return (ChartLayout.TITLE_ROW + legendPositions(p, width, scale).rows * LEGEND_ROW + 6) * scale;
    }

    static void draw(RenderContext ctx) {
        ChartLayout layout = ctx.layout();
        ChartPainter p = ctx.painter();
        if (!ctx.view().transparent()) {
            p.fillRect(0, 0, layout.width(), layout.headerHeight(), ctx.color(ThemeColor.CHART_BG));
        }
        Rgba ink = ctx.color(ThemeColor.LANE_TEXT);
        double titleY = layout.px(ChartLayout.TITLE_ROW / 2 + 2);
        String summary = summary(ctx.model());
        double legendFont = layout.px(LEGEND_FONT);
        double titleFont = layout.px(TITLE_FONT);
        TextStyle summaryStyle = new TextStyle(legendFont, false, ctx.color(ThemeColor.AXIS_TEXT), TextStyle.Align.RIGHT);
        double right = layout.width() - layout.margin();
        String fullTitle = title(ctx.model().meta());
        double titleRoom = right - layout.margin();
        // The title says what the picture shows; in a narrow (or large-text) chart the summary
        // gives way to it rather than the title being cut.
        double withSummary = titleRoom - p.textWidth(summary, legendFont, false) - 2 * layout.margin();
        if (p.textWidth(fullTitle, titleFont, true) <= withSummary) {
            p.text(summary, right, titleY, summaryStyle);
            titleRoom = withSummary;
        }
        String title = TextMetrics.fit(p, fullTitle, titleFont, true, titleRoom);
        p.text(title, layout.margin(), titleY, new TextStyle(titleFont, true, ink, TextStyle.Align.LEFT));
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
        ChartLayout layout = ctx.layout();
        double scale = layout.scale();
        Positions pos = legendPositions(p, layout.width(), scale);
        TextStyle style = new TextStyle(layout.px(LEGEND_FONT), false, ink, TextStyle.Align.LEFT);
        double swatchW = layout.px(SWATCH_W);
        double swatchH = layout.px(SWATCH_H);
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            double x = pos.xs[i];
            double cy = layout.px(ChartLayout.TITLE_ROW + pos.rowOf[i] * LEGEND_ROW + LEGEND_ROW / 2);
            if (item.bar() != null) {
                BarStyle.draw(p, ctx.theme(), item.bar(), x, cy - swatchH / 2, swatchW, swatchH, scale);
            } else {
                MarkSymbols.draw(p, ctx.theme(), item.mark(), x + swatchW / 2, cy, layout.px(5));
            }
            p.text(item.text(), x + swatchW + layout.px(4), cy, style);
        }
    }

    private record Positions(double[] xs, int[] rowOf, int rows) {
    }

    /** Flows the legend items left to right, wrapping to a new row when the width runs out. */
    private static Positions legendPositions(ChartPainter p, double width, double scale) {
        double[] xs = new double[ITEMS.size()];
        int[] rowOf = new int[ITEMS.size()];
        double margin = ChartLayout.MARGIN * scale;
        double x = margin;
        int row = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            double itemWidth = (SWATCH_W + 4) * scale + p.textWidth(ITEMS.get(i).text(), LEGEND_FONT * scale, false);
            if (x > margin && x + itemWidth > width - margin) {
                row++;
                x = margin;
            }
            xs[i] = x;
            rowOf[i] = row;
            x += itemWidth + GAP * scale;
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
