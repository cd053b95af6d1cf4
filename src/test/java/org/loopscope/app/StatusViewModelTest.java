package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

class StatusViewModelTest {
    private final StatusViewModel status = new StatusViewModel();

    @Test
    void countsTasksByTheirOpenSegmentAndIgnoresLoopAndWorkers() {
        // given: a loop, four task lanes (ready, waiting, running, ended) and a busy worker
        TraceModel model = new TraceModel();
        model.addLane("loop", LaneKind.LOOP, -1);
        int a = model.addLane("a", LaneKind.TASK, -1);
        int b = model.addLane("b", LaneKind.TASK, -1);
        int c = model.addLane("c", LaneKind.TASK, -1);
        int d = model.addLane("d", LaneKind.TASK, -1);
        int w = model.addLane("worker-1", LaneKind.WORKER, -1);
        model.switchState(0, 0, SegmentState.BUSY, null, 0);
        model.switchState(a, 0, SegmentState.READY, null, 0);
        model.switchState(b, 0, SegmentState.WAITING, "sleep(1)", 0);
        model.switchState(c, 0, SegmentState.RUNNING, null, 0);
        model.addSegment(d, 0, 10, SegmentState.RUNNING, null, 0);
        model.switchState(w, 0, SegmentState.RUNNING, "job", 0);
        model.advanceTo(1_500_000_000L);
        // when
        status.update(model, 2);
        // then
        assertThat(status.aliveProperty().get()).isEqualTo(3);
        assertThat(status.readyProperty().get()).isEqualTo(1);
        assertThat(status.waitingProperty().get()).isEqualTo(1);
        assertThat(status.loopTimeProperty().get()).isEqualTo("1.500 s");
        assertThat(status.warningsProperty().get()).isEqualTo(2);
        assertThat(status.stallsProperty().get()).isZero();
    }

    @Test
    void aStallIsCountedOnceEvenWhenItSpansBackToBackSegments() {
        TraceModel model = new TraceModel();
        model.addLane("loop", LaneKind.LOOP, -1);
        // given: stalled (blocking call), still stalled (overran), busy, then stalled again and still open
        model.addSegment(0, 0, 10, SegmentState.BUSY, null, 0);
        model.addSegment(0, 10, 20, SegmentState.STALLED, "time.sleep", 0);
        model.addSegment(0, 20, 30, SegmentState.STALLED, null, 0);
        model.addSegment(0, 30, 40, SegmentState.BUSY, null, 0);
        status.update(model, 0);
        assertThat(status.stallsProperty().get()).isEqualTo(1);
        // when: a new stall opens, and the next frame recounts incrementally
        model.switchState(0, 40, SegmentState.STALLED, "time.sleep", 0);
        status.update(model, 0);
        assertThat(status.stallsProperty().get()).isEqualTo(2);
        // when: it closes and continues as another stalled segment, it is still the same stall
        model.switchState(0, 50, SegmentState.STALLED, null, 0);
        status.update(model, 0);
        assertThat(status.stallsProperty().get()).isEqualTo(2);
    }
}
