package org.loopscope.gantt.render;

import java.util.function.DoubleConsumer;

/**
 * Hatching patterns, so that states differ by texture and not only by hue (grey-scale
 * printouts, colour-blind readers). Lines sit on a fixed grid in chart coordinates, so the
 * hatching of neighbouring bars lines up instead of restarting at every bar.
 */
public enum Hatch {
    /** Lines rising to the right: blocking calls. */
    DIAGONAL,
    /** Both diagonals: a ready task starved by a stalled loop. */
    CROSS;

    /** Distance between hatch lines, in pixels. */
    public static final double SPACING = 6;

    /** Receives the end points of one clipped hatch line. */
    @FunctionalInterface
    public interface LineSink {
        void line(double x1, double y1, double x2, double y2);
    }

    /** Emits the hatch lines of this pattern clipped to the rectangle, computed without a clip. */
    public void lines(double x, double y, double w, double h, LineSink sink) {
        rising(x, y, w, h, sink);
        if (this == CROSS) {
            falling(x, y, w, h, sink);
        }
    }

    /** Lines x + y = c (rising to the right on screen, where y grows downwards). */
    private static void rising(double x, double y, double w, double h, LineSink sink) {
        forEachOffset(x + y, x + w + y + h, c -> {
            double x1 = Math.max(x, c - (y + h));
            double x2 = Math.min(x + w, c - y);
            if (x2 > x1) {
                sink.line(x1, c - x1, x2, c - x2);
            }
        });
    }

    /** Lines x - y = c (falling to the right on screen). */
    private static void falling(double x, double y, double w, double h, LineSink sink) {
        forEachOffset(x - (y + h), x + w - y, c -> {
            double x1 = Math.max(x, c + y);
            double x2 = Math.min(x + w, c + y + h);
            if (x2 > x1) {
                sink.line(x1, x1 - c, x2, x2 - c);
            }
        });
    }

    private static void forEachOffset(double from, double to, DoubleConsumer action) {
        double first = Math.ceil(from / SPACING) * SPACING;
        for (double c = first; c <= to; c += SPACING) {
            action.accept(c);
        }
    }
}
