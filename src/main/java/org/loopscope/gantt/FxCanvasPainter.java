package org.loopscope.gantt;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.loopscope.gantt.render.ChartPainter;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.TextStyle;

/**
 * Draws the chart on a JavaFX Canvas. Colours, fonts and text widths are cached: the renderer
 * asks for the same few colours and labels thousands of times per frame, and measuring text
 * through a {@link Text} node is slow.
 */
final class FxCanvasPainter implements ChartPainter {
    /** Enough for every distinct label of a big trace; cleared rather than grown past this. */
    private static final int MAX_MEASURED = 8192;

    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Map<MeasureKey, Double> widths = new HashMap<>();
    private final Text measurer = new Text();
    private GraphicsContext gc;

    private record FontKey(double size, boolean bold) {
    }

    private record MeasureKey(String text, double size, boolean bold) {
    }

    /** Points the painter at the canvas to draw the next frame on. */
    void begin(GraphicsContext context) {
        this.gc = context;
        gc.setTextBaseline(VPos.CENTER);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        gc.setFill(color(color));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        gc.setStroke(color(color));
        gc.setLineWidth(lineWidth);
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        gc.setStroke(color(color));
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba color) {
        gc.setFill(color(color));
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        gc.setFont(font(style.size(), style.bold()));
        gc.setFill(color(style.color()));
        gc.setTextAlign(switch (style.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        MeasureKey key = new MeasureKey(text, size, bold);
        Double cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() >= MAX_MEASURED) {
            widths.clear();
        }
        measurer.setFont(font(size, bold));
        measurer.setText(text);
        double width = measurer.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
    }

    @Override
    public void popClip() {
        gc.restore();
        // restore() also resets the text baseline saved with the state; keep ours.
        gc.setTextBaseline(VPos.CENTER);
    }

    private Color color(Rgba rgba) {
        return colors.computeIfAbsent(rgba.argb(), argb -> toColor(rgba));
    }

    static Color toColor(Rgba rgba) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.opacity());
    }

    static Rgba toRgba(Color color) {
        return Rgba.of((int) Math.round(color.getRed() * 255), (int) Math.round(color.getGreen() * 255),
                (int) Math.round(color.getBlue() * 255), (int) Math.round(color.getOpacity() * 255));
    }

    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(new FontKey(size, bold),
                k -> Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }
}
