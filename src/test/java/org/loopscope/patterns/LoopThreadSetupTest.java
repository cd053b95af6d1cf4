package org.loopscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What the window sets up on a run's loop thread runs there first, and a setup that fails does not cost the run. */
class LoopThreadSetupTest {
    @Test
    void theSetupRunsOnTheLoopThreadBeforeTheRun() throws InterruptedException {
        Pattern gather = PatternRegistry.require("gather");
        AtomicReference<String> setupThread = new AtomicReference<>();
        AtomicReference<String> firstLineThread = new AtomicReference<>();
        PatternRun run = new PatternRun(gather, Params.defaults(gather.params()), PatternRun.Options.virtual())
                .onLoopThread(() -> setupThread.set(Thread.currentThread().getName()))
                .onMessage(m -> firstLineThread.compareAndSet(null, setupThread.get() + " then " + Thread.currentThread().getName()));
        run.start();
        assertThat(run.awaitDone(10_000)).isTrue();
        assertThat(setupThread.get()).isEqualTo("loopscope-loop-gather");
        assertThat(firstLineThread.get()).as("set up before the first printed line").isEqualTo("loopscope-loop-gather then loopscope-loop-gather");
        assertThat(run.outcome().succeeded()).isTrue();
    }

    @Test
    void aSetupThatThrowsIsLoggedAndTheRunGoesOn() throws InterruptedException {
        Pattern gather = PatternRegistry.require("gather");
        PatternRun run = new PatternRun(gather, Params.defaults(gather.params()), PatternRun.Options.virtual())
                .onLoopThread(() -> {
                    throw new IllegalStateException("setup broke");
                });
        run.start();
        assertThat(run.awaitDone(10_000)).isTrue();
        assertThat(run.outcome().succeeded()).isTrue();
        assertThat(run.buildModel().laneCount()).isGreaterThan(1);
    }
}
