package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;

/** A burst of events reaches the chart over several frames, and the run is complete only when all are in. */
class RunSessionPumpTest {
    @Test
    void aBurstIsSpreadOverPulsesAndTheModelClosesOnlyAfterTheLastEvent() throws InterruptedException {
        Pattern semaphore = PatternRegistry.require("semaphore");
        RunSession session = new RunSession(semaphore, Params.parse(semaphore.params(), List.of("urls=3000")),
                PatternRun.Options.virtual());
        session.setPumpBudgetNs(0); // one slice per pulse, whatever the machine's speed
        session.start(false);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!session.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(session.isDone()).isTrue();

        int pulses = 0;
        while (!session.isFinished()) {
            session.pulse();
            pulses++;
        }
        // 3,000 requests record ~30,000 events: about 15 slices of 2,048
        assertThat(pulses).isGreaterThan(10);
        assertThat(session.model().laneCount()).isEqualTo(3_002);
        assertThat(java.util.stream.IntStream.range(0, session.model().laneCount()).noneMatch(session.model()::isOpen))
                .as("every segment closed").isTrue();
        assertThat(session.model().callouts()).as("the pattern's callouts, added once the model is complete").isNotEmpty();
    }
}
