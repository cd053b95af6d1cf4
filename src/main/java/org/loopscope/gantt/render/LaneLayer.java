package org.loopscope.gantt.render;

import org.loopscope.trace.Lane;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.TraceModel;

/** Lane rows: alternating stripes, the selected lane's highlight, and the labels on the left. */
final class LaneLayer {
    private static final double INDENT = 10;
    private static final int MAX_DEPTH = 4;

    private final RenderContext ctx;

    LaneLayer(RenderContext ctx) {
        this.ctx = ctx;
    }

    void drawRows() {
        ChartLayout layout = ctx.layout();
        ChartPainter p = ctx.painter();
        Rgba stripe = ctx.color(ThemeColor.LANE_ALT);
        Rgba selection = ctx.color(ThemeColor.SELECTION).withOpacity(0.16);
        double left = layout.margin();
        double width = layout.plotRight() - left;
        for (int row = layout.firstVisibleRow(); row < layout.endVisibleRow(); row++) {
            double top = layout.rowTop(row);
            if (layout.laneOrder()[row] == ctx.view().selectedLane()) {
                p.fillRect(left, top, width, layout.laneHeight(), selection);
            } else if (row % 2 == 1) {
                p.fillRect(left, top, width, layout.laneHeight(), stripe);
            }
        }
    }

    void drawLabels() {
        ChartLayout layout = ctx.layout();
        ChartPainter p = ctx.painter();
        TraceModel model = ctx.model();
        Rgba color = ctx.color(ThemeColor.LANE_TEXT);
        double font = layout.labelFont();
        for (int row = layout.firstVisibleRow(); row < layout.endVisibleRow(); row++) {
            Lane lane = model.lane(layout.laneOrder()[row]);
            double indent = depth(model, lane) * layout.px(INDENT);
            boolean bold = lane.kind() == LaneKind.LOOP || lane.id() == ctx.view().selectedLane();
            double room = layout.plotX() - layout.margin() * 2 - indent;
            String text = TextMetrics.fit(p, lane.name(), font, bold, room);
            TextStyle style = new TextStyle(font, bold, color, TextStyle.Align.LEFT);
            p.text(text, layout.margin() + layout.px(4) + indent, layout.rowTop(row) + layout.laneHeight() / 2, style);
        }
    }

    /** How many ancestors a lane has (child tasks are indented under their parents). */
    private static int depth(TraceModel model, Lane lane) {
        int depth = 0;
        int parent = lane.parent();
        while (parent >= 0 && parent < model.laneCount() && depth < MAX_DEPTH) {
            depth++;
            parent = model.lane(parent).parent();
        }
        return depth;
    }

    /** Width of the label column that fits the widest lane name at a scale (within bounds). */
    /** Lanes whose labels are measured: all of them, or for a huge run the longest names only. */
    private static java.util.List<Lane> widestCandidates(TraceModel model) {
        if (model.laneCount() <= MEASURE_ALL) {
            return model.lanes();
        }
        // Measuring 100,000 labels with a real font takes a second of the FX thread; the widest
        // label is among the longest names (and indentation), so only those are measured.
        return model.lanes().stream()
                .sorted(java.util.Comparator.comparingInt((Lane l) -> l.name().length() + 2 * depth(model, l)).reversed())
                .limit(MEASURE_LONGEST)
                .toList();
    }

    private static final int MEASURE_ALL = 500;
    private static final int MEASURE_LONGEST = 64;

    static double columnWidth(TraceModel model, ChartPainter p, double scale) {
        double widest = 0;
        for (Lane lane : widestCandidates(model)) {
            double w = p.textWidth(lane.name(), ChartLayout.LABEL_FONT * scale, lane.kind() == LaneKind.LOOP)
                    + depth(model, lane) * INDENT * scale;
            widest = Math.max(widest, w);
        }
        double column = widest + (ChartLayout.MARGIN * 2 + 12) * scale;
        return Math.max(ChartLayout.MIN_LABEL_COLUMN * scale, Math.min(ChartLayout.MAX_LABEL_COLUMN * scale, column));
    }
}
