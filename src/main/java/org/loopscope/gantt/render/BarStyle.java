package org.loopscope.gantt.render;

/**
 * Draws one bar of a given kind. States differ by texture as well as colour, so a grey-scale
 * printout still tells them apart: running is solid, ready is a light fill with an outline,
 * waiting is a faint fill on a thin baseline, blocking is solid with hatching, starved is
 * cross-hatched; on the loop lane busy is solid, idle a thin band, stalled solid and hatched.
 */
public final class BarStyle {
    /** Height of the solid band under a waiting bar and of an idle loop band. */
    private static final double BAND = 4;

    private BarStyle() {
    }

    public static void draw(ChartPainter p, ChartTheme theme, BarKind kind, double x, double y, double w, double h) {
        draw(p, theme, kind, x, y, w, h, 1);
    }

    /** Draws a bar at a chart scale: the waiting baseline and the idle band grow with it. */
    public static void draw(ChartPainter p, ChartTheme theme, BarKind kind, double x, double y, double w, double h,
                            double scale) {
        Rgba color = theme.color(kind.color());
        double band = BAND * scale;
        switch (kind) {
            case RUNNING, BUSY -> p.fillRect(x, y, w, h, color);
            case READY -> outlined(p, color, x, y, w, h, 0.35);
            case WAITING -> {
                p.fillRect(x, y, w, h, color.withOpacity(0.22));
                p.fillRect(x, y + h - band, w, band, color);
            }
            case IDLE -> p.fillRect(x, y + (h - band) / 2, w, band, color);
            case BLOCKING, STALLED -> {
                p.fillRect(x, y, w, h, color);
                if (w >= 3) {
                    p.hatchRect(x, y, w, h, color.contrastingText().withOpacity(0.55), Hatch.DIAGONAL);
                }
            }
            case STARVED -> {
                outlined(p, color, x, y, w, h, 0.30);
                if (w >= 3) {
                    p.hatchRect(x, y, w, h, color, Hatch.CROSS);
                }
            }
        }
    }

    /** The colour text written inside a bar of this kind should have. */
    public static Rgba textColor(ChartTheme theme, BarKind kind) {
        return switch (kind) {
            case WAITING, READY, STARVED, IDLE -> theme.color(ThemeColor.LANE_TEXT);
            default -> theme.color(kind.color()).contrastingText();
        };
    }

    private static void outlined(ChartPainter p, Rgba color, double x, double y, double w, double h, double fill) {
        if (w < 3) {
            p.fillRect(x, y, w, h, color.withOpacity(0.7));
            return;
        }
        p.fillRect(x, y, w, h, color.withOpacity(fill));
        p.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1, color, 1);
    }
}
