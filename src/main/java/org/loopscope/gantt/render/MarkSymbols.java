package org.loopscope.gantt.render;

import org.loopscope.trace.MarkKind;

/**
 * The symbol of each mark kind, drawn with shapes rather than font glyphs (fonts on a headless
 * build machine may lack ✓ or ✕). Each kind differs by shape as well as colour:
 * result = circle with a tick, cancelled = square with a cross, error = diamond with "!",
 * never awaited = hollow ring, warning = triangle with "!", print = a short tick at the top.
 */
public final class MarkSymbols {
    private MarkSymbols() {
    }

    public static ThemeColor color(MarkKind kind) {
        return switch (kind) {
            case RESULT -> ThemeColor.RESULT;
            case CANCELLED -> ThemeColor.CANCELLED;
            case ERROR -> ThemeColor.ERROR;
            case NEVER_AWAITED, WARNING -> ThemeColor.WARNING;
            case PRINT -> ThemeColor.MARK;
        };
    }

    /** Draws the symbol centred on (x, y) with radius r, over a halo in the chart background colour. */
    public static void draw(ChartPainter p, ChartTheme theme, MarkKind kind, double x, double y, double r) {
        Rgba color = theme.color(color(kind));
        Rgba halo = theme.color(ThemeColor.CHART_BG);
        Rgba ink = color.contrastingText();
        switch (kind) {
            case RESULT -> {
                p.fillPolygon(circleXs(x, r + 1.5), circleYs(y, r + 1.5), halo);
                p.fillPolygon(circleXs(x, r), circleYs(y, r), color);
                p.line(x - r * 0.5, y, x - r * 0.1, y + r * 0.45, ink, 1.5);
                p.line(x - r * 0.1, y + r * 0.45, x + r * 0.55, y - r * 0.45, ink, 1.5);
            }
            case CANCELLED -> {
                p.fillRect(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3, halo);
                p.fillRect(x - r, y - r, 2 * r, 2 * r, color);
                p.line(x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.5, ink, 1.5);
                p.line(x - r * 0.5, y + r * 0.5, x + r * 0.5, y - r * 0.5, ink, 1.5);
            }
            case ERROR -> {
                double d = r * 1.3;
                p.fillPolygon(new double[] {x, x + d + 1.5, x, x - d - 1.5}, new double[] {y - d - 1.5, y, y + d + 1.5, y}, halo);
                p.fillPolygon(new double[] {x, x + d, x, x - d}, new double[] {y - d, y, y + d, y}, color);
                exclamation(p, x, y, r, ink);
            }
            case NEVER_AWAITED -> ring(p, x, y, r, halo, color);
            case WARNING -> {
                double h = r * 1.2;
                p.fillPolygon(new double[] {x, x + h + 2, x - h - 2}, new double[] {y - h - 2, y + h + 1, y + h + 1}, halo);
                p.fillPolygon(new double[] {x, x + h, x - h}, new double[] {y - h, y + h, y + h}, color);
                exclamation(p, x, y + r * 0.2, r * 0.8, ink);
            }
            case PRINT -> p.line(x, y - r - 2, x, y - r + 4, color, 2);
        }
    }

    private static void exclamation(ChartPainter p, double x, double y, double r, Rgba ink) {
        p.line(x, y - r * 0.55, x, y + r * 0.15, ink, 1.6);
        p.fillRect(x - 0.8, y + r * 0.35, 1.6, 1.6, ink);
    }

    private static void ring(ChartPainter p, double x, double y, double r, Rgba halo, Rgba color) {
        p.fillPolygon(circleXs(x, r + 1.5), circleYs(y, r + 1.5), halo);
        double[] xs = circleXs(x, r);
        double[] ys = circleYs(y, r);
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            p.line(xs[i], ys[i], xs[j], ys[j], color, 2);
        }
    }

    private static final int CIRCLE_POINTS = 12;

    private static double[] circleXs(double cx, double r) {
        double[] xs = new double[CIRCLE_POINTS];
        for (int i = 0; i < CIRCLE_POINTS; i++) {
            xs[i] = cx + r * Math.cos(2 * Math.PI * i / CIRCLE_POINTS);
        }
        return xs;
    }

    private static double[] circleYs(double cy, double r) {
        double[] ys = new double[CIRCLE_POINTS];
        for (int i = 0; i < CIRCLE_POINTS; i++) {
            ys[i] = cy + r * Math.sin(2 * Math.PI * i / CIRCLE_POINTS);
        }
        return ys;
    }
}
