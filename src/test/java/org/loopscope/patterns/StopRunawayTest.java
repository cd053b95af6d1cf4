package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.loopscope.trace.SegmentBuilder;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A task that never yields — an hour-long time.sleep, or ten minutes of computation in the loop —
 * is ended by stop() within a second, on the real clock, and the next run works.
 */
class StopRunawayTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"blocking_call, block=3600", "cpu_bound, work=600"})
    void stopEndsARunStuckInABlockingCallWithinASecond(String id, String param) throws InterruptedException {
        Pattern pattern = PatternRegistry.require(id);
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), List.of(param)), PatternRun.Options.real(1.0));
        run.start();
        // given the loop is held by the blocking call (the loop lane is stalled)
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!stalled(run) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(stalled(run)).as("the loop is inside the blocking call").isTrue();
        // when the user stops it
        long stopAt = System.nanoTime();
        run.stop();
        // then the run ends within a second, marked as stopped
        assertThat(run.awaitDone(1000)).isTrue();
        assertThat((System.nanoTime() - stopAt) / 1e6).isLessThan(1000);
        assertThat(run.outcome().stopped()).isTrue();
        // and its loop thread really ends (no computation left spinning behind the user's back)
        long until = System.nanoTime() + 1_000_000_000L;
        while (loopThreadAlive(id) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(loopThreadAlive(id)).isFalse();

        // and the next run works
        PatternRun next = new PatternRun(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual());
        assertThat(next.runHere().succeeded()).isTrue();
    }

    private static boolean stalled(PatternRun run) {
        TraceModel model = new TraceModel();
        new SegmentBuilder(run.recorder(), model).pump();
        TraceModel.OpenSegment loop = model.openSegment(0);
        return loop != null && loop.state() == SegmentState.STALLED;
    }

    private static boolean loopThreadAlive(String id) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("loopscope-loop-" + id));
    }
}
