package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.loopscope.gantt.GanttChart;
import org.loopscope.trace.Lane;

class RunWindowTest extends WindowTestBase {
    @Test
    void pickGatherRunItOnTheVirtualClockAndSeeItsLanes() {
        // given: the window, with the filter narrowed to one pattern
        clickOn("#patternFilter").write("fetches at once");
        TreeView<?> tree = lookup("#patternTree").queryAs(TreeView.class);
        waitUntil(2_000, () -> tree.getRoot().getChildren().size() == 1);
        assertThat(onFx(() -> tree.getRoot().getChildren().get(0).getValue())).isEqualTo(org.loopscope.patterns.Category.BASICS);
        // when: the teacher picks it, chooses the virtual clock and presses Run
        clickOn(lookup(".pattern-cell").match((javafx.scene.control.TreeCell<?> c) -> c.isVisible()
                && "asyncio.gather: three fetches at once".equals(c.getText())).<javafx.scene.Node>query());
        assertThat(onFx(() -> viewModel().selectedPatternProperty().get().id())).isEqualTo("gather");
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        // then: the run finishes and the chart shows one lane per task
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        assertThat(onFx(() -> chart.getModel().lanes().stream().map(Lane::name).toList()))
                .containsExactly("loop", "main", "fetch(url1)", "fetch(url2)", "fetch(url3)");
        assertThat(onFx(() -> chart.getModel())).isSameAs(onFx(() -> viewModel().modelProperty().get()));
        // and: the console shows the printed results, the status bar the loop time
        ListView<?> console = lookup("#consoleList").queryAs(ListView.class);
        assertThat(onFx(() -> console.getItems().size())).isEqualTo(1);
        assertThat(lookup("#loopTimeLabel").queryAs(Label.class).getText()).isEqualTo("Loop time 1.000 s");
        assertThat(lookup("#runStateLabel").queryAs(Label.class).getText()).isEqualTo("Finished");
        // when: the printed line is clicked in the console
        clickOn("#consoleTab");
        clickOn(lookup("#consoleList .console-row").<javafx.scene.Node>query());
        // then: the chart selects main's lane and centres its window on the moment it printed (1 s)
        int mainLane = 1;
        waitUntil(2_000, () -> chart.getSelectedLane() == mainLane);
        assertThat(onFx(() -> chart.getWindowStart() + chart.getWindowLength() / 2)).isCloseTo(1_000_000_000L, org.assertj.core.data.Offset.offset(1_000_000L));
        assertThat(onFx(() -> viewModel().code().pythonHighlightProperty().get().first())).isPositive();
    }

    @Test
    void aRunWithOtherValuesThanTheGuidesCodeSaysSoAboveTheCode() {
        // given: the blocking pitfall, its time.sleep(5) changed to 2 seconds
        onFx(() -> viewModel().selectedPatternProperty().set(org.loopscope.patterns.PatternRegistry.require("blocking_call")));
        Label note = lookup("#codeRunValues").queryAs(Label.class);
        assertThat(note.isVisible()).as("nothing to say before a run").isFalse();
        doubleClickOn("#param-block").write("2");
        clickOn("#virtualClockButton");
        // when
        clickOn("#runButton");
        // then: the code tab says which value the run used and which the code shows
        waitUntil(5_000, note::isVisible);
        assertThat(note.getText()).isEqualTo("This run: Blocking time.sleep (s) 2.0 (the code: 5.0)");
        assertThat(lookup("#pythonCode").query().isVisible()).isTrue();
    }

    @Test
    void invalidParameterDisablesRunAndSaysWhy() {
        // given: gather selected
        onFx(() -> viewModel().selectedPatternProperty().set(org.loopscope.patterns.PatternRegistry.require("gather")));
        // when: a fraction goes into the whole-number field
        doubleClickOn("#param-urls").write("2.5");
        // then: Run is disabled and the message says what is allowed
        waitUntil(2_000, () -> lookup("#runButton").query().isDisabled());
        assertThat(lookup("#paramError").queryAs(Label.class).getText()).isEqualTo("URLs: 2.5 is not a whole number (allowed: 1 to 1000)");
        // when: Defaults is pressed
        clickOn("#resetParamsButton");
        // then: Run is enabled again
        waitUntil(2_000, () -> !lookup("#runButton").query().isDisabled());
    }
}
