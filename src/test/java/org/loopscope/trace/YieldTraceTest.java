package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.trace.StarvedHeartbeatTraceTest.segments;

import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Blocking;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.VirtualClock;
import org.loopscope.trace.StarvedHeartbeatTraceTest.Seg;

/**
 * A bare yield ({@code await asyncio.sleep(0)}) is not stored: the next step, idle wait or run end
 * implies it, so a switch is one event; the chart still shows the yielded task READY until its
 * next step.
 */
class YieldTraceTest {
    private static final long S = 1_000_000_000L;

    private static Coroutine<String> worksYieldsWorks(String name) {
        return coroutine(name, c -> {
            Blocking.sleep(1);
            c.await(sleep(0));
            Blocking.sleep(1);
            return name;
        });
    }

    @Test
    void twoTasksTakingTurnsAreReadyBetweenTheirStepsAndNoYieldIsStored() {
        VirtualClock clock = new VirtualClock();
        TraceRecorder recorder = new TraceRecorder();
        try (Runner runner = new Runner(clock).instrument(recorder)) {
            runner.run(coroutine("main", aw -> {
                var a = createTask(worksYieldsWorks("a"));
                var b = createTask(worksYieldsWorks("b"));
                aw.await(a);
                aw.await(b);
                return null;
            }));
        }
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(clock.now());

        assertThat(model.lane(2).name()).isEqualTo("a");
        assertThat(segments(model, 2)).containsExactly(
                new Seg(0, S, SegmentState.BLOCKING, "time.sleep(1.0)", 0),
                new Seg(S, 2 * S, SegmentState.READY, null, 0),
                new Seg(2 * S, 3 * S, SegmentState.BLOCKING, "time.sleep(1.0)", 0));
        assertThat(segments(model, 3)).containsExactly(
                new Seg(0, S, SegmentState.READY, null, 0),
                new Seg(S, 2 * S, SegmentState.BLOCKING, "time.sleep(1.0)", 0),
                new Seg(2 * S, 3 * S, SegmentState.READY, null, 0),
                new Seg(3 * S, 4 * S, SegmentState.BLOCKING, "time.sleep(1.0)", 0));
        long yields = 0;
        EventColumns.Reader events = recorder.reader();
        for (int i = 0; i < recorder.eventCount(); i++) {
            events.advance();
            if (events.kind() == RawEvent.READY_NOW && (events.arg() & 7) == WakeKind.YIELD.ordinal()
                    || events.kind() == RawEvent.WAKE && events.arg() == WakeKind.YIELD.ordinal()) {
                yields++;
            }
        }
        assertThat(yields).as("no ready event is stored for a yield: the next step implies it").isZero();
    }

    @Test
    void aTaskThatYieldedJustBeforeTheRunStoppedIsReadyNotRunning() {
        VirtualClock clock = new VirtualClock();
        TraceRecorder recorder = new TraceRecorder();
        try (EventLoop loop = new EventLoop(clock)) {
            loop.addInstrument(recorder);
            loop.createTask(coroutine("spinner", c -> {
                while (true) {
                    Blocking.sleep(0.25);
                    c.await(sleep(0));
                }
            }));
            loop.callLater(1.0, loop::stop);
            loop.runForever();
        }
        // The spinner's last step ended with a yield at 1.25 s and no step followed: the run's end implies the yield.
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(2 * S);
        var spinner = segments(model, 1);
        assertThat(spinner.get(spinner.size() - 1)).isEqualTo(new Seg(S + S / 4, 2 * S, SegmentState.READY, null, 0));
    }

    @Test
    void aTaskThatYieldedIsReadyWhileAPlainCallbackBlocksTheLoop() {
        VirtualClock clock = new VirtualClock();
        TraceRecorder recorder = new TraceRecorder();
        try (EventLoop loop = new EventLoop(clock)) {
            loop.addInstrument(recorder);
            loop.createTask(coroutine("yielder", c -> {
                Blocking.sleep(0.25);
                // runs before this task's next step: a callback that blocks the loop for a second
                c.loop().callSoon(() -> Blocking.sleep(1));
                c.await(sleep(0));
                return "done";
            }));
            loop.callLater(5, loop::stop);
            loop.runForever();
        }
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(5 * S);
        assertThat(segments(model, 1)).contains(new Seg(S / 4, S + S / 4, SegmentState.READY, null, 0));
    }
}
