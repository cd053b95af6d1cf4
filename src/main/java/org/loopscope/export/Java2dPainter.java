package org.loopscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.loopscope.gantt.render.ChartPainter;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.TextStyle;

/**
 * Draws the chart with Java2D (antialiased), for PNG export and the render benchmark. Works in
 * a headless JVM. Reuses shapes and caches colours, fonts and strokes, because the renderer
 * calls it thousands of times per frame.
 */
public final class Java2dPainter implements ChartPainter {
    private static final String FONT_FAMILY = Font.SANS_SERIF;
    /** Labels repeat (a million segments share a few strings), so widths are cached up to this many. */
    private static final int MAX_MEASURED = 8192;

    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Map<Float, BasicStroke> strokes = new HashMap<>();
    private final Map<MeasureKey, Double> widths = new HashMap<>();
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Line2D.Double segment = new Line2D.Double();

    public Java2dPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        g.setColor(color(color));
        rect.setRect(x, y, w, h);
        g.fill(rect);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        g.setColor(color(color));
        g.setStroke(stroke(lineWidth));
        rect.setRect(x, y, w, h);
        g.draw(rect);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        g.setColor(color(color));
        g.setStroke(stroke(lineWidth));
        segment.setLine(x1, y1, x2, y2);
        g.draw(segment);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba color) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(color(color));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        Font font = font(style.size(), style.bold());
        g.setFont(font);
        g.setColor(color(style.color()));
        FontMetrics metrics = g.getFontMetrics(font);
        double width = metrics.getStringBounds(text, g).getWidth();
        double left = switch (style.align()) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        // Java2D places the baseline; centre the cap height on y instead.
        double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
        g.drawString(text, (float) left, (float) baseline);
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
        double width = g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth();
        widths.put(key, width);
        return width;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? new Rectangle2D.Double(-1e7, -1e7, 2e7, 2e7) : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void popClip() {
        g.setClip(clips.pop());
    }

    private Color color(Rgba rgba) {
        return colors.computeIfAbsent(rgba.argb(), argb -> new Color(argb, true));
    }

    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(new FontKey(size, bold), k -> new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) size));
    }

    private record FontKey(double size, boolean bold) {
    }

    private record MeasureKey(String text, double size, boolean bold) {
    }

    private BasicStroke stroke(double width) {
        return strokes.computeIfAbsent((float) width, w -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }
}
