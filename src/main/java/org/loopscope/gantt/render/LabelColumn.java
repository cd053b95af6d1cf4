package org.loopscope.gantt.render;

import org.loopscope.trace.Lane;
import org.loopscope.trace.TraceModel;

/**
 * The width the lane-label column needs, kept up to date as lanes are added: only the new lanes
 * are looked at. Measuring a label with a real font is slow (a 100,000-task run would spend a
 * second of the FX thread on it), so past a few hundred lanes only a label longer than any seen
 * so far is measured (and one in a thousand, in case a short name in a wide font is wider).
 */
final class LabelColumn {
    private static final int MEASURE_ALL = 500;
    private static final int SAMPLE_EVERY = 1000;

    private int measuredLanes;
    private int longestChars;
    private double widest;

    void reset() {
        measuredLanes = 0;
        longestChars = 0;
        widest = 0;
    }

    double columnWidth(TraceModel model, ChartPainter painter, double scale) {
        for (int id = measuredLanes; id < model.laneCount(); id++) {
            Lane lane = model.lane(id);
            int chars = LaneLayer.labelChars(model, lane);
            if (id < MEASURE_ALL || chars > longestChars || id % SAMPLE_EVERY == 0) {
                widest = Math.max(widest, LaneLayer.labelWidth(model, lane, painter, scale));
            }
            longestChars = Math.max(longestChars, chars);
        }
        measuredLanes = model.laneCount();
        return LaneLayer.columnFor(widest, scale);
    }
}
