package org.loopscope.gantt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.loopscope.gantt.render.ChartTheme;
import org.loopscope.gantt.render.ChartView;
import org.loopscope.trace.TraceModel;

/**
 * A live Gantt chart of a traced event loop: one lane per task, the loop's own lane and the
 * executor workers, drawn on a canvas by {@link GanttChartSkin}.
 *
 * <p>The visible time window is {@code [windowStart, windowStart + windowLength)} in loop-time
 * nanoseconds. With {@code followLive} on, the window slides to keep {@link TraceModel#endNs()}
 * in view; panning or scrolling away turns it off. The model is not observable: after changing
 * it, call {@link #requestRedraw()} (the chart also notices a changed modCount on each pulse).
 * Colours come from the CSS tokens ({@code -ls-running}, ...) of the scene's theme stylesheet;
 * {@link #themeProperty()} tells which theme is in effect, e.g. to export what is on screen.
 *
 * <p>Sizes: {@link #chartScaleProperty()} (CSS {@code -ls-chart-scale}, 1.5 under a
 * {@code .large-text} root) scales text, rows, axis, legend and marks. When every lane fits, the
 * rows grow to fill the chart's height ({@link #fillLanesProperty()}), up to twice their height,
 * so three lanes do not sit in a thin strip over an empty area; exports stay compact. Charts
 * stacked on one time axis share their label column: see {@link SharedLabelColumn}.
 */
public class GanttChart extends Control {
    public static final String DEFAULT_STYLE_CLASS = "gantt-chart";
    /** The shortest window zooming in reaches: 1 µs across the chart. */
    public static final long MIN_WINDOW_NS = 1_000L;
    /** The window shown for an empty trace. */
    public static final long DEFAULT_WINDOW_NS = 1_000_000_000L;
    static final double ZOOM_STEP = 1.5;

    private ObjectProperty<TraceModel> model;
    private LongProperty windowStart;
    private LongProperty windowLength;
    private BooleanProperty followLive;
    private BooleanProperty showArrows;
    private BooleanProperty showCallouts;
    private IntegerProperty selectedLane;
    private StyleableDoubleProperty chartScale;
    private BooleanProperty fillLanes;
    private DoubleProperty labelColumnWidth;
    private final ReadOnlyDoubleWrapper neededLabelColumnWidth = new ReadOnlyDoubleWrapper(this, "neededLabelColumnWidth", 0);
    private final ReadOnlyObjectWrapper<ChartTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme", ChartTheme.light());
    private Runnable redrawRequest = () -> { };

    public GanttChart() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    public GanttChart(TraceModel model) {
        this();
        setModel(model);
    }

    // --- properties, created when first asked for ---

    public final ObjectProperty<TraceModel> modelProperty() {
        if (model == null) {
            model = new SimpleObjectProperty<>(this, "model") {
                @Override
                protected void invalidated() {
                    setSelectedLane(-1);
                    fit();
                }
            };
        }
        return model;
    }

    public final TraceModel getModel() {
        return model == null ? null : model.get();
    }

    public final void setModel(TraceModel value) {
        modelProperty().set(value);
    }

    /** First loop time shown, in ns. */
    public final LongProperty windowStartProperty() {
        if (windowStart == null) {
            windowStart = new SimpleLongProperty(this, "windowStart", 0);
        }
        return windowStart;
    }

    public final long getWindowStart() {
        return windowStart == null ? 0 : windowStart.get();
    }

    public final void setWindowStart(long value) {
        windowStartProperty().set(Math.max(0, value));
    }

    /** Length of the visible window, in ns: the zoom. */
    public final LongProperty windowLengthProperty() {
        if (windowLength == null) {
            windowLength = new SimpleLongProperty(this, "windowLength", DEFAULT_WINDOW_NS);
        }
        return windowLength;
    }

    public final long getWindowLength() {
        return windowLength == null ? DEFAULT_WINDOW_NS : windowLength.get();
    }

    public final void setWindowLength(long value) {
        windowLengthProperty().set(Math.max(MIN_WINDOW_NS, value));
    }

    /** Keep the newest loop time in view while a run is live. */
    public final BooleanProperty followLiveProperty() {
        if (followLive == null) {
            followLive = new SimpleBooleanProperty(this, "followLive", false);
        }
        return followLive;
    }

    public final boolean isFollowLive() {
        return followLive != null && followLive.get();
    }

    public final void setFollowLive(boolean value) {
        followLiveProperty().set(value);
    }

    public final BooleanProperty showArrowsProperty() {
        if (showArrows == null) {
            showArrows = new SimpleBooleanProperty(this, "showArrows", true);
        }
        return showArrows;
    }

    public final boolean isShowArrows() {
        return showArrows == null || showArrows.get();
    }

    public final void setShowArrows(boolean value) {
        showArrowsProperty().set(value);
    }

    public final BooleanProperty showCalloutsProperty() {
        if (showCallouts == null) {
            showCallouts = new SimpleBooleanProperty(this, "showCallouts", true);
        }
        return showCallouts;
    }

    public final boolean isShowCallouts() {
        return showCallouts == null || showCallouts.get();
    }

    public final void setShowCallouts(boolean value) {
        showCalloutsProperty().set(value);
    }

    /** The lane the user clicked (its id in the model), or -1. */
    public final IntegerProperty selectedLaneProperty() {
        if (selectedLane == null) {
            selectedLane = new SimpleIntegerProperty(this, "selectedLane", -1);
        }
        return selectedLane;
    }

    public final int getSelectedLane() {
        return selectedLane == null ? -1 : selectedLane.get();
    }

    public final void setSelectedLane(int value) {
        selectedLaneProperty().set(value);
    }

