package org.loopscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.VirtualClock;
import org.loopscope.trace.TraceRecorder;

/** The task-switch workload, in lane order and shuffled: the same work, stored differently. */
class SwitchWorkloadTest {
    @Test
    void inLaneOrderTheStepsOfARoundShareARecordShuffledEachHasItsOwn() {
        // On the virtual clock every sleep(0) step begins at the same time: only the order of the
        // lanes decides whether steps form runs.
        TraceRecorder ordered = traceOf(SwitchBench.workload(50, 40, false));
        TraceRecorder shuffled = traceOf(SwitchBench.workload(50, 40, true));

        assertThat(ordered.eventCount()).as("every switch is an event").isGreaterThan(50 * 40);
        assertThat(shuffled.eventCount()).isGreaterThan(50 * 40);
        assertThat(ordered.bytesPerEvent()).as("a round of 50 steps in about one record").isLessThan(1.5);
        assertThat(shuffled.bytesPerEvent()).as("a record a step at least").isGreaterThanOrEqualTo(4);
    }

    private static TraceRecorder traceOf(Coroutine<?> workload) {
        TraceRecorder recorder = new TraceRecorder();
        try (Runner runner = new Runner(new VirtualClock())) {
            runner.instrument(recorder);
            runner.run(workload);
        }
        return recorder;
    }

    @Test
    void theShuffleIsAFixedPermutation() {
        int[] order = SwitchBench.shuffledOrder(100);
        assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(IntStream.range(0, 100).toArray());
        assertThat(order).isNotEqualTo(IntStream.range(0, 100).toArray()).containsExactly(SwitchBench.shuffledOrder(100));
    }
}
