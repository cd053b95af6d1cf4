package org.loopscope.gantt;

import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.loopscope.gantt.render.ChartLayout;
import org.loopscope.gantt.render.ChartRenderer;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.ChartView;
import org.loopscope.gantt.render.HoverText;
import org.loopscope.gantt.render.SegmentInfo;
import org.loopscope.trace.Mark;
import org.loopscope.trace.TraceModel;

/**
 * Draws a {@link GanttChart} on one Canvas with the shared {@link ChartRenderer}, plus a
 * horizontal scroll bar for time and a vertical one for lanes. The vertical bar lies over the
 * canvas's right margin rather than beside it, so showing it never changes the plot's width: two
 * stacked charts keep one time axis even when only one of them scrolls.
 *
 * <p>Drawing happens at most once per pulse: {@link #requestRedraw()} and property changes only
 * set a dirty flag, and an AnimationTimer (running while the chart is in a scene) draws when
 * the flag is set, the model's modCount moved or the view changed. Hover and click are
 * answered from the hit regions the renderer recorded, not from Nodes.
 */
public class GanttChartSkin extends SkinBase<GanttChart> {
    /** While following live, the newest time sits this far into the window. */
    static final double LIVE_EDGE = 0.95;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final ChartRenderer renderer = new ChartRenderer();
    private final FxCanvasPainter painter = new FxCanvasPainter();
    private final Tooltip tooltip = new Tooltip();
    private final CssThemeProbe themeProbe;
    private final AnimationTimer pulse;
    private boolean dirty = true;
    private boolean tooltipInstalled;
    private boolean updatingBars;
    private double scrollY;
    /** Where the vertical bar starts: under the header and axis of the last frame. */
    private double vbarTop;
    private ChartView drawnView;
    private TraceModel drawnModel;
    private long drawnModCount = -1;
    private ChartTheme drawnTheme;
    private long drawCount;

