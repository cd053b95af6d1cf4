package org.loopscope.gantt.render;

/**
 * The small drawing vocabulary the chart is drawn with. One renderer talks to this interface
 * and the screen (JavaFX canvas), PNG (Java2D) and SVG backends implement it, so the three
 * pictures cannot drift apart. Coordinates are logical pixels; a backend applies its own
 * scale (HiDPI, export scale).
 */
public interface ChartPainter {
    void fillRect(double x, double y, double w, double h, Rgba color);

    void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth);

    /** A filled polygon (arrowheads, mark symbols). */
    void fillPolygon(double[] xs, double[] ys, Rgba color);

    /** Text with its vertical centre at {@code y}; {@code x} is placed per {@link TextStyle#align()}. */
    void text(String text, double x, double y, TextStyle style);

    /** Width the text would take; the default is an estimate a backend without fonts (SVG) can use. */
    default double textWidth(String text, double size, boolean bold) {
        return TextMetrics.estimateWidth(text, size, bold);
    }

    /** Restricts drawing to the rectangle (intersected with any current clip) until {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();

    /** Hatch lines over the rectangle (the fill underneath is drawn separately). */
    default void hatchRect(double x, double y, double w, double h, Rgba color, Hatch hatch) {
        hatch.lines(x, y, w, h, (x1, y1, x2, y2) -> line(x1, y1, x2, y2, color, 1));
    }

    /**
     * Says what the following shapes show (a state on a lane) until {@link #clearTag()}; the SVG
     * backend writes it as attributes so the picture can be read back, the others ignore it.
     */
    default void tag(String state, int lane) {
    }

    default void clearTag() {
    }
}
