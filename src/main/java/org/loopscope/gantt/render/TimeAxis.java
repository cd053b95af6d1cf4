package org.loopscope.gantt.render;

/**
 * The time↔pixel model of the plot area: loop time {@code startNs} sits at pixel {@code plotX}
 * and each pixel spans {@code nsPerPixel} nanoseconds. Doubles, because a zoomed-in view
 * puts one nanosecond across many pixels and a fitted 1-hour trace puts millions in one.
 */
public record TimeAxis(double startNs, double nsPerPixel, double plotX, double plotWidth) {
    public TimeAxis {
        if (!(nsPerPixel > 0)) {
            throw new IllegalArgumentException("nsPerPixel must be positive: " + nsPerPixel);
        }
    }

    /** The axis that shows {@code [startNs, endNs)} across {@code plotWidth} pixels. */
    public static TimeAxis ofWindow(double startNs, double endNs, double plotX, double plotWidth) {
        double span = Math.max(endNs - startNs, 1);
        return new TimeAxis(startNs, span / Math.max(plotWidth, 1), plotX, plotWidth);
    }

    public double x(double ns) {
        return plotX + (ns - startNs) / nsPerPixel;
    }

    public double ns(double x) {
        return startNs + (x - plotX) * nsPerPixel;
    }

    public double endNs() {
        return startNs + plotWidth * nsPerPixel;
    }
}
