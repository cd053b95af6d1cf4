package org.loopscope.export;

import org.loopscope.trace.Callout;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.WakeEdge;
import org.loopscope.trace.WakeKind;

/** Hand-built models for the trace file tests. */
final class SampleTraces {
    private SampleTraces() {
    }

    /**
     * Every feature a file must carry: lanes of all kinds with parents and an explicit display
     * order, every segment state, labels with quotes and non-ASCII text, late READY, odd
     * nanosecond times, an open segment, marks of every kind, edges of every kind, callouts
     * (one on no lane).
     */
    static TraceModel everything() {
        TraceModel m = new TraceModel();
        m.setMeta(new TraceMeta("gather-timeout", "gather() with a \"timeout\" — ünïcödé 🚀", "virtual", "0.1.0"));
        int loop = m.addLane("loop", LaneKind.LOOP, -1, 5);
        int main = m.addLane("main", LaneKind.TASK, -1, 0);
        int fetch = m.addLane("fetch(\"url1\")", LaneKind.TASK, main, 1);
        int worker = m.addLane("worker-1", LaneKind.WORKER, main, 2);

        m.addSegment(loop, 0, 1_000_001, SegmentState.BUSY, null, 0);
        m.addSegment(loop, 1_000_001, 2_500_000, SegmentState.IDLE, "select(timeout=1.5)", 0);
        m.addSegment(loop, 2_500_000, 7_000_000, SegmentState.STALLED, "time.sleep(0.0045)", 0);
        m.addSegment(main, 0, 999, SegmentState.RUNNING, null, 0);
        m.addSegment(main, 999, 3_000_000, SegmentState.WAITING, "gather(fetch(\"url1\"), …)", 0);
        m.addSegment(main, 3_000_000, 3_000_001, SegmentState.READY, "sleep(1.0)", 1_234_567);
        m.addSegment(fetch, 1, 2, SegmentState.RUNNING, "\\ back\\slash \n newline \t tab", 0);
        m.addSegment(fetch, 2, 2_000_000, SegmentState.BLOCKING, "requests.get('a')", 0);
        m.addSegment(worker, 10, 4_000_000, SegmentState.RUNNING, "job: 日本語", 0);
        m.switchState(fetch, 2_000_000, SegmentState.READY, "timer", 999_999_999);
        m.switchState(worker, 4_000_000, SegmentState.BLOCKING, "socket.recv", 0);

        m.addMark(new Mark(3_000_001, main, MarkKind.RESULT, "[1, 2]"));
        m.addMark(new Mark(2_000_000, fetch, MarkKind.CANCELLED, null));
        m.addMark(new Mark(2_100_000, fetch, MarkKind.ERROR, "ValueError(\"bad\")"));
        m.addMark(new Mark(500, main, MarkKind.NEVER_AWAITED, "coroutine 'fetch' was never awaited"));
        m.addMark(new Mark(7_000_000, loop, MarkKind.WARNING, "slow callback 4.5 ms"));
        m.addMark(new Mark(1, main, MarkKind.PRINT, "hello"));

        m.addEdge(new WakeEdge(1_000_001, loop, 2_000_000, fetch, WakeKind.TIMER));
        m.addEdge(new WakeEdge(2_000_000, fetch, 3_000_000, main, WakeKind.TASK));
        m.addEdge(new WakeEdge(10, worker, 11, main, WakeKind.FUTURE));
        m.addEdge(new WakeEdge(4_000_000, worker, 4_000_001, main, WakeKind.THREAD));
        m.addEdge(new WakeEdge(999, main, 999, main, WakeKind.YIELD));
        m.addEdge(new WakeEdge(0, main, 1, fetch, WakeKind.SPAWN));

        m.addCallout(new Callout(loop, 2_500_000, "the heartbeat was due here — 4.5 s late"));
        m.addCallout(new Callout(-1, 0, "a note on no lane"));
        m.advanceTo(7_500_000);
        return m;
    }
}
