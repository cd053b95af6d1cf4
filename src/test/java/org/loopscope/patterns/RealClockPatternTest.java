package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/** The real clock works too; only generous bounds, since wall time on a shared machine wanders. */
class RealClockPatternTest {
    private static final long S = 1_000_000_000L;

    private static PatternRun runReal(String id, double rate, String... keyValues) {
        Pattern pattern = PatternRegistry.require(id);
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), List.of(keyValues)), PatternRun.Options.real(rate));
        run.runHere();
        return run;
    }

    @Test
    void gatherRunsOnTheRealClockAtHighSpeed() {
        PatternRun run = runReal("gather", 4.0, "delay=0.05");
        assertThat(run.outcome().succeeded()).isTrue();
        assertThat(run.outcome().endNs()).isBetween(50_000_000L, 5 * S);
        TraceModel model = run.buildModel();
        assertThat(model.marks()).filteredOn(m -> m.kind() == MarkKind.PRINT).singleElement()
                .satisfies(m -> assertThat(m.detail()).isEqualTo("['done: url1', 'done: url2', 'done: url3']"));
    }

    @Test
    void stoppingAnHttpRunWhileRequestsAreOutEndsItPromptly() throws InterruptedException {
        Pattern pattern = PatternRegistry.require("http_gather");
        PatternRun run = new PatternRun(pattern, Params.parse(pattern.params(), List.of("delay=10")), PatternRun.Options.real(1.0));
        run.start();
        Thread.sleep(300); // the three requests are on the wire, the server waits its 10 s
        run.stop();
        assertThat(run.awaitDone(5_000)).isTrue();
        assertThat(run.outcome().stopped()).isTrue();
    }

    @Test
    void httpGatherRunsOverLoopbackOnTheRealClock() {
        PatternRun run = runReal("http_gather", 4.0, "delay=0.2");
        assertThat(run.outcome().succeeded()).isTrue();
        // the three requests overlap: nowhere near three delays of 0.2 s
        assertThat(run.outcome().endNs()).isBetween(200_000_000L, 5 * S);
    }
}