    /**
     * How big everything in the chart is drawn: 1 normally, e.g. 1.5 for the back of the
     * classroom. Settable from CSS as {@code -ls-chart-scale}; gantt.css sets 1.5 under a root
     * with the {@code large-text} style class, which is what the app's Large text toggle adds.
     */
    public final DoubleProperty chartScaleProperty() {
        if (chartScale == null) {
            chartScale = new StyleableDoubleProperty(1.0) {
                @Override
                public Object getBean() {
                    return GanttChart.this;
                }

                @Override
                public String getName() {
                    return "chartScale";
                }

                @Override
                public CssMetaData<GanttChart, Number> getCssMetaData() {
                    return StyleableProperties.CHART_SCALE;
                }
            };
        }
        return chartScale;
    }

    public final double getChartScale() {
        double value = chartScale == null ? 1.0 : chartScale.get();
        return Math.max(ChartView.MIN_SCALE, Math.min(ChartView.MAX_SCALE, value));
    }

    public final void setChartScale(double value) {
        chartScaleProperty().set(value);
    }

    /**
     * Grow the lane rows to fill the chart's height when they all fit (up to twice their base
     * height); on by default. Off, rows keep their compact height, as in an export.
     */
    public final BooleanProperty fillLanesProperty() {
        if (fillLanes == null) {
            fillLanes = new SimpleBooleanProperty(this, "fillLanes", true);
        }
        return fillLanes;
    }

    public final boolean isFillLanes() {
        return fillLanes == null || fillLanes.get();
    }

    public final void setFillLanes(boolean value) {
        fillLanesProperty().set(value);
    }

    /**
     * The lane-label column is at least this wide, in pixels (0: as wide as the lane names need).
     * Stacked charts bind it to the widest {@link #neededLabelColumnWidthProperty()} so their
     * time axes start at the same x.
     */
    public final DoubleProperty labelColumnWidthProperty() {
        if (labelColumnWidth == null) {
            labelColumnWidth = new SimpleDoubleProperty(this, "labelColumnWidth", 0);
        }
        return labelColumnWidth;
    }

    public final double getLabelColumnWidth() {
        return labelColumnWidth == null ? 0 : labelColumnWidth.get();
    }

    public final void setLabelColumnWidth(double value) {
        labelColumnWidthProperty().set(value);
    }

    /** How wide the label column must be for this chart's lane names at its scale (0 without a model). */
    public final ReadOnlyDoubleProperty neededLabelColumnWidthProperty() {
        return neededLabelColumnWidth.getReadOnlyProperty();
    }

    public final double getNeededLabelColumnWidth() {
        return neededLabelColumnWidth.get();
    }

    /** Called by the skin when the model's lanes or the scale change the label column's need. */
    void setNeededLabelColumnWidth(double value) {
        if (value != neededLabelColumnWidth.get()) {
            neededLabelColumnWidth.set(value);
        }
    }

    /** The colours in effect, resolved from the scene's CSS tokens (light until CSS says otherwise). */
    public final ReadOnlyObjectProperty<ChartTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public final ChartTheme getTheme() {
        return theme.get();
    }

    /** Called by the skin when CSS resolves; equal themes are ignored so a CSS pass does not redraw. */
    void setResolvedTheme(ChartTheme value) {
        if (!value.equals(theme.get())) {
            theme.set(value);
        }
    }

    // --- actions ---

    /** Shows the whole trace. */
    public void fit() {
        TraceModel m = getModel();
        long end = m == null ? 0 : m.endNs();
        long length = end <= 0 ? DEFAULT_WINDOW_NS : end + Math.max(end / 50, 1);
        setWindowStart(0);
        setWindowLength(length);
    }

    public void zoomIn() {
        zoomBy(ZOOM_STEP, getWindowStart() + getWindowLength() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, getWindowStart() + getWindowLength() / 2);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping loop time {@code anchorNs} where it is on
     * screen, as a wheel zoom around the mouse should. While following live the right edge
     * stays on the newest time instead.
     */
    public void zoomBy(double factor, long anchorNs) {
        long oldLength = getWindowLength();
        long newLength = Math.max(MIN_WINDOW_NS, Math.round(oldLength / factor));
        double anchorFraction = (anchorNs - getWindowStart()) / (double) oldLength;
        setWindowLength(newLength);
        setWindowStart(Math.round(anchorNs - anchorFraction * newLength));
        requestRedraw();
    }

    /** Moves the window by {@code deltaNs} (negative is back in time); the user left the live edge. */
    public void panBy(long deltaNs) {
        setFollowLive(false);
        setWindowStart(getWindowStart() + deltaNs);
    }

    /** Asks for a redraw at the next pulse; cheap, call it after every model change. */
    public void requestRedraw() {
        redrawRequest.run();
    }

    void setRedrawRequest(Runnable request) {
        this.redrawRequest = request == null ? () -> { } : request;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GanttChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return GanttChart.class.getResource("/styles/gantt.css").toExternalForm();
    }

    // --- CSS ---

    private static final class StyleableProperties {
        private static final CssMetaData<GanttChart, Number> CHART_SCALE =
                new CssMetaData<>("-ls-chart-scale", StyleConverter.getSizeConverter(), 1.0) {
                    @Override
                    public boolean isSettable(GanttChart chart) {
                        return chart.chartScale == null || !chart.chartScale.isBound();
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public StyleableProperty<Number> getStyleableProperty(GanttChart chart) {
                        return (StyleableProperty<Number>) chart.chartScaleProperty();
                    }
                };

        private static final List<CssMetaData<? extends Styleable, ?>> STYLEABLES;

        static {
            List<CssMetaData<? extends Styleable, ?>> styleables = new ArrayList<>(Control.getClassCssMetaData());
            styleables.add(CHART_SCALE);
            STYLEABLES = Collections.unmodifiableList(styleables);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.STYLEABLES;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