    public GanttChartSkin(GanttChart chart) {
        super(chart);
        canvas.getStyleClass().add("chart-canvas");
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setVisible(false);
        tooltip.setShowDelay(Duration.millis(250));
        themeProbe = new CssThemeProbe(chart::setResolvedTheme);
        getChildren().addAll(canvas, hbar, vbar);
        getChildren().addAll(themeProbe.nodes());
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                paintIfNeeded();
            }
        };
        listen(chart);
        new ChartMouseHandler(chart, this, canvas).install();
        chart.setRedrawRequest(this::requestRedraw);
        if (chart.getScene() != null) {
            pulse.start();
        }
    }

    private void listen(GanttChart chart) {
        registerChangeListener(chart.modelProperty(), o -> requestRedraw());
        registerChangeListener(chart.windowStartProperty(), o -> requestRedraw());
        registerChangeListener(chart.windowLengthProperty(), o -> requestRedraw());
        registerChangeListener(chart.showArrowsProperty(), o -> requestRedraw());
        registerChangeListener(chart.showCalloutsProperty(), o -> requestRedraw());
        registerChangeListener(chart.selectedLaneProperty(), o -> requestRedraw());
        registerChangeListener(chart.themeProperty(), o -> requestRedraw());
        registerChangeListener(chart.followLiveProperty(), o -> requestRedraw());
        registerChangeListener(chart.chartScaleProperty(), o -> requestRedraw());
        registerChangeListener(chart.fillLanesProperty(), o -> requestRedraw());
        registerChangeListener(chart.labelColumnWidthProperty(), o -> requestRedraw());
        registerChangeListener(chart.sceneProperty(), o -> {
            if (chart.getScene() == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!updatingBars) {
                chart.setFollowLive(false);
                chart.setWindowStart(Math.round(now.doubleValue()));
            }
        });
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!updatingBars) {
                setScrollY(now.doubleValue());
            }
        });
    }

    /** Marks the chart for drawing at the next pulse. */
    public void requestRedraw() {
        dirty = true;
    }

    /** Draws now if anything changed since the last frame; returns whether it drew. Called once per pulse. */
    public boolean paintIfNeeded() {
        GanttChart chart = getSkinnable();
        TraceModel model = chart.getModel();
        if (model != null && chart.isFollowLive()) {
            followLiveEdge(chart, model);
        }
        // Before the view is taken: a stacked chart's shared column width may follow from it.
        chart.setNeededLabelColumnWidth(model == null ? 0 : renderer.labelColumnNeed(model, painter, chart.getChartScale()));
        ChartView view = currentView();
        ChartTheme theme = chart.getTheme();
        boolean unchanged = !dirty && view.equals(drawnView) && model == drawnModel && theme.equals(drawnTheme)
                && (model == null || model.modCount() == drawnModCount);
        if (unchanged || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return false;
        }
        dirty = false;
        drawnView = view;
        drawnModel = model;
        drawnTheme = theme;
        drawnModCount = model == null ? -1 : model.modCount();
        draw(model, view, theme);
        return true;
    }

    private void draw(TraceModel model, ChartView view, ChartTheme theme) {
        painter.begin(canvas.getGraphicsContext2D());
        if (model == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        ChartLayout layout = renderer.render(model, view, theme, painter);
        drawCount++;
        updateScrollBars(model, layout);
    }

    private void followLiveEdge(GanttChart chart, TraceModel model) {
        long length = chart.getWindowLength();
        long start = Math.max(0, model.endNs() - Math.round(length * LIVE_EDGE));
        if (start != chart.getWindowStart()) {
            chart.setWindowStart(start);
        }
    }

    ChartView currentView() {
        GanttChart chart = getSkinnable();
        long start = chart.getWindowStart();
        return new ChartView(start, start + chart.getWindowLength(), canvas.getWidth(), canvas.getHeight(), scrollY,
                chart.isShowArrows(), chart.isShowCallouts(), chart.getSelectedLane(), false,
                chart.getChartScale(), chart.isFillLanes(), chart.getLabelColumnWidth());
    }

    private void updateScrollBars(TraceModel model, ChartLayout layout) {
        updatingBars = true;
        try {
            GanttChart chart = getSkinnable();
            long length = chart.getWindowLength();
            double total = Math.max(model.endNs(), chart.getWindowStart() + length);
            double range = Math.max(total - length, 0);
            hbar.setMax(range);
            hbar.setVisibleAmount(range * length / total);
            hbar.setUnitIncrement(length / 20.0);
            hbar.setBlockIncrement(length * 0.8);
            hbar.setValue(Math.min(chart.getWindowStart(), range));
            hbar.setDisable(range <= 0);
            double maxScroll = maxScrollY(layout);
            vbar.setMax(maxScroll);
            vbar.setVisibleAmount(maxScroll * layout.lanesViewportHeight() / Math.max(layout.contentHeight(), 1));
            vbar.setUnitIncrement(layout.laneHeight());
            vbar.setBlockIncrement(layout.lanesViewportHeight() * 0.9);
            vbar.setValue(scrollY);
            if (vbar.isVisible() != maxScroll > 0 || vbarTop != layout.plotTop()) {
                vbar.setVisible(maxScroll > 0);
                getSkinnable().requestLayout();
            }
        } finally {
            updatingBars = false;
        }
    }

    private static double maxScrollY(ChartLayout layout) {
        return Math.max(0, layout.contentHeight() - layout.lanesViewportHeight());
    }

    /** Scrolls the lanes to {@code y} pixels from the top, within bounds. */
    void setScrollY(double y) {
        ChartLayout layout = renderer.lastLayout();
        double max = layout == null ? 0 : maxScrollY(layout);
        double clamped = Math.max(0, Math.min(max, y));
        if (clamped != scrollY) {
            scrollY = clamped;
            requestRedraw();
        }
    }

    double scrollY() {
        return scrollY;
    }

    /** The layout of the last frame, or null before the first (tests read where things were drawn). */
    public ChartLayout lastLayout() {
        return renderer.lastLayout();
    }

    /** Updates the tooltip for the pointer at (x, y) on the canvas, from the last frame's hit regions. */
    void hover(double x, double y) {
        TraceModel model = getSkinnable().getModel();
        String text = null;
        if (model != null) {
            Mark mark = renderer.markAt(model, x, y);
            SegmentInfo segment = mark == null ? renderer.segmentAt(model, x, y) : null;
            text = mark != null ? HoverText.describe(model, mark) : segment != null ? HoverText.describe(model, segment) : null;
        }
        if (text != null) {
            tooltip.setText(text);
            if (!tooltipInstalled) {
                Tooltip.install(canvas, tooltip);
                tooltipInstalled = true;
            }
        } else if (tooltipInstalled) {
            Tooltip.uninstall(canvas, tooltip);
            tooltipInstalled = false;
        }
    }

    /** The hover tooltip (its text is current while it is installed). */
    public Tooltip getTooltip() {
        return tooltip;
    }

    /** True while the pointer is over something the tooltip describes. */
    public boolean isTooltipActive() {
        return tooltipInstalled;
    }

    /** Frames drawn so far (for tests: has the chart drawn yet, did a change redraw it). */
    public long getDrawCount() {
        return drawCount;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barHeight = hbar.prefHeight(-1);
        double barWidth = vbar.prefWidth(-1);
        double canvasWidth = Math.max(w, 0);
        double canvasHeight = Math.max(h - barHeight, 0);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
            requestRedraw();
        }
        canvas.relocate(x, y);
        hbar.resizeRelocate(x, y + canvasHeight, canvasWidth, barHeight);
        ChartLayout layout = renderer.lastLayout();
        vbarTop = layout == null ? 0 : layout.plotTop();
        double lanesTop = Math.min(vbarTop, canvasHeight);
        vbar.resizeRelocate(x + canvasWidth - barWidth, y + lanesTop, barWidth, canvasHeight - lanesTop);
    }

    /**
     * Small minimums: the default would be the canvas's current size (a Canvas is not resizable),
     * and a chart that can never shrink below its last size only ever grows.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 100 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80 + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 400 + top + bottom;
    }

    @Override
    public void dispose() {
        pulse.stop();
        getSkinnable().setRedrawRequest(null);
        if (tooltipInstalled) {
            Tooltip.uninstall(canvas, tooltip);
        }
        super.dispose();
    }
}
