package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;

import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Blocking;
import org.loopscope.loop.VirtualClock;

class BlockingChildWakeTraceTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aTaskAwaitingABlockingChildWaitsUntilTheChildEndsAndIsWokenByIt() {
        VirtualClock clock = new VirtualClock();
        TraceRecorder recorder = new TraceRecorder();
        try (Runner runner = new Runner(clock).instrument(recorder)) {
            runner.run(coroutine("main", aw -> aw.await(createTask(coroutine("bad", b -> {
                Blocking.sleep(5);
                return "done";
            })))));
        }
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(clock.now());

        // main waited for bad the whole 5 s; it was not "ready" while bad blocked
        assertThat(StarvedHeartbeatTraceTest.segments(model, 1)).containsExactly(
                new StarvedHeartbeatTraceTest.Seg(0, 5 * S, SegmentState.WAITING, "task:bad", 0));
        // and the wake-up is drawn from bad, when bad finished
        assertThat(model.edges()).filteredOn(e -> e.toLane() == 1 && e.kind() != WakeKind.SPAWN).singleElement()
                .satisfies(e -> {
                    assertThat(e.fromLane()).isEqualTo(2);
                    assertThat(e.fromNs()).isEqualTo(5 * S);
                    assertThat(e.kind()).isEqualTo(WakeKind.TASK);
                });
    }
}
