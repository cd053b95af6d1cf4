package org.loopscope.gantt.render;

/**
 * What part of a trace to draw and how: the time window, the viewport size in logical pixels,
 * the vertical scroll offset of the lanes, the toggles and the sizing. Immutable, so the JavaFX
 * skin can compare the view it drew with the current one to decide whether to draw again.
 *
 * @param startNs      first loop time shown
 * @param endNs        last loop time shown
 * @param width        viewport width in logical pixels
 * @param height       viewport height; lanes below it are culled
 * @param scrollY      how far the lanes are scrolled up, in pixels
 * @param arrows       draw wake-up arrows
 * @param callouts     draw callouts
 * @param selectedLane lane drawn highlighted, or -1
 * @param transparent  leave the background unpainted (for PNGs laid over slides)
 * @param scale        size of text, rows, axis, legend and marks: 1 normally, 1.5 for large text
 * @param fillLanes    grow the lane rows to fill the viewport when they all fit (screen only;
 *                     an export is as tall as its lanes, so it has nothing to fill)
 * @param minLabelColumn the lane-label column is at least this wide (0: as wide as the names
 *                     need); stacked charts set it to the widest need so their time axes line up
 */
public record ChartView(long startNs, long endNs, double width, double height, double scrollY,
                        boolean arrows, boolean callouts, int selectedLane, boolean transparent,
                        double scale, boolean fillLanes, double minLabelColumn) {
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 4;

    public ChartView {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be " + MIN_SCALE + ".." + MAX_SCALE + ": " + scale);
        }
        minLabelColumn = Math.max(0, minLabelColumn);
    }

    /** A view at scale 1 with compact lanes and the label column the names need. */
    public ChartView(long startNs, long endNs, double width, double height, double scrollY,
                     boolean arrows, boolean callouts, int selectedLane, boolean transparent) {
        this(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, transparent, 1, false, 0);
    }

    /** A view of {@code [startNs, endNs)} with arrows and callouts on, nothing selected. */
    public static ChartView of(long startNs, long endNs, double width, double height) {
        return new ChartView(startNs, endNs, width, height, 0, true, true, -1, false);
    }

    public ChartView withWindow(long newStart, long newEnd) {
        return new ChartView(newStart, newEnd, width, height, scrollY, arrows, callouts, selectedLane, transparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withSize(double newWidth, double newHeight) {
        return new ChartView(startNs, endNs, newWidth, newHeight, scrollY, arrows, callouts, selectedLane, transparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withScrollY(double newScrollY) {
        return new ChartView(startNs, endNs, width, height, newScrollY, arrows, callouts, selectedLane, transparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withToggles(boolean newArrows, boolean newCallouts) {
        return new ChartView(startNs, endNs, width, height, scrollY, newArrows, newCallouts, selectedLane, transparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withSelectedLane(int lane) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, lane, transparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withTransparent(boolean newTransparent) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, newTransparent,
                scale, fillLanes, minLabelColumn);
    }

    public ChartView withScale(double newScale) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, transparent,
                newScale, fillLanes, minLabelColumn);
    }

    public ChartView withFillLanes(boolean newFillLanes) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, transparent,
                scale, newFillLanes, minLabelColumn);
    }

    public ChartView withMinLabelColumn(double newMinLabelColumn) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, transparent,
                scale, fillLanes, newMinLabelColumn);
    }
}
