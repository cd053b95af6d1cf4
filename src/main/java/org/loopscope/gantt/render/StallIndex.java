package org.loopscope.gantt.render;

import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * Answers "was the loop stalled then?" from the loop lane's segments, so READY bars that
 * overlap a STALLED loop segment can be drawn as starved: the task could run, but the loop
 * was stuck in someone's blocking call.
 */
final class StallIndex {
    /** A ready bar overlapping more loop segments than this is checked only for the first ones. */
    private static final int MAX_SCAN = 64;

    private final TraceModel model;
    private final int loopLane;

    StallIndex(TraceModel model) {
        this.model = model;
        this.loopLane = findLoopLane(model);
    }

    private static int findLoopLane(TraceModel model) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).kind() == LaneKind.LOOP) {
                return lane;
            }
        }
        return -1;
    }

    /** Receives one stalled stretch inside a queried interval. */
    interface OverlapSink {
        void overlap(long startNs, long endNs);
    }

    /** Reports the parts of {@code [start, end)} during which the loop was stalled. */
    void forEachStall(long start, long end, OverlapSink sink) {
        if (loopLane < 0) {
            return;
        }
        SegmentColumn loop = model.segments(loopLane);
        int n = loop.size();
        int scanned = 0;
        for (int i = loop.firstEndingAfter(start); i < n && loop.start(i) < end && scanned < MAX_SCAN; i++, scanned++) {
            if (loop.state(i) == SegmentState.STALLED) {
                sink.overlap(Math.max(start, loop.start(i)), Math.min(end, loop.end(i)));
            }
        }
        TraceModel.OpenSegment open = model.openSegment(loopLane);
        if (open != null && open.state() == SegmentState.STALLED && open.startNs() < end && model.endNs() > start) {
            sink.overlap(Math.max(start, open.startNs()), Math.min(end, model.endNs()));
        }
    }

    /** True if the loop was stalled at {@code t} (used for sub-pixel bars). */
    boolean stalledAt(long t) {
        boolean[] found = {false};
        forEachStall(t, t + 1, (s, e) -> found[0] = true);
        return found[0];
    }
}
