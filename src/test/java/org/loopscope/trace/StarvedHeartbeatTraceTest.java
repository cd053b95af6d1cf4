package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Blocking;
import org.loopscope.loop.VirtualClock;

class StarvedHeartbeatTraceTest {
    private static final long S = 1_000_000_000L;

    record Seg(long start, long end, SegmentState state, String label, long late) {
    }

    static List<Seg> segments(TraceModel model, int lane) {
        List<Seg> list = new ArrayList<>();
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            list.add(new Seg(c.start(i), c.end(i), c.state(i), model.label(c.labelId(i)), c.lateNs(i)));
        }
        return list;
    }

    @Test
    void aHeartbeatDueDuringABlockingCallIsReadyFromItsDueTimeAndLate() {
        VirtualClock clock = new VirtualClock();
        TraceRecorder recorder = new TraceRecorder();
        try (Runner runner = new Runner(clock).instrument(recorder)) {
            runner.run(coroutine("main", aw -> {
                var heartbeat = createTask(coroutine("heartbeat", hb -> {
                    hb.await(sleep(0.5));
                    return "tick";
                }));
                var bad = createTask(coroutine("bad", b -> {
                    Blocking.sleep(5);
                    return "done";
                }));
                aw.await(heartbeat);
                aw.await(bad);
                return null;
            }));
        }
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(clock.now());

        assertThat(model.lane(2).name()).isEqualTo("heartbeat");
        assertThat(segments(model, 2)).containsExactly(
                new Seg(0, S / 2, SegmentState.WAITING, "sleep(0.5)", 0),
                new Seg(S / 2, 5 * S, SegmentState.READY, null, 4 * S + S / 2));
        // main waited on the heartbeat the whole time; it became ready when the heartbeat finished, not before
        assertThat(segments(model, 1)).containsExactly(new Seg(0, 5 * S, SegmentState.WAITING, "task:heartbeat", 0));
        assertThat(segments(model, 3)).containsExactly(new Seg(0, 5 * S, SegmentState.BLOCKING, "time.sleep(5.0)", 0));
        assertThat(segments(model, 0)).contains(new Seg(0, 5 * S, SegmentState.STALLED, "time.sleep(5.0)", 0));
        assertThat(model.marks()).extracting(Mark::lane, Mark::kind, Mark::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(2, MarkKind.RESULT, "tick"));
        assertThat(model.edges()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(WakeKind.TIMER);
            assertThat(e.toLane()).isEqualTo(2);
            assertThat(e.fromNs()).isEqualTo(5 * S);
        });
    }
}
