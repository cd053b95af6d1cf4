package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.PatternRegistry;

class StopWindowTest extends WindowTestBase {
    @Test
    void stopEndsAnHourLongBlockingCallWithinASecondAndTheWindowStaysResponsive() throws Exception {
        // given: blocking_call with time.sleep(3600) on the real clock
        onFx(() -> viewModel().selectedPatternProperty().set(PatternRegistry.require("blocking_call")));
        doubleClickOn("#param-block").write("3600");
        clickOn("#realClockButton");
        clickOn("#runButton");
        // when: the loop is stuck in the blocking call
        waitUntil(3_000, () -> viewModel().status().stallsProperty().get() == 1);
        assertThat(runState()).isEqualTo(RunState.RUNNING);
        // then: the FX thread still answers, frame after frame (a frozen window would not answer for an hour;
        // the bound is loose so a busy CI machine cannot make it flaky)
        for (int i = 0; i < 10; i++) {
            assertThat(fxRoundTripMillis()).isLessThan(1_000);
        }
        // when: Stop is pressed (fired on the FX thread, so the robot's own pace on a busy machine is not timed)
        long start = System.nanoTime();
        onFx(() -> lookup("#stopButton").queryButton().fire());
        // then: the run has ended within a second
        waitUntil(1_000, () -> viewModel().session().isFinished());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(lookup("#runStateLabel").queryAs(Label.class).getText()).isEqualTo("Stopped");
        // and: Run works again
        doubleClickOn("#param-block").write("0.2");
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
        assertThat(onFx(() -> viewModel().session().outcome().succeeded())).isTrue();
    }

    private static long fxRoundTripMillis() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(null));
        done.get(2, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
