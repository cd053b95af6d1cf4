package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.testfx.util.WaitForAsyncUtils;

class StepWindowTest extends WindowTestBase {
    @Test
    void stepAndTheRightArrowEachRunExactlyOneLoopIteration() {
        // given: gather on the virtual clock, nothing running
        onFx(() -> {
            viewModel().selectedPatternProperty().set(PatternRegistry.require("gather"));
            viewModel().clockProperty().set(ClockKind.VIRTUAL);
        });
        // when: Step is pressed
        clickOn("#stepButton");
        // then: the run starts paused after exactly one iteration, and the inspector says what ran
        waitUntil(3_000, () -> viewModel().inspector().iteration() == 1);
        assertThat(runState()).isEqualTo(RunState.PAUSED);
        assertThat(lookup("#pauseButton").queryAs(Button.class).getText()).isEqualTo("Resume");
        ListView<?> lastRan = lookup("#lastRanList").queryAs(ListView.class);
        assertThat(onFx(() -> lastRan.getItems().size())).as("the Loop tab is hidden: its lists wait").isZero();
        onFx(() -> viewModel().sideTabProperty().set("inspector"));
        assertThat(onFx(() -> lastRan.getItems().size())).as("filled as the tab shows").isPositive();
        // when: the Right arrow is pressed
        type(KeyCode.RIGHT);
        // then: one more iteration, and no more while we wait
        waitUntil(3_000, () -> viewModel().inspector().iteration() == 2);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(onFx(() -> viewModel().inspector().iteration())).isEqualTo(2);
        assertThat(runState()).isEqualTo(RunState.PAUSED);
        // when: Space resumes
        type(KeyCode.SPACE);
        // then: the run goes to the end
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
    }

    @Test
    void pauseHoldsARealClockRunAndResumeLetsItGoOn() {
        // given: gather running on the real clock, 3 s per fetch
        onFx(() -> {
            viewModel().selectedPatternProperty().set(PatternRegistry.require("gather"));
            viewModel().clockProperty().set(ClockKind.REAL);
            viewModel().params().field("delay").textProperty().set("3");
        });
        clickOn("#runButton");
        // (while running, the loop publishes its snapshot at most every 50 ms, so wait for the first one only)
        waitUntil(3_000, () -> viewModel().inspector().iteration() >= 0);
        // when: paused with Space
        type(KeyCode.SPACE);
        assertThat(runState()).isEqualTo(RunState.PAUSED);
        long iteration = onFx(() -> viewModel().inspector().iteration());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        // then: no iteration runs while paused
        assertThat(onFx(() -> viewModel().inspector().iteration())).isEqualTo(iteration);
        // when: resumed with the button, it finishes
        clickOn("#pauseButton");
        waitUntil(8_000, () -> viewModel().runState() == RunState.FINISHED);
    }
}
