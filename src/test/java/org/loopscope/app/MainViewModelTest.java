package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.Lane;
import org.loopscope.trace.MarkKind;

/** The window's logic without a window: runs are driven by calling pulse() as the frame timer would. */
class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel(PatternRegistry.all());

    @AfterEach
    void endRuns() {
        vm.shutdown();
    }

    private void pulseUntil(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within %d ms", millis).isLessThan(deadline);
            Thread.sleep(5);
            vm.pulse();
        }
    }

    @Test
    void aVirtualRunOfGatherFillsTheModelConsoleAndStatus() throws InterruptedException {
        // given: gather on the virtual clock
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        vm.clockProperty().set(ClockKind.VIRTUAL);
        // when
        vm.run();
        pulseUntil(() -> vm.runState() == RunState.FINISHED, 5_000);
        // then: one lane per task, the printed result, the end time
        assertThat(vm.modelProperty().get().lanes()).extracting(Lane::name)
                .containsExactly("loop", "main", "fetch(url1)", "fetch(url2)", "fetch(url3)");
        assertThat(vm.console()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(MarkKind.PRINT);
            assertThat(line.laneName()).isEqualTo("main");
            assertThat(line.display()).startsWith("[1.000 s] main: ").contains("done: url1");
        });
        assertThat(vm.status().loopTimeProperty().get()).isEqualTo("1.000 s");
        assertThat(vm.status().aliveProperty().get()).isZero();
        assertThat(vm.runMessageProperty().get()).isEmpty();
        // and: the inspector shows the loop's final state, not an older throttled view
        assertThat(vm.inspector().headingProperty().get()).startsWith("The run is over: ").endsWith("loop time 1.000 s");
        assertThat(vm.inspector().timers()).isEmpty();
    }

    @Test
    void stepRunsExactlyOneIterationAndTheInspectorShowsIt() throws InterruptedException {
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        vm.clockProperty().set(ClockKind.VIRTUAL);
        // when: Step with nothing running starts paused and runs the first iteration
        vm.step();
        assertThat(vm.runState()).isEqualTo(RunState.PAUSED);
        pulseUntil(() -> vm.inspector().iteration() == 1, 2_000);
        // when: stepping again
        vm.step();
        pulseUntil(() -> vm.inspector().iteration() == 2, 2_000);
        // then: it stays at exactly one more iteration
        Thread.sleep(100);
        vm.pulse();
        assertThat(vm.inspector().iteration()).isEqualTo(2);
        assertThat(vm.inspector().lastRan()).isNotEmpty();
        // when: resumed, it runs to the end
        vm.runOrPause();
        pulseUntil(() -> vm.runState() == RunState.FINISHED, 5_000);
    }

    @Test
    void stopEndsARunawayBlockingCallAndRunWorksAgain() throws InterruptedException {
        // given: time.sleep(3600) on the real clock
        vm.selectedPatternProperty().set(PatternRegistry.require("blocking_call"));
        vm.clockProperty().set(ClockKind.REAL);
        vm.params().field("block").textProperty().set("3600");
        vm.run();
        pulseUntil(() -> vm.status().stallsProperty().get() == 1, 3_000);
        // when
        long start = System.nanoTime();
        vm.stop();
        // then: the run is over within a second, and the model was closed
        pulseUntil(() -> vm.session().isFinished(), 1_000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(vm.runState()).isEqualTo(RunState.STOPPED);
        // and: a new run starts normally
        vm.params().field("block").textProperty().set("0.1");
        vm.clockProperty().set(ClockKind.VIRTUAL);
        vm.run();
        pulseUntil(() -> vm.runState() == RunState.FINISHED, 5_000);
    }

    @Test
    void invalidParametersRefuseToRunAndSayWhy() {
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        vm.params().field("urls").textProperty().set("0");
        vm.run();
        assertThat(vm.runState()).isEqualTo(RunState.IDLE);
        assertThat(vm.runMessageProperty().get()).startsWith("URLs: 0 is out of range");
    }

    @Test
    void compareModeRunsBothPatternsOnTheVirtualClock() throws InterruptedException {
        // given: gather compared with blocking_call, real clock chosen
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        vm.compareModeProperty().set(true);
        vm.comparePatternProperty().set(PatternRegistry.require("blocking_call"));
        vm.clockProperty().set(ClockKind.REAL);
        // when
        vm.run();
        pulseUntil(() -> vm.runState() == RunState.FINISHED, 5_000);
        // then: both models are complete, and the compared run's lines name their pattern
        assertThat(vm.compareModelProperty().get().lanes()).extracting(Lane::name).contains("heartbeat", "bad");
        assertThat(vm.compareSession().options().clock()).isEqualTo(ClockKind.VIRTUAL);
        assertThat(vm.console()).anyMatch(l -> l.run() == 1 && l.laneName().equals("blocking_call › heartbeat"));
    }

    @Test
    void aClickOnAConsoleLineSelectsItsLaneAndAsksTheChartToShowThatMoment() throws InterruptedException {
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        vm.clockProperty().set(ClockKind.VIRTUAL);
        vm.run();
        pulseUntil(() -> vm.runState() == RunState.FINISHED, 5_000);
        ConsoleLine line = vm.console().get(0);
        // when
        vm.focus(line);
        // then
        assertThat(vm.focusRequestProperty().get()).isEqualTo(new FocusRequest(0, line.lane(), 1_000_000_000L));
        assertThat(vm.selectedLaneProperty().get()).isEqualTo(line.lane());
        assertThat(vm.code().pythonHighlightProperty().get()).isEqualTo(new CodeViewModel.LineRange(7, 13));
    }

    @Test
    void choosingAnotherPatternStopsTheRunAndStartsClean() throws InterruptedException {
        vm.selectedPatternProperty().set(PatternRegistry.require("blocking_call"));
        vm.run();
        assertThat(vm.runState()).isEqualTo(RunState.RUNNING);
        RunSession old = vm.session();
        // when
        vm.selectedPatternProperty().set(PatternRegistry.require("gather"));
        // then
        assertThat(vm.runState()).isEqualTo(RunState.IDLE);
        assertThat(vm.modelProperty().get()).isNull();
        assertThat(vm.params().fields()).extracting(f -> f.spec().key()).containsExactly("urls", "delay");
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!old.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(old.isDone()).isTrue();
    }
}
