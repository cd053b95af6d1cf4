package org.loopscope.gantt.render;

import org.loopscope.trace.Callout;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.WakeEdge;
import org.loopscope.trace.WakeKind;

/** Hand-filled trace models the chart tests draw. Times in ms are converted to ns. */
public final class SampleTraces {
    public static final long MS = 1_000_000L;
    public static final int LOOP = 0;
    public static final int MAIN = 1;
    public static final int FETCH1 = 2;
    public static final int FETCH2 = 3;
    public static final int WORKER = 4;

    private SampleTraces() {
    }

    /**
     * Two fetches under main; fetch(url1) blocks the loop with time.sleep from 110 to 300 ms,
     * so fetch(url2), ready from 105 ms, is starved; a worker runs read_file() 50..400 ms.
     */
    public static TraceModel gather() {
        TraceModel m = new TraceModel();
        m.setMeta(new TraceMeta("gather", "gather() with a blocking call", "virtual", "test"));
        m.addLane("loop", LaneKind.LOOP, -1);
        m.addLane("main", LaneKind.TASK, -1);
        m.addLane("fetch(url1)", LaneKind.TASK, MAIN);
        m.addLane("fetch(url2)", LaneKind.TASK, MAIN);
        m.addLane("worker-1", LaneKind.WORKER, -1);
        seg(m, LOOP, 0, 10, SegmentState.BUSY, null);
        seg(m, LOOP, 10, 100, SegmentState.IDLE, null);
        seg(m, LOOP, 100, 110, SegmentState.BUSY, null);
        seg(m, LOOP, 110, 300, SegmentState.STALLED, "time.sleep(0.19)");
        seg(m, LOOP, 300, 320, SegmentState.BUSY, null);
        seg(m, LOOP, 320, 1000, SegmentState.IDLE, null);
        seg(m, MAIN, 0, 10, SegmentState.RUNNING, null);
        m.switchState(MAIN, 10 * MS, SegmentState.WAITING, "gather(fetch(url1), fetch(url2))", 0);
        seg(m, FETCH1, 10, 12, SegmentState.READY, null);
        seg(m, FETCH1, 12, 20, SegmentState.RUNNING, null);
        seg(m, FETCH1, 20, 100, SegmentState.WAITING, "sleep(0.08)");
        seg(m, FETCH1, 100, 102, SegmentState.READY, null);
        seg(m, FETCH1, 102, 110, SegmentState.RUNNING, null);
        seg(m, FETCH1, 110, 300, SegmentState.BLOCKING, "time.sleep(0.19)");
        seg(m, FETCH1, 300, 310, SegmentState.RUNNING, null);
        seg(m, FETCH2, 10, 20, SegmentState.READY, null);
        seg(m, FETCH2, 20, 25, SegmentState.RUNNING, null);
        seg(m, FETCH2, 25, 105, SegmentState.WAITING, "sleep(0.08)");
        m.addSegment(FETCH2, 105 * MS, 300 * MS, SegmentState.READY, null, 195 * MS);
        seg(m, FETCH2, 300, 320, SegmentState.RUNNING, null);
        seg(m, WORKER, 50, 400, SegmentState.RUNNING, "read_file()");
        m.addMark(new Mark(310 * MS, FETCH1, MarkKind.RESULT, "200 OK"));
        m.addMark(new Mark(320 * MS, FETCH2, MarkKind.ERROR, "ValueError"));
        m.addMark(new Mark(300 * MS, LOOP, MarkKind.WARNING, "slow callback 190 ms"));
        m.addEdge(new WakeEdge(100 * MS, LOOP, 100 * MS, FETCH1, WakeKind.TIMER));
        m.addEdge(new WakeEdge(105 * MS, LOOP, 105 * MS, FETCH2, WakeKind.TIMER));
        m.addCallout(new Callout(FETCH2, 200 * MS, "ready, but the loop is stuck in time.sleep"));
        m.advanceTo(1000 * MS);
        return m;
    }

    private static void seg(TraceModel m, int lane, long fromMs, long toMs, SegmentState state, String label) {
        m.addSegment(lane, fromMs * MS, toMs * MS, state, label, 0);
    }

    /** One task lane with {@code count} segments of 1 µs alternating running/waiting, plus a loop lane. */
    public static TraceModel dense(int lanes, int count) {
        TraceModel m = new TraceModel();
        for (int lane = 0; lane < lanes; lane++) {
            m.addLane("task-" + lane, lane == 0 ? LaneKind.LOOP : LaneKind.TASK, -1);
        }
        int perLane = count / lanes;
        for (int lane = 0; lane < lanes; lane++) {
            boolean loop = lane == 0;
            for (int i = 0; i < perLane; i++) {
                SegmentState state = loop ? (i % 2 == 0 ? SegmentState.BUSY : SegmentState.IDLE)
                        : (i % 2 == 0 ? SegmentState.RUNNING : SegmentState.WAITING);
                m.addSegment(lane, i * 1000L, i * 1000L + 1000, state, loop ? null : "sleep(0)", 0);
            }
        }
        return m;
    }
}
