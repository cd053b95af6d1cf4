package org.loopscope.gantt.render;

/**
 * What part of a trace to draw and how: the time window, the viewport size in logical pixels,
 * the vertical scroll offset of the lanes, and the toggles. Immutable, so the JavaFX skin can
 * compare the view it drew with the current one to decide whether to draw again.
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
 */
public record ChartView(long startNs, long endNs, double width, double height, double scrollY,
                        boolean arrows, boolean callouts, int selectedLane, boolean transparent) {

    /** A view of {@code [startNs, endNs)} with arrows and callouts on, nothing selected. */
    public static ChartView of(long startNs, long endNs, double width, double height) {
        return new ChartView(startNs, endNs, width, height, 0, true, true, -1, false);
    }

    public ChartView withWindow(long newStart, long newEnd) {
        return new ChartView(newStart, newEnd, width, height, scrollY, arrows, callouts, selectedLane, transparent);
    }

    public ChartView withSize(double newWidth, double newHeight) {
        return new ChartView(startNs, endNs, newWidth, newHeight, scrollY, arrows, callouts, selectedLane, transparent);
    }

    public ChartView withScrollY(double newScrollY) {
        return new ChartView(startNs, endNs, width, height, newScrollY, arrows, callouts, selectedLane, transparent);
    }

    public ChartView withToggles(boolean newArrows, boolean newCallouts) {
        return new ChartView(startNs, endNs, width, height, scrollY, newArrows, newCallouts, selectedLane, transparent);
    }

    public ChartView withSelectedLane(int lane) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, lane, transparent);
    }

    public ChartView withTransparent(boolean newTransparent) {
        return new ChartView(startNs, endNs, width, height, scrollY, arrows, callouts, selectedLane, newTransparent);
    }
}
