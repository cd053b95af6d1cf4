package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.loopscope.gantt.GanttChart;
import org.loopscope.gantt.render.ThemeColor;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.trace.Lane;

class ThemeCompareWindowTest extends WindowTestBase {
    @Test
    void theThemeToggleSwapsTheStylesheetsAndTheChartColours() {
        // given: the light theme
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/styles/theme-light.css"));
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        var lightRunning = onFx(() -> chart.getTheme().color(ThemeColor.RUNNING));
        // when: Dark is toggled
        clickOn("#darkThemeToggle");
        // then: the dark token files replace the light ones, and the chart picks up the dark colours
        assertThat(stage.getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("/styles/theme-dark.css"))
                .anyMatch(s -> s.endsWith("/styles/app-dark.css"))
                .noneMatch(s -> s.contains("light"));
        waitUntil(2_000, () -> !chart.getTheme().color(ThemeColor.RUNNING).equals(lightRunning));
        // when: toggled back
        clickOn("#darkThemeToggle");
        waitUntil(2_000, () -> chart.getTheme().color(ThemeColor.RUNNING).equals(lightRunning));
    }

    @Test
    void largeTextScalesTheWindowsFont() {
        double normal = onFx(() -> lookup("#runButton").queryButton().getFont().getSize());
        clickOn("#largeFontToggle");
        waitUntil(2_000, () -> lookup("#runButton").queryButton().getFont().getSize() > normal * 1.3);
        clickOn("#largeFontToggle");
        waitUntil(2_000, () -> lookup("#runButton").queryButton().getFont().getSize() == normal);
    }

    @Test
    void withLargeTextTheParameterEditorsWrapRatherThanCutTheirLabels() {
        // given: the pattern with the longest parameter labels, in large text, in a 1280 px window
        onFx(() -> viewModel().selectedPatternProperty().set(PatternRegistry.require("blocking_call")));
        clickOn("#largeFontToggle");
        try {
            waitUntil(2_000, () -> lookup("#runButton").queryButton().getFont().getSize() > 15);
            WaitForAsyncUtils.waitForFxEvents();
            everyParameterLabelShowsWholeOnMoreThanOneRow();
        } finally {
            clickOn("#largeFontToggle"); // the other tests expect normal text
        }
    }

    private void everyParameterLabelShowsWholeOnMoreThanOneRow() {
        // then: every label of the bar is as wide as its text, and the editors take two rows
        var labels = onFx(() -> lookup(".params-bar .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> !l.getText().isEmpty()).toList());
        assertThat(labels).extracting(javafx.scene.control.Label::getText)
                .contains("Parameters", "Blocking time.sleep (s)", "Heartbeat period (s)", "Heartbeat ticks");
        for (var label : labels) {
            assertThat(onFx(() -> label.getWidth())).as(label.getText()).isGreaterThanOrEqualTo(onFx(() -> label.prefWidth(-1)) - 0.5);
        }
        var defaults = lookup("#resetParamsButton").queryButton();
        assertThat(onFx(() -> defaults.getWidth())).isGreaterThanOrEqualTo(onFx(() -> defaults.prefWidth(-1)) - 0.5);
        var editors = onFx(() -> lookup(".param-editor").queryAll().stream().map(n -> n.getBoundsInParent().getMinY()).distinct().count());
        assertThat(editors).as("rows of editors").isGreaterThan(1);
    }

    @Test
    void compareModeStacksTwoChartsOnOneTimeAxis() {
        // given: gather selected
        onFx(() -> viewModel().selectedPatternProperty().set(PatternRegistry.require("gather")));
        assertThat(lookup("#compareChart").query().isVisible()).isFalse();
        // when: compare mode is on, the sequential version is chosen as the second pattern, and Run is pressed
        clickOn("#compareToggle");
        ComboBox<Pattern> box = lookup("#comparePatternBox").queryComboBox();
        clickOn(box);
        clickOn(lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "Without asyncio: three fetches, one after the other".equals(c.getText()))
                .<javafx.scene.Node>query());
        assertThat(onFx(() -> box.getValue().id())).isEqualTo("sequential");
        clickOn("#runButton");
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
        // then: two charts, each with its run (1 s with gather, 3 s one after the other), sharing one
        // time window that shows the longer run
        GanttChart main = lookup("#mainChart").queryAs(GanttChart.class);
        GanttChart other = lookup("#compareChart").queryAs(GanttChart.class);
        assertThat(other.isVisible()).isTrue();
        assertThat(onFx(() -> main.getModel().lanes().stream().map(Lane::name).toList())).contains("fetch(url3)");
        assertThat(onFx(() -> other.getModel().lanes().stream().map(Lane::name).toList())).contains("main");
        assertThat(onFx(() -> main.getModel().endNs())).isEqualTo(1_000_000_000L);
        assertThat(onFx(() -> other.getModel().endNs())).isEqualTo(3_000_000_000L);
        assertThat(onFx(other::getWindowLength)).isEqualTo(onFx(main::getWindowLength));
        assertThat(onFx(main::getWindowLength)).isGreaterThan(onFx(() -> other.getModel().endNs()));
        // and: the charts stack vertically
        double mainY = onFx(() -> main.localToScene(0, 0).getY());
        double otherY = onFx(() -> other.localToScene(0, 0).getY());
        assertThat(otherY).isGreaterThan(mainY + onFx(main::getHeight) - 10);
    }
}
