package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.loopscope.gantt.GanttChart;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.trace.TraceModel;

/**
 * A bad value typed into a parameter field — a count of 10^9, a limit of 0, a negative delay — is
 * refused with a sentence that names the field and what is allowed; Run cannot start, and the
 * chart of the last run stays as it was.
 */
class BadInputWindowTest extends WindowTestBase {
    @Test
    void outOfRangeValuesAreRefusedAndTheLastRunIsKept() {
        // given: a finished semaphore run on the virtual clock
        onFx(() -> viewModel().selectedPatternProperty().set(PatternRegistry.require("semaphore")));
        doubleClickOn("#param-urls").write("20");
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        waitUntil(10_000, () -> viewModel().runState() == RunState.FINISHED);
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        TraceModel finished = onFx(chart::getModel);
        long segments = onFx(finished::segmentCount);

        // when / then: each bad value disables Run and says why
        refused("#param-urls", "1000000000", "URLs: 1000000000 is out of range (allowed: 1 to 100000)");
        refused("#param-limit", "0", "Semaphore limit: 0 is out of range (allowed: 1 to 1000)");
        refused("#param-delay", "-1", "Request time (s): -1.0 is out of range (allowed: 0.0 to 60.0)");

        // and: Space (run) does not start a run either; the last run's chart is untouched
        clickOn("#mainChart");
        push(KeyCode.SPACE);
        assertThat(runState()).isEqualTo(RunState.FINISHED);
        assertThat(onFx(chart::getModel)).isSameAs(finished);
        assertThat(onFx(finished::segmentCount)).isEqualTo(segments);

        // when: Defaults is pressed, Run works again
        clickOn("#resetParamsButton");
        waitUntil(2_000, () -> !lookup("#runButton").query().isDisabled());
        clickOn("#runButton");
        waitUntil(10_000, () -> viewModel().runState() == RunState.FINISHED);
        assertThat(onFx(() -> viewModel().session().outcome().succeeded())).isTrue();
    }

    private void refused(String field, String value, String message) {
        clickOn("#resetParamsButton");
        TextField text = lookup(field).queryAs(TextField.class);
        clickOn(field);
        onFx(text::selectAll); // a double click selects only "1" of "0.1"
        if (value.length() == 1) {
            write(value);
        } else {
            // the headless robot loses keys of longer input ("1000000000" arrived as "1000000",
            // "-1" as "-"), so these go into the text field directly, as a paste would
            onFx(() -> text.replaceSelection(value));
        }
        Label error = lookup("#paramError").queryAs(Label.class);
        waitUntil(2_000, () -> message.equals(error.getText())); // the robot's last key may still be on its way
        assertThat(lookup("#runButton").query().isDisabled()).isTrue();
    }
}
