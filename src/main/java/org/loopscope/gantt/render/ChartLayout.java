package org.loopscope.gantt.render;

/**
 * Where everything goes, in logical pixels: the header (title and legend), the time axis
 * under it, the lane-label column on the left and the lanes, one row each, below the axis.
 * Header and axis stay put while the lanes scroll underneath them.
 *
 * <p>The constants are the sizes at scale 1; every layer multiplies them by {@link #scale()}
 * (see {@link #px}), so large-text mode grows text, rows, axis, legend and marks together and
 * the screen, PNG and SVG agree. The lane height may be taller than {@code LANE_HEIGHT × scale}
 * when the view asks to fill its height ({@link ChartView#fillLanes()}).
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
 * @param scale        size factor of everything drawn (1 normally, 1.5 for large text)
 * @param laneHeight   height of one lane row
 */
public record ChartLayout(double width, double height, double headerHeight, double plotTop, double plotX,
                          double plotWidth, double scrollY, int[] laneOrder, int[] rowOfLane, TimeAxis axis,
                          double scale, double laneHeight) {
    public static final double MARGIN = 10;
    public static final double TITLE_ROW = 28;
    public static final double AXIS_HEIGHT = 24;
    public static final double LANE_HEIGHT = 24;
    /** Space above and below a bar inside a row of {@link #LANE_HEIGHT}; taller rows keep the proportion. */
    public static final double BAR_INSET = 4;
    public static final double LABEL_FONT = 12;
    public static final double MIN_LABEL_COLUMN = 80;
    public static final double MAX_LABEL_COLUMN = 260;
    /**
     * Filled rows grow up to this many times their base height: beyond it a 3-lane chart's bars
     * turn into slabs, and the eye has to travel too far between a lane's label and its bars.
     */
    public static final double MAX_FILL = 2.0;

    /** Lays out a view given the label column width and the header height (both depend on text widths). */
    public static ChartLayout of(ChartView view, int[] laneOrder, double labelColumn, double headerHeight) {
        double scale = view.scale();
        double plotX = Math.max(labelColumn, view.minLabelColumn());
        double plotWidth = Math.max(view.width() - plotX - MARGIN * scale * 2, 1);
        double plotTop = headerHeight + AXIS_HEIGHT * scale;
        int[] rowOfLane = new int[laneOrder.length];
        for (int row = 0; row < laneOrder.length; row++) {
            rowOfLane[laneOrder[row]] = row;
        }
        double base = LANE_HEIGHT * scale;
        double laneHeight = view.fillLanes()
                ? filledLaneHeight(base, laneOrder.length, view.height() - plotTop - MARGIN * scale) : base;
        TimeAxis axis = TimeAxis.ofWindow(view.startNs(), view.endNs(), plotX, plotWidth);
        return new ChartLayout(view.width(), view.height(), headerHeight, plotTop, plotX, plotWidth,
                view.scrollY(), laneOrder, rowOfLane, axis, scale, laneHeight);
    }

    /**
     * The row height that spreads {@code rows} over {@code room} pixels, between the base height
     * and {@link #MAX_FILL} times it, in whole pixels so row edges stay crisp. When the rows do
     * not fit anyway they keep the base height and scroll.
     */
    static double filledLaneHeight(double base, int rows, double room) {
        if (rows <= 0 || rows * base >= room) {
            return base;
        }
        return Math.max(base, Math.min(base * MAX_FILL, Math.floor(room / rows)));
    }

    /** Height that shows every lane unscrolled at scale 1: what an export's image height is. */
    public static double fullHeight(int laneCount, double headerHeight) {
        return fullHeight(laneCount, headerHeight, 1);
    }

    /** Height that shows every lane unscrolled, at their base height, at a scale. */
    public static double fullHeight(int laneCount, double headerHeight, double scale) {
        return headerHeight + (AXIS_HEIGHT + laneCount * LANE_HEIGHT + MARGIN) * scale;
    }

    /** A size given at scale 1, at this layout's scale. */
    public double px(double size) {
        return size * scale;
    }

    public double margin() {
        return MARGIN * scale;
    }

    public double axisHeight() {
        return AXIS_HEIGHT * scale;
    }

    /** Space above and below a bar inside its row, in proportion to the row. */
    public double barInset() {
        return laneHeight * BAR_INSET / LANE_HEIGHT;
    }

    /** Height of a bar inside its row. */
    public double barHeight() {
        return laneHeight - 2 * barInset();
    }

    public double labelFont() {
        return LABEL_FONT * scale;
    }

    public int rows() {
        return laneOrder.length;
    }

    /** Total height of all lane rows (for the vertical scroll bar). */
    public double contentHeight() {
        return rows() * laneHeight;
    }

    /** Height of the part of the viewport that shows lanes. */
    public double lanesViewportHeight() {
        return Math.max(height - plotTop, 0);
    }

    public double rowTop(int row) {
        return plotTop + row * laneHeight - scrollY;
    }

    public double laneTop(int lane) {
        return rowTop(rowOfLane[lane]);
    }

    /** Vertical centre of a lane's bar, where arrows and marks attach. */
    public double laneCenter(int lane) {
        return laneTop(lane) + laneHeight / 2;
    }

    /** First row at least partly visible under the axis. */
    public int firstVisibleRow() {
        return (int) Math.max(0, Math.floor(scrollY / laneHeight));
    }

    /** Row after the last visible one. */
    public int endVisibleRow() {
        return (int) Math.min(rows(), Math.ceil((scrollY + lanesViewportHeight()) / laneHeight));
    }

    /** The lane under a point, or -1 if the point is not on a lane row. */
    public int laneAt(double x, double y) {
        if (y < plotTop || y >= height || x < 0 || x >= width) {
            return -1;
        }
        int row = (int) Math.floor((y - plotTop + scrollY) / laneHeight);
        return row >= 0 && row < rows() ? laneOrder[row] : -1;
    }

    public double plotRight() {
        return plotX + plotWidth;
    }
}
