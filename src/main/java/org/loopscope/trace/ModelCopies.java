package org.loopscope.trace;

/**
 * Copies one model's lanes, segments, marks, edges and callouts into another, after the lanes
 * it already has. Open segments become closed at the source's end, the way every export draws
 * them. Used for compare views (two runs stacked) and for exporting a live run from another thread.
 */
public final class ModelCopies {
    private ModelCopies() {
    }

    /** A closed copy of {@code from}, independent of it (the copy may be read on another thread). */
    public static TraceModel closedCopy(TraceModel from) {
        TraceModel to = new TraceModel();
        to.setMeta(from.meta());
        copyInto(from, to, "");
        return to;
    }

    /** Appends {@code from} to {@code to}, each lane name prefixed with {@code namePrefix}. */
    public static void copyInto(TraceModel from, TraceModel to, String namePrefix) {
        int offset = to.laneCount();
        for (Lane lane : from.lanes()) {
            int parent = lane.parent() < 0 ? -1 : lane.parent() + offset;
            to.addLane(namePrefix + lane.name(), lane.kind(), parent, offset + lane.sortIndex());
        }
        for (int lane = 0; lane < from.laneCount(); lane++) {
            SegmentColumn c = from.segments(lane);
            for (int i = 0; i < c.size(); i++) {
                to.addSegment(lane + offset, c.start(i), c.end(i), c.state(i), from.label(c.labelId(i)), c.lateNs(i));
            }
            TraceModel.OpenSegment open = from.openSegment(lane);
            if (open != null) {
                to.addSegment(lane + offset, open.startNs(), Math.max(open.startNs(), from.endNs()), open.state(),
                        from.label(open.labelId()), open.lateNs());
            }
        }
        for (Mark m : from.marks()) {
            to.addMark(offset == 0 ? m : new Mark(m.timeNs(), m.lane() + offset, m.kind(), m.detail()));
        }
        for (WakeEdge e : from.edges()) {
            to.addEdge(offset == 0 ? e : new WakeEdge(e.fromNs(), e.fromLane() + offset, e.toNs(), e.toLane() + offset, e.kind()));
        }
        for (Callout c : from.callouts()) {
            to.addCallout(offset == 0 || c.lane() < 0 ? c : new Callout(c.lane() + offset, c.timeNs(), c.text()));
        }
        to.advanceTo(from.endNs());
    }
}
