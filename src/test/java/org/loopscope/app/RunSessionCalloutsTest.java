package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.Callout;

/**
 * A teaching note appears while the run streams in, as soon as what it explains is on the chart;
 * a note about the whole run waits for its end; the finished chart has each note once.
 */
class RunSessionCalloutsTest {
    private static final long ITERATION_WAIT_NS = 2_000_000_000L;

    @Test
    void aLateHeartbeatIsExplainedWhileTheRunGoesOnAndOnceAtTheEnd() throws InterruptedException {
        // given: the blocking pitfall, stepped one loop iteration at a time
        RunSession session = stepped("blocking_call", "block=5", "tick=0.5", "ticks=12");
        // when: stepping until a callout shows
        int steps = stepUntil(session, () -> !session.model().callouts().isEmpty(), 200);
        // then: it came during the run, and says how late the heartbeat was
        assertThat(session.isDone()).as("still running after %d steps", steps).isFalse();
        assertThat(session.model().callouts()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("the heartbeat was due here — 4.5 s late"));
        Callout live = session.model().callouts().get(0);
        // when: the rest of the run
        List<Callout> last = finish(session);
        // then: the live note is the finished chart's, once
        assertThat(last).containsExactly(live);
    }

    @Test
    void theFirstTaskToQueueIsPointedAtWhileItStillWaits() throws InterruptedException {
        RunSession session = stepped("semaphore", "urls=30", "limit=10");
        int steps = stepUntil(session, () -> !session.model().callouts().isEmpty(), 200);
        assertThat(session.isDone()).as("still running after %d steps", steps).isFalse();
        Callout live = session.model().callouts().get(0);
        assertThat(session.model().isOpen(live.lane())).as("the task still waits").isTrue();
        assertThat(session.model().openSegment(live.lane()).state()).isEqualTo(org.loopscope.trace.SegmentState.WAITING);
        assertThat(finish(session)).containsExactly(live);
    }

    @Test
    void aNoteAboutTheWholeRunWaitsForItsEnd() throws InterruptedException {
        RunSession session = stepped("sequential");
        int steps = stepUntil(session, () -> !session.model().callouts().isEmpty(), 200);
        assertThat(session.isFinished()).as("the first callout came with the end, after %d steps", steps).isTrue();
        assertThat(session.model().callouts()).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("done after 3.0"));
    }

    @Test
    void aPatternWhoseNotesFailStillGrowsItsChartAndFinishes() throws InterruptedException {
        // given: gather, with notes that throw on any model
        Pattern gather = PatternRegistry.require("gather");
        Pattern failing = new FailingNotes(gather);
        RunSession session = new RunSession(failing, Params.defaults(gather.params()), PatternRun.Options.virtual());
        session.setCalloutIntervalNs(0);
        session.start(false);
        // when / then: the run finishes, with its lanes and no notes
        assertThat(finish(session)).isEmpty();
        assertThat(session.model().laneCount()).isEqualTo(5);
    }

    /** A pattern like another, except that its notes throw. */
    private record FailingNotes(Pattern like) implements Pattern {
        @Override
        public String id() {
            return like.id();
        }

        @Override
        public String title() {
            return like.title();
        }

        @Override
        public org.loopscope.patterns.Category category() {
            return like.category();
        }

        @Override
        public String explanation() {
            return like.explanation();
        }

        @Override
        public List<String> notice() {
            return like.notice();
        }

        @Override
        public List<org.loopscope.patterns.ParamSpec> params() {
            return like.params();
        }

        @Override
        public org.loopscope.loop.Coroutine<?> main(Params params, org.loopscope.patterns.PatternEnv env) {
            return like.main(params, env);
        }

        @Override
        public List<Callout> callouts(org.loopscope.trace.TraceModel model, Params params) {
            throw new IllegalStateException("a bug in a note");
        }
    }

    private static RunSession stepped(String id, String... params) {
        Pattern pattern = PatternRegistry.require(id);
        RunSession session = new RunSession(pattern, Params.parse(pattern.params(), List.of(params)), PatternRun.Options.virtual());
        session.setCalloutIntervalNs(0);
        return session.start(true);
    }

    /** Steps and pulses, one iteration at a time, until {@code done} holds; returns the steps taken. */
    private static int stepUntil(RunSession session, java.util.function.BooleanSupplier done, int maxSteps)
            throws InterruptedException {
        int steps = 0;
        while (!done.getAsBoolean() && !session.isFinished() && steps < maxSteps) {
            long before = iteration(session);
            session.step();
            steps++;
            long deadline = System.nanoTime() + ITERATION_WAIT_NS;
            while (iteration(session) == before && !session.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            do {
                session.pulse();
            } while (!session.caughtUp()); // this iteration's events are all in the model
        }
        return steps;
    }

    private static long iteration(RunSession session) {
        var snapshot = session.snapshot();
        return snapshot == null ? 0 : snapshot.iteration();
    }

    private static List<Callout> finish(RunSession session) throws InterruptedException {
        session.resume();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!session.isFinished() && System.nanoTime() < deadline) {
            session.pulse();
            Thread.sleep(5);
        }
        assertThat(session.isFinished()).isTrue();
        return session.model().callouts();
    }
}
