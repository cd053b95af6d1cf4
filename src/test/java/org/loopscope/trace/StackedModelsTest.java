package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackedModelsTest {
    private static TraceModel run(String id, long end) {
        TraceModel m = new TraceModel();
        m.setMeta(new TraceMeta(id, id, "virtual", "test"));
        int loop = m.addLane("loop", LaneKind.LOOP, -1);
        int main = m.addLane("main", LaneKind.TASK, -1);
        m.addSegment(loop, 0, end, SegmentState.IDLE, null, 0);
        m.addSegment(main, 0, end, SegmentState.WAITING, "gather(3)", 0);
        m.addMark(new Mark(end, main, MarkKind.RESULT, "ok"));
        m.addEdge(new WakeEdge(end, loop, end, main, WakeKind.TIMER));
        m.addCallout(new Callout(main, end, "done"));
        return m;
    }

    @Test
    void theSecondRunsLanesFollowTheFirstsOnOneTimeAxis() {
        TraceModel stacked = StackedModels.stack(run("sequential", 3_000_000_000L), run("gather", 1_000_000_000L));
        assertThat(stacked.lanes()).extracting(Lane::name)
                .containsExactly("sequential · loop", "sequential · main", "gather · loop", "gather · main");
        assertThat(stacked.meta().title()).isEqualTo("sequential vs gather");
        assertThat(stacked.endNs()).isEqualTo(3_000_000_000L);
        assertThat(stacked.segments(3).end(0)).isEqualTo(1_000_000_000L);
        assertThat(stacked.label(stacked.segments(3).labelId(0))).isEqualTo("gather(3)");
        assertThat(stacked.marks()).extracting(Mark::lane).containsExactly(1, 3);
        assertThat(stacked.edges()).extracting(WakeEdge::toLane).containsExactly(1, 3);
        assertThat(stacked.callouts()).extracting(Callout::lane).containsExactly(1, 3);
    }

    @Test
    void aClosedCopyOfALiveModelEndsItsOpenSegmentsAtTheEndAndStaysIndependent() {
        TraceModel live = run("gather", 1_000_000_000L);
        live.switchState(1, 1_000_000_000L, SegmentState.RUNNING, null, 0);
        live.advanceTo(1_500_000_000L);
        TraceModel copy = ModelCopies.closedCopy(live);
        assertThat(copy.openSegment(1)).isNull();
        SegmentColumn main = copy.segments(1);
        assertThat(main.size()).isEqualTo(2);
        assertThat(main.state(1)).isEqualTo(SegmentState.RUNNING);
        assertThat(main.end(1)).isEqualTo(1_500_000_000L);
        live.switchState(1, 2_000_000_000L, SegmentState.WAITING, "x", 0);
        assertThat(copy.segments(1).size()).isEqualTo(2);
        assertThat(copy.marks()).hasSize(1);
        assertThat(copy.meta().pattern()).isEqualTo("gather");
    }
}
