package org.loopscope.app;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.loopscope.gantt.GanttChart;
import org.loopscope.gantt.SharedLabelColumn;
import org.loopscope.patterns.PatternRun.ClockKind;
import org.loopscope.trace.TraceModel;

/**
 * The centre of the window: the main run's chart, and in compare mode the compared run's chart
 * under it on the same time window (their window properties are bound together).
 *
 * <p>While a run is live the window grows from 0 to the newest loop time, so the whole story
 * stays in view; once the teacher zooms or pans, the chart is left where they put it.
 */
public final class ChartArea {
    private final MainViewModel viewModel;
    private final GanttChart mainChart = new GanttChart();
    private final GanttChart compareChart = new GanttChart();
    private final Label placeholder = new Label("Pick a pattern on the left, then press Run (or Space).");
    private boolean autoFit = true;
    private boolean adjusting;

    ChartArea(StackPane host, MainViewModel viewModel) {
        this.viewModel = viewModel;
        mainChart.setId("mainChart");
        compareChart.setId("compareChart");
        placeholder.getStyleClass().add("chart-placeholder");
        VBox stack = new VBox(mainChart, compareChart);
        stack.getStyleClass().add("chart-stack");
        VBox.setVgrow(mainChart, Priority.ALWAYS);
        VBox.setVgrow(compareChart, Priority.ALWAYS);
        host.getChildren().setAll(stack, placeholder);
        compareChart.windowStartProperty().bindBidirectional(mainChart.windowStartProperty());
        compareChart.windowLengthProperty().bindBidirectional(mainChart.windowLengthProperty());
        SharedLabelColumn.bind(mainChart, compareChart); // one label column width, so the time axes line up
        compareChart.visibleProperty().bind(viewModel.compareModelProperty().isNotNull());
        compareChart.managedProperty().bind(compareChart.visibleProperty());
        placeholder.visibleProperty().bind(viewModel.modelProperty().isNull());
        mainChart.selectedLaneProperty().bindBidirectional(viewModel.selectedLaneProperty());
        listen();
    }

    private void listen() {
        viewModel.modelProperty().addListener((obs, old, model) -> {
            show(mainChart, model);
            if (viewModel.openedTraceProperty().get() != null) {
                fit(); // a trace file is complete: show all of it at once
            }
        });
        viewModel.compareModelProperty().addListener((obs, old, model) -> show(compareChart, model));
        viewModel.runStateProperty().addListener((obs, old, state) -> {
            if (!state.isActive() && autoFit) {
                fit();
            }
        });
        viewModel.focusRequestProperty().addListener((obs, old, request) -> focus(request));
        mainChart.windowStartProperty().addListener((obs, old, now) -> userMoved());
        mainChart.windowLengthProperty().addListener((obs, old, now) -> userMoved());
    }

    private void show(GanttChart chart, TraceModel model) {
        adjusting = true;
        chart.setModel(model);
        adjusting = false;
        autoFit = true;
    }

    private void userMoved() {
        if (!adjusting) {
            autoFit = false;
        }
    }

    /** Once per frame: grow the window with a live run, until the teacher takes over. */
    void pulse() {
        if (autoFit && viewModel.runState().isActive()) {
            long end = sharedEnd();
            long wanted = Math.max(GanttChart.DEFAULT_WINDOW_NS, end + end / 10);
            if (wanted > mainChart.getWindowLength() || mainChart.getWindowStart() != 0) {
                setWindow(0, liveWindow(wanted));
            }
        }
    }

    /** On the real clock the window grows in whole seconds, so the axis does not creep every frame. */
    private long liveWindow(long wanted) {
        boolean real = viewModel.clockProperty().get() == ClockKind.REAL && viewModel.compareModelProperty().get() == null;
        long second = 1_000_000_000L;
        return real ? ((wanted + second - 1) / second) * second : wanted;
    }

    /** Shows the whole of both runs (F). */
    public void fit() {
        long end = sharedEnd();
        setWindow(0, end <= 0 ? GanttChart.DEFAULT_WINDOW_NS : end + Math.max(end / 50, 1));
        autoFit = true;
    }

    public void zoomIn() {
        mainChart.zoomIn();
    }

    public void zoomOut() {
        mainChart.zoomOut();
    }

    private void focus(FocusRequest request) {
        if (request == null) {
            return;
        }
        GanttChart chart = request.run() == 1 ? compareChart : mainChart;
        chart.setSelectedLane(request.lane());
        chart.setFollowLive(false);
        long length = mainChart.getWindowLength();
        mainChart.setWindowStart(Math.max(0, request.timeNs() - length / 2));
        mainChart.requestRedraw();
        compareChart.requestRedraw();
    }

    private long sharedEnd() {
        TraceModel main = viewModel.modelProperty().get();
        TraceModel other = viewModel.compareModelProperty().get();
        return Math.max(main == null ? 0 : main.endNs(), other == null ? 0 : other.endNs());
    }

    private void setWindow(long start, long length) {
        adjusting = true;
        mainChart.setWindowLength(length);
        mainChart.setWindowStart(start);
        adjusting = false;
    }

    public GanttChart mainChart() {
        return mainChart;
    }

    public GanttChart compareChart() {
        return compareChart;
    }
}
