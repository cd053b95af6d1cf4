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

    /** Width a lane's label takes at a scale, indentation included. */
    static double labelWidth(TraceModel model, Lane lane, ChartPainter p, double scale) {
        return p.textWidth(lane.name(), ChartLayout.LABEL_FONT * scale, lane.kind() == LaneKind.LOOP)
                + depth(model, lane) * INDENT * scale;
    }

    /** How long a label is in characters, indentation counted: what decides which labels are worth measuring. */
    static int labelChars(TraceModel model, Lane lane) {
        return lane.name().length() + 2 * depth(model, lane);
    }

    /** The label column for the widest label measured (within bounds). */
    static double columnFor(double widestLabel, double scale) {
        double column = widestLabel + (ChartLayout.MARGIN * 2 + 12) * scale;
        return Math.max(ChartLayout.MIN_LABEL_COLUMN * scale, Math.min(ChartLayout.MAX_LABEL_COLUMN * scale, column));
    }
}
