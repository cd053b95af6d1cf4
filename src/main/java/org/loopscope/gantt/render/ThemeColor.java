package org.loopscope.gantt.render;

/** The colour tokens of a chart theme, each named after its CSS looked-up colour. */
public enum ThemeColor {
    RUNNING("-ls-running"),
    READY("-ls-ready"),
    WAITING("-ls-waiting"),
    BLOCKING("-ls-blocking"),
    STARVED("-ls-starved"),
    LOOP_BUSY("-ls-loop-busy"),
    LOOP_IDLE("-ls-loop-idle"),
    LOOP_STALLED("-ls-loop-stalled"),
    CHART_BG("-ls-chart-bg"),
    LANE_ALT("-ls-lane-alt"),
    GRID("-ls-grid"),
    AXIS_TEXT("-ls-axis-text"),
    LANE_TEXT("-ls-lane-text"),
    SELECTION("-ls-selection"),
    ARROW("-ls-arrow"),
    CALLOUT("-ls-callout"),
    CALLOUT_BG("-ls-callout-bg"),
    RESULT("-ls-result"),
    CANCELLED("-ls-cancelled"),
    ERROR("-ls-error"),
    WARNING("-ls-warning"),
    MARK("-ls-mark");

    private final String cssName;

    ThemeColor(String cssName) {
        this.cssName = cssName;
    }

    /** The looked-up colour name, e.g. {@code -ls-running}. */
    public String cssName() {
        return cssName;
    }
}
