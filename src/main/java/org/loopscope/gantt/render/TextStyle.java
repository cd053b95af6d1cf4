package org.loopscope.gantt.render;

/**
 * How a piece of chart text is drawn. The y coordinate given with it is the text's vertical
 * centre, which every backend can honour (Java2D via font metrics, JavaFX with VPos.CENTER,
 * SVG with dominant-baseline).
 */
public record TextStyle(double size, boolean bold, Rgba color, Align align) {
    /** Where the x coordinate sits relative to the text. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    public TextStyle withColor(Rgba newColor) {
        return new TextStyle(size, bold, newColor, align);
    }

    public TextStyle withAlign(Align newAlign) {
        return new TextStyle(size, bold, color, newAlign);
    }
}
