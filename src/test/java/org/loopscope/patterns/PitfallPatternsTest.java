package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.patterns.Ran.S;
import static org.loopscope.patterns.Ran.ms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Ran.Seg;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;

/** Common pitfalls: forgot_await, blocking_call, run_in_executor, nested_run. */
class PitfallPatternsTest {
    @Test
    void aCoroutineCalledWithoutAwaitNeverRunsAndIsReported() {
        Ran ran = Ran.virtual("forgot_await");
        assertThat(ran.endNs()).isEqualTo(S);
        // no task ever ran fetch's body: there is no fetch lane, and the ❌ main ended at once
        assertThat(ran.laneNames()).containsExactly("loop", "run_both", "main (forgot await)", "main (with await)");
        assertThat(ran.segments("main (forgot await)")).isEmpty();
        assertThat(ran.outcomeOf("main (forgot await)").timeNs()).isZero();
        assertThat(ran.marks(MarkKind.NEVER_AWAITED)).singleElement().satisfies(m -> {
            assertThat(m.lane()).isEqualTo(ran.lane("main (forgot await)"));
            assertThat(m.detail()).startsWith("coroutine 'fetch(url1)' was never awaited (created at ForgotAwaitPattern.java:");
        });
        // the ✅ main waits inside fetch and gets its result
        assertThat(ran.segments("main (with await)")).containsExactly(new Seg(0, S, SegmentState.WAITING, "sleep(1.0)", 0));
        assertThat(ran.outcomeOf("main (with await)").detail()).isEqualTo("done: url1");
    }

    @Test
    void aBlockingCallStallsTheLoopAndTheHeartbeatIsFourAndAHalfSecondsLate() {
        Ran ran = Ran.virtual("blocking_call");
        assertThat(ran.endNs()).isEqualTo(ms(10_500));
        assertThat(ran.segments("bad")).containsExactly(new Seg(0, 5 * S, SegmentState.BLOCKING, "time.sleep(5.0)", 0));
        assertThat(ran.segments("loop")).startsWith(new Seg(0, 5 * S, SegmentState.STALLED, "time.sleep(5.0)", 0));
        assertThat(ran.segments("heartbeat")).startsWith(
                new Seg(0, ms(500), SegmentState.WAITING, "sleep(0.5)", 0),
                new Seg(ms(500), 5 * S, SegmentState.READY, null, ms(4500)));
        assertThat(ran.segments("main")).startsWith(new Seg(0, 5 * S, SegmentState.WAITING, "task:bad", 0));
        // after the blocking call the ticks resume every 0.5 s
        List<String> ticks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            double at = 5 + (i - 1) * 0.5;
            ticks.add(String.format(Locale.ROOT, "[%.3f] heartbeat: tick %d at %.2fs", at, i, at));
        }
        assertThat(ran.prints()).containsExactlyElementsOf(ticks);
        assertThat(ran.model().callouts()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("the heartbeat was due here — 4.5 s late"));
        assertThat(ran.marks(MarkKind.WARNING)).extracting(Mark::detail)
                .containsExactly("Executing <Task pending name='bad'> took 5.000 seconds");
    }

    @Test
    void runInExecutorKeepsTheTicksOnTimeWhileAWorkerBlocks() {
        Ran ran = Ran.virtual("run_in_executor");
        assertThat(ran.endNs()).isEqualTo(6 * S);
        List<String> ticks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ticks.add(String.format(Locale.ROOT, "[%.3f] heartbeat: tick %d at %.2fs", i * 0.5, i, i * 0.5));
        }
        assertThat(ran.prints()).containsExactlyElementsOf(ticks);
        assertThat(ran.segments("heartbeat")).extracting(Seg::late).containsOnly(0L);
        int worker = ran.lane("worker-1");
        assertThat(ran.model().lane(worker).kind()).isEqualTo(LaneKind.WORKER);
        assertThat(ran.segments(worker)).containsExactly(new Seg(0, 5 * S, SegmentState.BLOCKING, "time.sleep(5.0)", 0));
        assertThat(ran.segments("good")).containsExactly(new Seg(0, 5 * S, SegmentState.WAITING, "executor", 0));
        assertThat(ran.segments("loop")).extracting(Seg::state).doesNotContain(SegmentState.STALLED);
        assertThat(ran.marks(MarkKind.WARNING)).isEmpty();
    }

    @Test
    void asyncioRunInsideACoroutineRaisesAndItsCoroutineIsNeverAwaited() {
        Ran ran = Ran.virtual("nested_run");
        assertThat(ran.endNs()).isEqualTo(S);
        assertThat(ran.outcomeOf("handler (nested run)")).extracting(Mark::kind, Mark::timeNs, Mark::detail)
                .containsExactly(MarkKind.ERROR, 0L, "RuntimeError: asyncio.run() cannot be called from a running event loop");
        assertThat(ran.marks(MarkKind.NEVER_AWAITED)).singleElement().satisfies(m -> {
            assertThat(m.lane()).isEqualTo(ran.lane("handler (nested run)"));
            assertThat(m.detail()).startsWith("coroutine 'some_coroutine' was never awaited");
        });
        assertThat(ran.prints()).containsExactly("[0.000] main: RuntimeError: asyncio.run() cannot be called from a running event loop");
        // the fix awaits it directly: it runs, in the handler's own lane
        assertThat(ran.segments("handler (fixed)")).containsExactly(new Seg(0, S, SegmentState.WAITING, "sleep(1.0)", 0));
        assertThat(ran.outcomeOf("handler (fixed)").kind()).isEqualTo(MarkKind.RESULT);
    }
}
