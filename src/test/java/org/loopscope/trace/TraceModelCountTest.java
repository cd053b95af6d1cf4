package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The model's counts, kept as things are added, agree with what its lanes hold. */
class TraceModelCountTest {
    @Test
    void theSegmentCountIsTheSumOfTheLanesClosedSegments() {
        TraceModel model = new TraceModel();
        int a = model.addLane("a", LaneKind.TASK, 0);
        int b = model.addLane("b", LaneKind.TASK, 0);
        model.addSegment(a, 0, 10, SegmentState.RUNNING, null, 0);
        model.addSegment(a, 10, 10, SegmentState.READY, null, 0); // zero length: dropped
        model.switchState(b, 0, SegmentState.WAITING, "sleep(1.0)", 0);
        model.switchState(b, 5, SegmentState.RUNNING, null, 0); // closes the wait
        model.switchState(b, 5, SegmentState.READY, null, 0); // closes a zero-length run: nothing
        assertThat(model.segmentCount()).isEqualTo(sumOfColumns(model)).isEqualTo(2);
        model.closeAll(20); // closes b's READY
        assertThat(model.segmentCount()).isEqualTo(sumOfColumns(model)).isEqualTo(3);
    }

    @Test
    void findLooksUpWithoutAdding() {
        StringTable strings = new StringTable();
        assertThat(strings.find("semaphore")).isEqualTo(-1);
        assertThat(strings.size()).isZero();
        int id = strings.intern("semaphore");
        assertThat(strings.find("semaphore")).isEqualTo(id);
        assertThat(strings.find(null)).isEqualTo(-1);
    }

    private static long sumOfColumns(TraceModel model) {
        return IntStream.range(0, model.laneCount()).mapToLong(l -> model.segments(l).size()).sum();
    }
}
