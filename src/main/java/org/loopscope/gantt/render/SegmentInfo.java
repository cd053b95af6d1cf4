package org.loopscope.gantt.render;

import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * One segment read back from the model, closed or open. Segment index {@code segments(lane).size()}
 * stands for the lane's open segment, which runs to {@link TraceModel#endNs()}.
 */
public record SegmentInfo(int lane, int index, SegmentState state, String label, long startNs, long endNs,
                          long lateNs, boolean open) {

    /** The segment, or null if the index is out of range (the model changed since it was drawn). */
    public static SegmentInfo of(TraceModel model, int lane, int index) {
        if (lane < 0 || lane >= model.laneCount()) {
            return null;
        }
        SegmentColumn column = model.segments(lane);
        if (index >= 0 && index < column.size()) {
            return new SegmentInfo(lane, index, column.state(index), model.label(column.labelId(index)),
                    column.start(index), column.end(index), column.lateNs(index), false);
        }
        TraceModel.OpenSegment open = model.openSegment(lane);
        if (index == column.size() && open != null) {
            return new SegmentInfo(lane, index, open.state(), model.label(open.labelId()), open.startNs(),
                    Math.max(model.endNs(), open.startNs()), open.lateNs(), true);
        }
        return null;
    }

    public long durationNs() {
        return endNs - startNs;
    }
}
