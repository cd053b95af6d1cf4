package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.patterns.Ran.S;
import static org.loopscope.patterns.Ran.ms;

import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Ran.Seg;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;

/** What and why, When to use asyncio: sequential, gather, cpu_bound. */
class BasicsPatternsTest {
    @Test
    void sequentialBlocksMainForThreeSecondsOneFetchAfterTheOther() {
        Ran ran = Ran.virtual("sequential");
        assertThat(ran.endNs()).isEqualTo(3 * S);
        assertThat(ran.laneNames()).containsExactly("loop", "main");
        assertThat(ran.segments("main")).containsExactly(
                new Seg(0, S, SegmentState.BLOCKING, "time.sleep(1.0)", 0),
                new Seg(S, 2 * S, SegmentState.BLOCKING, "time.sleep(1.0)", 0),
                new Seg(2 * S, 3 * S, SegmentState.BLOCKING, "time.sleep(1.0)", 0));
        assertThat(ran.segments("loop")).extracting(Seg::state).containsOnly(SegmentState.STALLED);
        assertThat(ran.outcomeOf("main").detail()).isEqualTo("['done: url1', 'done: url2', 'done: url3']");
        assertThat(ran.marks(MarkKind.WARNING)).extracting(Mark::detail)
                .containsExactly("Executing <Task pending name='main'> took 3.000 seconds");
    }

    @Test
    void sequentialWaitsAddUp() {
        assertThat(Ran.virtual("sequential", "urls=5", "delay=0.5").endNs()).isEqualTo(ms(2500));
    }

    @Test
    void gatherOverlapsTheThreeWaits() {
        Ran ran = Ran.virtual("gather");
        assertThat(ran.endNs()).isEqualTo(S);
        assertThat(ran.segments("main")).containsExactly(new Seg(0, S, SegmentState.WAITING, "gather(3)", 0));
        for (String url : new String[] {"url1", "url2", "url3"}) {
            assertThat(ran.segments("fetch(" + url + ")")).containsExactly(new Seg(0, S, SegmentState.WAITING, "sleep(1.0)", 0));
        }
        assertThat(ran.prints()).containsExactly("[1.000] main: ['done: url1', 'done: url2', 'done: url3']");
    }

    @Test
    void cpuBoundWorkHoldsTheLoopInACoroutineButNotOnAWorker() {
        Ran ran = Ran.virtual("cpu_bound");
        assertThat(ran.endNs()).isEqualTo(4 * S);
        // in the coroutine: the loop is stalled and the heartbeat's first tick is 1.5 s late
        assertThat(ran.segments("loop")).startsWith(new Seg(0, 2 * S, SegmentState.STALLED, "crunch(2.0)", 0));
        assertThat(ran.segments("heartbeat")).startsWith(
                new Seg(0, ms(500), SegmentState.WAITING, "sleep(0.5)", 0),
                new Seg(ms(500), 2 * S, SegmentState.READY, null, ms(1500)));
        // on the worker: it computes from 2 s to 4 s while the ticks come on time
        int worker = ran.lane("worker-1");
        assertThat(ran.model().lane(worker).kind()).isEqualTo(LaneKind.WORKER);
        assertThat(ran.segments(worker)).containsExactly(new Seg(2 * S, 4 * S, SegmentState.BLOCKING, "crunch(2.0)", 0));
        assertThat(ran.prints()).containsExactly(
                "[2.000] main: crunched in the loop",
                "[2.000] heartbeat: tick 1 at 2.00s",
                "[2.500] heartbeat: tick 2 at 2.50s",
                "[3.000] heartbeat: tick 3 at 3.00s",
                "[3.500] heartbeat: tick 4 at 3.50s",
                "[4.000] main: crunched beside the loop");
        assertThat(ran.outcomeOf("heartbeat").kind()).isEqualTo(MarkKind.CANCELLED);
        assertThat(ran.model().callouts()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("the heartbeat was due here — 1.5 s late"));
    }
}
