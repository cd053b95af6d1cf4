package org.loopscope.trace;

/**
 * Two runs on one shared time axis, for compare views and exports: the lanes of the first run,
 * then those of the second, each lane name prefixed with its run ("gather · fetch(url1)").
 * Both runs start at 0, so the picture shows at a glance which one finished first.
 */
public final class StackedModels {
    private StackedModels() {
    }

    public static TraceModel stack(TraceModel first, TraceModel second) {
        TraceModel out = new TraceModel();
        String a = nameOf(first, "first");
        String b = nameOf(second, "second");
        out.setMeta(new TraceMeta(a + "+" + b, a + " vs " + b, first.meta().clock(), first.meta().version()));
        copy(first, a, out);
        copy(second, b, out);
        out.advanceTo(Math.max(first.endNs(), second.endNs()));
        return out;
    }

    private static String nameOf(TraceModel model, String fallback) {
        String id = model.meta().pattern();
        return id == null || id.isBlank() ? fallback : id;
    }

    private static void copy(TraceModel from, String prefix, TraceModel to) {
        int offset = to.laneCount();
        for (Lane lane : from.lanes()) {
            int parent = lane.parent() < 0 ? -1 : lane.parent() + offset;
            to.addLane(prefix + " · " + lane.name(), lane.kind(), parent, offset + lane.sortIndex());
        }
        for (int lane = 0; lane < from.laneCount(); lane++) {
            SegmentColumn c = from.segments(lane);
            for (int i = 0; i < c.size(); i++) {
                to.addSegment(lane + offset, c.start(i), c.end(i), c.state(i), from.label(c.labelId(i)), c.lateNs(i));
            }
            TraceModel.OpenSegment open = from.openSegment(lane);
            if (open != null) {
                to.addSegment(lane + offset, open.startNs(), from.endNs(), open.state(), from.label(open.labelId()), open.lateNs());
            }
        }
        for (Mark m : from.marks()) {
            to.addMark(new Mark(m.timeNs(), m.lane() + offset, m.kind(), m.detail()));
        }
        for (WakeEdge e : from.edges()) {
            to.addEdge(new WakeEdge(e.fromNs(), e.fromLane() + offset, e.toNs(), e.toLane() + offset, e.kind()));
        }
        for (Callout c : from.callouts()) {
            to.addCallout(new Callout(c.lane() < 0 ? -1 : c.lane() + offset, c.timeNs(), c.text()));
        }
    }
}
