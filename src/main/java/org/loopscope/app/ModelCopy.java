package org.loopscope.app;

import org.loopscope.trace.Callout;
import org.loopscope.trace.Lane;
import org.loopscope.trace.Mark;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.WakeEdge;

/**
 * A copy of a live model, taken on the FX thread (which owns it), that an export may read on
 * another thread while the run goes on. Open segments become closed at the model's end, the way
 * every export draws and writes them.
 */
final class ModelCopy {
    private ModelCopy() {
    }

    static TraceModel of(TraceModel from) {
        TraceModel to = new TraceModel();
        to.setMeta(from.meta());
        for (Lane lane : from.lanes()) {
            to.addLane(lane.name(), lane.kind(), lane.parent(), lane.sortIndex());
        }
        for (int lane = 0; lane < from.laneCount(); lane++) {
            SegmentColumn c = from.segments(lane);
            for (int i = 0; i < c.size(); i++) {
                to.addSegment(lane, c.start(i), c.end(i), c.state(i), from.label(c.labelId(i)), c.lateNs(i));
            }
            TraceModel.OpenSegment open = from.openSegment(lane);
            if (open != null) {
                to.addSegment(lane, open.startNs(), Math.max(open.startNs(), from.endNs()), open.state(),
                        from.label(open.labelId()), open.lateNs());
            }
        }
        from.marks().forEach((Mark m) -> to.addMark(m));
        from.edges().forEach((WakeEdge e) -> to.addEdge(e));
        from.callouts().forEach((Callout c) -> to.addCallout(c));
        to.advanceTo(from.endNs());
        return to;
    }
}
