package org.loopscope.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.SampleTraces;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare mode's two charts on one time axis, and the chart scale set from CSS: the charts
 * share a label column, so a moment is at the same x in both; large text scales the drawing.
 */
@ExtendWith(ApplicationExtension.class)
class StackedChartsTest extends FxRobot {
    private static final long SECOND = 1_000_000_000L;
    private static final String LIGHT = StackedChartsTest.class.getResource("/styles/theme-light.css").toExternalForm();

    private GanttChart top;
    private GanttChart bottom;
    private VBox root;

    @Start
    void start(Stage stage) {
        // given: two runs whose lane names differ a lot in length, on one shared window
        top = new GanttChart(SampleTraces.gather());
        bottom = new GanttChart(twoShortLanes());
        bottom.windowStartProperty().bindBidirectional(top.windowStartProperty());
        bottom.windowLengthProperty().bindBidirectional(top.windowLengthProperty());
        top.setWindowLength(3 * SECOND);
        SharedLabelColumn.bind(top, bottom);
        root = new VBox(top, bottom);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void oneSecondIsAtTheSameXInBothCharts() throws Exception {
        awaitSettled();

        ChartLayout a = fx(() -> layoutOf(top));
        ChartLayout b = fx(() -> layoutOf(bottom));
        assertThat(fx(top::getNeededLabelColumnWidth)).as("gather's names need more room")
                .isGreaterThan(fx(bottom::getNeededLabelColumnWidth));
        assertThat(b.plotX()).isEqualTo(a.plotX());
        assertThat(b.axis().x(SECOND)).isCloseTo(a.axis().x(SECOND), org.assertj.core.data.Offset.offset(0.01));
        // and on screen too: both canvases start at the same x in the window
        double topCanvas = fx(() -> top.lookup(".chart-canvas").localToScene(0, 0).getX());
        double bottomCanvas = fx(() -> bottom.lookup(".chart-canvas").localToScene(0, 0).getX());
        assertThat(bottomCanvas).isEqualTo(topCanvas);
    }

    @Test
    void theAxesStayAlignedWhenOnlyOneChartScrolls() throws Exception {
        // when: the bottom chart gets so many lanes that it needs its vertical scroll bar
        fxRun(() -> {
            bottom.setModel(SampleTraces.dense(60, 6_000));
            bottom.setWindowStart(0);
            bottom.setWindowLength(3 * SECOND);
        });
        awaitSettled();

        ChartLayout a = fx(() -> layoutOf(top));
        ChartLayout b = fx(() -> layoutOf(bottom));
        assertThat(b.contentHeight()).isGreaterThan(b.lanesViewportHeight());
        assertThat(b.plotWidth()).isEqualTo(a.plotWidth());
        assertThat(b.axis().x(SECOND)).isCloseTo(a.axis().x(SECOND), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void largeTextOnTheRootScalesTheChartAndItsRows() throws Exception {
        awaitSettled();
        double normalRow = fx(() -> layoutOf(top).laneHeight());
        double normalHeader = fx(() -> layoutOf(top).headerHeight());
        assertThat(fx(top::getChartScale)).isEqualTo(1.0);

        // when: the app's Large text toggle adds its style class to the root
        fxRun(() -> root.getStyleClass().addAll("root", "large-text"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> top.getChartScale() == 1.5));
        awaitSettled();

        // then: the chart draws at 1.5x
        ChartLayout large = fx(() -> layoutOf(top));
        assertThat(large.scale()).isEqualTo(1.5);
        assertThat(large.headerHeight()).isGreaterThan(normalHeader * 1.4);
        assertThat(large.laneHeight()).isGreaterThanOrEqualTo(ChartLayout.LANE_HEIGHT * 1.5);
        assertThat(normalRow).as("filled rows").isGreaterThan(ChartLayout.LANE_HEIGHT);
    }

    private static TraceModel twoShortLanes() {
        TraceModel m = new TraceModel();
        m.addLane("loop", LaneKind.LOOP, -1);
        m.addLane("main", LaneKind.TASK, -1);
        m.addSegment(0, 0, 3 * SECOND, SegmentState.STALLED, "time.sleep(3)", 0);
        m.addSegment(1, 0, 3 * SECOND, SegmentState.BLOCKING, "time.sleep(3)", 0);
        m.advanceTo(3 * SECOND);
        return m;
    }

    private static ChartLayout layoutOf(GanttChart chart) {
        return ((GanttChartSkin) chart.getSkin()).lastLayout();
    }

    /** Waits until both charts have drawn, then for two more frames so the shared column has settled. */
    private void awaitSettled() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> top.getSkin() != null && bottom.getSkin() != null
                && layoutOf(top) != null && layoutOf(bottom) != null));
        for (int frame = 0; frame < 2; frame++) {
            long a = fx(() -> ((GanttChartSkin) top.getSkin()).getDrawCount());
            long b = fx(() -> ((GanttChartSkin) bottom.getSkin()).getDrawCount());
            fxRun(() -> {
                top.requestRedraw();
                bottom.requestRedraw();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> ((GanttChartSkin) top.getSkin()).getDrawCount() > a
                    && ((GanttChartSkin) bottom.getSkin()).getDrawCount() > b));
        }
    }

    private static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
