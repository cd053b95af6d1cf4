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
import org.loopscope.gantt.render.Hatch;
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
    private final Map<HatchKey, javafx.scene.paint.ImagePattern> hatchTiles = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Map<MeasureKey, Double> widths = new HashMap<>();
    private final Text measurer = new Text();
    private GraphicsContext gc;
    private final ClipStack clip = new ClipStack();

    record HatchKey(Rgba color, Hatch hatch) {
    }

    private record FontKey(double size, boolean bold) {
    }

    private record MeasureKey(String text, double size, boolean bold) {
    }

    /** Points the painter at the canvas to draw the next frame on. */
    void begin(GraphicsContext context) {
        this.gc = context;
        clip.reset(context.getCanvas().getWidth(), context.getCanvas().getHeight());
        gc.setTextBaseline(VPos.CENTER);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        if (clip.clampRect(x, y, w, h)) {
            gc.setFill(color(color));
            gc.fillRect(clip.rx, clip.ry, clip.rw, clip.rh);
        }
    }

    /**
     * A rectangle's outline as four filled bands, centred on its edges as a stroke is: the
     * software pipeline strokes a rectangle through its antialiased shape rasterizer, three times
     * slower than four fills, and more for a tall one (see {@link #line}).
     */
    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        double half = lineWidth / 2;
        if (w <= lineWidth || h <= lineWidth) {
            fillRect(x - half, y - half, w + lineWidth, h + lineWidth, color);
            return;
        }
        fillRect(x - half, y - half, w + lineWidth, lineWidth, color);
        fillRect(x - half, y + h - half, w + lineWidth, lineWidth, color);
        fillRect(x - half, y + half, lineWidth, h - lineWidth, color);
        fillRect(x + w - half, y + half, lineWidth, h - lineWidth, color);
    }

    /**
     * A vertical or horizontal line is filled as the rectangle its stroke covers (the canvas's
     * square caps included): on the software pipeline a stroked vertical line costs its
     * rasterizer about a row of work per pixel of length, 4.2 µs for 14 px against 0.9 µs for the
     * fill, and a live frame draws dozens of full-height grid lines and wake-up arrows — a quarter
     * of the renderer's time in {@code bench live} (JFR). Other lines are stroked.
     */
    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        double half = lineWidth / 2;
        if (x1 == x2) {
            fillRect(x1 - half, Math.min(y1, y2) - half, lineWidth, Math.abs(y2 - y1) + lineWidth, color);
        } else if (y1 == y2) {
            fillRect(Math.min(x1, x2) - half, y1 - half, Math.abs(x2 - x1) + lineWidth, lineWidth, color);
        } else if (clip.clampLine(x1, y1, x2, y2)) {
            gc.setStroke(color(color));
            gc.setLineWidth(lineWidth);
            gc.strokeLine(clip.lx1, clip.ly1, clip.lx2, clip.ly2);
        }
    }

    /**
     * Hatching as one pattern fill instead of a stroke per line: the software pipeline strokes
     * antialiased lines slowly, and a live chart hatches every stalled and blocking bar each frame.
     * The tile repeats from the canvas origin, so the lines sit on the same grid as the other painters'.
     */
    @Override
    public void hatchRect(double x, double y, double w, double h, Rgba color, Hatch hatch) {
        if (clip.clampRect(x, y, w, h)) {
            gc.setFill(hatchTiles.computeIfAbsent(new HatchKey(color, hatch), HatchTiles::pattern));
            gc.fillRect(clip.rx, clip.ry, clip.rw, clip.rh);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba color) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        drawClipped(minX, minY, maxX - minX, maxY - minY, () -> {
            gc.setFill(color(color));
            gc.fillPolygon(xs, ys, xs.length);
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        // Text is drawn when its anchor is inside the clip: the layers already cut labels to fit.
        drawClipped(x, y, 0, 0, () -> {
            gc.setFont(font(style.size(), style.bold()));
            gc.setFill(color(style.color()));
            gc.setTextAlign(switch (style.align()) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
            gc.fillText(text, x, y);
        });
    }

    /**
     * Draws a shape whose bounds are given unless it lies wholly outside the clip. The canvas's
     * own clip is never used: on the software pipeline each use costs a blend of the whole canvas,
     * which made a live frame four times slower. A mark or arrowhead at the very edge of the plot
     * may overhang it by a few pixels; the label column and axis, drawn later, cover the overhang.
     */
    private void drawClipped(double x, double y, double w, double h, Runnable draw) {
        if (clip.classify(x, y, w, h) != ClipStack.Relation.OUTSIDE) {
            draw.run();
        }
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
        clip.push(x, y, w, h);
    }

    @Override
    public void popClip() {
        clip.pop();
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
