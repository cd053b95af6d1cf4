package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.gantt.GanttChart;
import org.loopscope.patterns.PatternRegistry;

/** The chart's toolbar: zoom buttons, fit, and the arrows and callouts toggles. */
class ChartControlsWindowTest extends WindowTestBase {
    @Test
    void zoomButtonsNarrowAndWidenTheWindowAndFitShowsTheWholeRun() {
        // given: gather has run on the virtual clock (1 s)
        onFx(() -> viewModel().selectedPatternProperty().set(PatternRegistry.require("gather")));
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        waitUntil(5_000, () -> viewModel().runState() == RunState.FINISHED);
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        clickOn("#fitButton");
        long fitted = onFx(chart::getWindowLength);
        assertThat(fitted).isGreaterThanOrEqualTo(1_000_000_000L);
        // when: + is pressed, the window shows less time; − shows more again
        clickOn("#zoomInButton");
        long zoomedIn = onFx(chart::getWindowLength);
        assertThat(zoomedIn).isLessThan(fitted);
        clickOn("#zoomOutButton");
        assertThat(onFx(chart::getWindowLength)).isGreaterThan(zoomedIn);
        // and: Fit brings back the whole run
        clickOn("#fitButton");
        assertThat(onFx(chart::getWindowLength)).isEqualTo(fitted);
    }

    @Test
    void theArrowsAndCalloutsTogglesSwitchBothCharts() {
        GanttChart main = lookup("#mainChart").queryAs(GanttChart.class);
        GanttChart compare = onFx(() -> controller.charts().compareChart());
        assertThat(onFx(main::isShowArrows)).isTrue();
        assertThat(onFx(main::isShowCallouts)).isTrue();
        clickOn("#arrowsToggle");
        clickOn("#calloutsToggle");
        assertThat(onFx(main::isShowArrows)).isFalse();
        assertThat(onFx(compare::isShowArrows)).isFalse();
        assertThat(onFx(main::isShowCallouts)).isFalse();
        assertThat(onFx(compare::isShowCallouts)).isFalse();
        clickOn("#arrowsToggle");
        assertThat(onFx(main::isShowArrows)).isTrue();
    }
}
