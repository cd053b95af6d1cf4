package org.loopscope.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.gantt.render.SampleTraces.MS;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.SampleTraces;
import org.loopscope.gantt.render.ThemeColor;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GanttChartTest extends FxRobot {
    private static final String LIGHT = GanttChartTest.class.getResource("/styles/theme-light.css").toExternalForm();
    private static final String DARK = GanttChartTest.class.getResource("/styles/theme-dark.css").toExternalForm();

    private GanttChart chart;
    private Scene scene;
    private final TraceModel model = SampleTraces.gather();

    @Start
    void start(Stage stage) {
        chart = new GanttChart(model);
        chart.setId("chart");
        scene = new Scene(new StackPane(chart), 1000, 360);
        scene.getStylesheets().add(LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void snapshotShowsTheRunningColourWhereTheSegmentIs() throws Exception {
        awaitDrawnWith(ChartTheme.light());

        int argb = fx(() -> pixelOfWorkerBarAt(100 * MS));

        assertThat(argb).satisfies(c -> assertClose(c, ChartTheme.light().color(ThemeColor.RUNNING)));
    }

    @Test
    void switchingTheThemeStylesheetRecoloursTheChart() throws Exception {
        awaitDrawnWith(ChartTheme.light());
        int before = fx(() -> pixelOfWorkerBarAt(100 * MS));

        // when the app swaps the theme stylesheet, as its theme toggle does
        fx(() -> scene.getStylesheets().setAll(DARK));
        awaitDrawnWith(ChartTheme.dark());

        int after = fx(() -> pixelOfWorkerBarAt(100 * MS));
        assertThat(after).isNotEqualTo(before);
        assertClose(after, ChartTheme.dark().color(ThemeColor.RUNNING));
    }

    @Test
    void hoveringABarShowsItsDetailsInTheTooltip() throws Exception {
        awaitDrawnWith(ChartTheme.light());

        moveTo(fx(() -> screenPointOf(SampleTraces.FETCH2, 200 * MS)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> skin().isTooltipActive()));

        String text = fx(() -> skin().getTooltip().getText());
        assertThat(text).contains("fetch(url2)", "ready", "start 105 ms", "duration 195 ms", "timer fired 195 ms late");
    }

    @Test
    void clickingALaneSelectsIt() throws Exception {
        awaitDrawnWith(ChartTheme.light());
        int[] followed = {-1};
        fxRun(() -> chart.selectedLaneProperty().addListener((o, old, lane) -> followed[0] = lane.intValue()));

        clickOn(fx(() -> screenPointOf(SampleTraces.FETCH1, 600 * MS)), MouseButton.PRIMARY);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> chart.getSelectedLane() == SampleTraces.FETCH1));
        assertThat(followed[0]).isEqualTo(SampleTraces.FETCH1);
    }

    @Test
    void followLiveTracksTheEndAndDraggingStopsIt() throws Exception {
        awaitDrawnWith(ChartTheme.light());
        fxRun(() -> {
            chart.setWindowLength(200 * MS);
            chart.setFollowLive(true);
            model.switchState(SampleTraces.WORKER, 1000 * MS, SegmentState.RUNNING, "next_job()", 0);
            model.advanceTo(3000 * MS);
            chart.requestRedraw();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> chart.getWindowStart() > 2000 * MS));
        assertThat(fx(() -> chart.getWindowStart() + chart.getWindowLength())).isGreaterThanOrEqualTo(3000 * MS);

        drag(fx(() -> screenPointOf(SampleTraces.MAIN, 2900 * MS)), MouseButton.PRIMARY).moveBy(-150, 0).release(MouseButton.PRIMARY);

        assertThat(fx(chart::isFollowLive)).isFalse();
    }

    @Test
    void zoomAndFitChangeTheWindow() throws Exception {
        awaitDrawnWith(ChartTheme.light());
        long fitted = fx(chart::getWindowLength);

        fxRun(chart::zoomIn);
        assertThat(fx(chart::getWindowLength)).isLessThan(fitted);

        fxRun(chart::fit);
        assertThat(fx(chart::getWindowStart)).isZero();
        assertThat(fx(chart::getWindowLength)).isEqualTo(fitted).isGreaterThanOrEqualTo(model.endNs());
    }

    // --- helpers ---

    private GanttChartSkin skin() {
        return (GanttChartSkin) chart.getSkin();
    }

    private Canvas canvas() {
        return (Canvas) chart.lookup(".chart-canvas");
    }

    /** Waits until the chart resolved the theme from CSS and drew a frame with it. */
    private void awaitDrawnWith(ChartTheme expected) throws Exception {
        Rgba running = expected.color(ThemeColor.RUNNING);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> chart.getSkin() != null
                && chart.getTheme().color(ThemeColor.RUNNING).equals(running)));
        long drawn = fx(() -> skin().getDrawCount());
        fxRun(() -> skin().requestRedraw());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> skin().getDrawCount() > drawn));
    }

    /** Colour of the worker's bar at a time, 2.5 px under the bar's top edge, in a snapshot of the chart. */
    private int pixelOfWorkerBarAt(long ns) {
        ChartLayout layout = skin().lastLayout();
        double x = layout.axis().x(ns);
        double y = layout.laneTop(SampleTraces.WORKER) + layout.barInset() + 2.5;
        Point2D inChart = canvas().localToParent(x, y);
        WritableImage image = chart.snapshot(null, null);
        return image.getPixelReader().getArgb((int) inChart.getX(), (int) inChart.getY());
    }

    private Point2D screenPointOf(int lane, long ns) {
        ChartLayout layout = skin().lastLayout();
        return canvas().localToScreen(layout.axis().x(ns), layout.laneCenter(lane) + 3);
    }

    private static void assertClose(int argb, Rgba expected) {
        Rgba actual = new Rgba(argb);
        assertThat(Math.abs(actual.red() - expected.red())).as("red of %08x", argb).isLessThanOrEqualTo(3);
        assertThat(Math.abs(actual.green() - expected.green())).as("green of %08x", argb).isLessThanOrEqualTo(3);
        assertThat(Math.abs(actual.blue() - expected.blue())).as("blue of %08x", argb).isLessThanOrEqualTo(3);
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
