package org.loopscope.gantt.render;

/**
 * Where everything goes, in logical pixels: the header (title and legend), the time axis
 * under it, the lane-label column on the left and the lanes, one row each, below the axis.
 * Header and axis stay put while the lanes scroll underneath them.
 *
 * @param width        viewport width
 * @param height       viewport height
 * @param headerHeight title plus legend rows
 * @param plotTop      y of the first lane row when not scrolled (just under the axis)
 * @param plotX        x where the time axis starts (right of the label column)
 * @param plotWidth    width of the time axis
 * @param scrollY      how far the lanes are scrolled up
 * @param laneOrder    lane id shown in each row
 * @param rowOfLane    row of each lane id (inverse of laneOrder)
 * @param axis         time↔pixel mapping
 */
public record ChartLayout(double width, double height, double headerHeight, double plotTop, double plotX,
                          double plotWidth, double scrollY, int[] laneOrder, int[] rowOfLane, TimeAxis axis) {
    public static final double MARGIN = 10;
    public static final double TITLE_ROW = 28;
    public static final double AXIS_HEIGHT = 24;
    public static final double LANE_HEIGHT = 24;
    /** Space above and below a bar inside its row. */
    public static final double BAR_INSET = 4;
    public static final double LABEL_FONT = 12;
    public static final double MIN_LABEL_COLUMN = 80;
    public static final double MAX_LABEL_COLUMN = 260;

    /** Lays out a view given the label column width and the header height (both depend on text widths). */
    public static ChartLayout of(ChartView view, int[] laneOrder, double labelColumn, double headerHeight) {
        double plotX = labelColumn;
        double plotWidth = Math.max(view.width() - plotX - MARGIN * 2, 1);
        double plotTop = headerHeight + AXIS_HEIGHT;
        int[] rowOfLane = new int[laneOrder.length];
        for (int row = 0; row < laneOrder.length; row++) {
            rowOfLane[laneOrder[row]] = row;
        }
        TimeAxis axis = TimeAxis.ofWindow(view.startNs(), view.endNs(), plotX, plotWidth);
        return new ChartLayout(view.width(), view.height(), headerHeight, plotTop, plotX, plotWidth,
                view.scrollY(), laneOrder, rowOfLane, axis);
    }

    /** Height that shows every lane unscrolled: what an export's image height is. */
    public static double fullHeight(int laneCount, double headerHeight) {
        return headerHeight + AXIS_HEIGHT + laneCount * LANE_HEIGHT + MARGIN;
    }

    public int rows() {
        return laneOrder.length;
    }

    /** Total height of all lane rows (for the vertical scroll bar). */
    public double contentHeight() {
        return rows() * LANE_HEIGHT;
    }

    /** Height of the part of the viewport that shows lanes. */
    public double lanesViewportHeight() {
        return Math.max(height - plotTop, 0);
    }

    public double rowTop(int row) {
        return plotTop + row * LANE_HEIGHT - scrollY;
    }

    public double laneTop(int lane) {
        return rowTop(rowOfLane[lane]);
    }

    /** Vertical centre of a lane's bar, where arrows and marks attach. */
    public double laneCenter(int lane) {
        return laneTop(lane) + LANE_HEIGHT / 2;
    }

    /** First row at least partly visible under the axis. */
    public int firstVisibleRow() {
        return (int) Math.max(0, Math.floor(scrollY / LANE_HEIGHT));
    }

    /** Row after the last visible one. */
    public int endVisibleRow() {
        return (int) Math.min(rows(), Math.ceil((scrollY + lanesViewportHeight()) / LANE_HEIGHT));
    }

    /** The lane under a point, or -1 if the point is not on a lane row. */
    public int laneAt(double x, double y) {
        if (y < plotTop || y >= height || x < 0 || x >= width) {
            return -1;
        }
        int row = (int) Math.floor((y - plotTop + scrollY) / LANE_HEIGHT);
        return row >= 0 && row < rows() ? laneOrder[row] : -1;
    }

    public double plotRight() {
        return plotX + plotWidth;
    }
}
