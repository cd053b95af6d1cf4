package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopscope.gantt.GanttChart;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * A task that never yields — an hour-long {@code time.sleep}, or ten minutes of computation in the
 * loop — on the real clock, in the window: the window keeps answering, the chart's loop lane shows
 * one STALLED segment that grows frame after frame, Stop ends the run within a second, and the
 * next run works. (The engine-level version is {@code StopRunawayTest}.)
 */
class RunawayWindowTest extends WindowTestBase {
    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource({"blocking_call, block, 3600", "cpu_bound, work, 600"})
    void theStallGrowsOnTheChartAndStopEndsItWithinASecond(String id, String param, String value) throws Exception {
        // given: the pattern with a runaway task on the real clock
        onFx(() -> {
            viewModel().selectedPatternProperty().set(PatternRegistry.require(id));
            viewModel().params().field(param).textProperty().set(value);
        });
        clickOn("#realClockButton");
        clickOn("#runButton");
        GanttChart chart = lookup("#mainChart").queryAs(GanttChart.class);
        // when: the loop is held by it (the loop lane's open segment is STALLED)
        waitUntil(5_000, () -> loopState(chart.getModel()) == SegmentState.STALLED);
        long stallStart = onFx(() -> chart.getModel().openSegment(0).startNs());
        long end = onFx(() -> chart.getModel().endNs());
        // then: frame after frame the same stall grows on the chart, and the FX thread answers at once
        for (int i = 0; i < 5; i++) {
            Thread.sleep(150);
            assertThat(fxRoundTripMillis()).isLessThan(1_000);
            TraceModel model = onFx(chart::getModel);
            long[] now = onFx(() -> new long[] {model.openSegment(0).startNs(), model.endNs()});
            assertThat(onFx(() -> loopState(model))).isEqualTo(SegmentState.STALLED);
            assertThat(now[0]).as("still the same stall").isEqualTo(stallStart);
            assertThat(now[1]).as("the stall's end grows").isGreaterThan(end);
            end = now[1];
        }
        assertThat(end - stallStart).as("the stall has lasted most of the time watched").isGreaterThan(500_000_000L);
        // and: the chart's time window has grown to show it
        waitUntil(2_000, () -> chart.getWindowStart() + chart.getWindowLength() >= chart.getModel().endNs());
        assertThat(runState()).isEqualTo(RunState.RUNNING);

        // when: Stop is pressed (timed from the moment the window acts on the click, not the robot's move)
        long[] stoppedAt = new long[1];
        onFx(() -> viewModel().runStateProperty().addListener((obs, old, state) -> {
            if (state == RunState.STOPPED && stoppedAt[0] == 0) {
                stoppedAt[0] = System.nanoTime();
            }
        }));
        clickOn("#stopButton");
        // then: the run has ended within a second and its loop thread is gone
        waitUntil(1_000, () -> viewModel().session().isFinished());
        long finishedAt = System.nanoTime();
        assertThat(onFx(() -> stoppedAt[0])).isPositive();
        assertThat((finishedAt - stoppedAt[0]) / 1_000_000).isLessThan(1_000);
        assertThat(lookup("#runStateLabel").queryAs(Label.class).getText()).isEqualTo("Stopped");
        waitUntil(1_000, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("loopscope-loop-" + id)));

        // and: the app is ready for the next run
        clickOn("#resetParamsButton");
        clickOn("#virtualClockButton");
        clickOn("#runButton");
        waitUntil(10_000, () -> viewModel().runState() == RunState.FINISHED);
        assertThat(onFx(() -> viewModel().session().outcome().succeeded())).isTrue();
    }

    private static SegmentState loopState(TraceModel model) {
        if (model == null || model.laneCount() == 0) {
            return null;
        }
        TraceModel.OpenSegment loop = model.openSegment(0);
        return loop == null ? null : loop.state();
    }

    private static long fxRoundTripMillis() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(null));
        done.get(2, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
