package org.loopscope.export;

import org.loopscope.gantt.render.ChartTheme;

/**
 * How to export a chart.
 *
 * @param theme       colours (light or dark, see {@link ChartTheme#load})
 * @param scale       pixels per logical pixel in a PNG: 1, 2 or 3 (ignored by SVG)
 * @param pixelWidth  final image width in pixels, or 0 for {@link #DEFAULT_WIDTH} × scale
 * @param transparent leave the background transparent instead of the theme's
 * @param arrows      draw wake-up arrows
 * @param callouts    draw callouts
 */
public record ExportOptions(ChartTheme theme, int scale, int pixelWidth, boolean transparent,
                            boolean arrows, boolean callouts) {
    /** Logical width of an export when none is asked for: readable on a slide and in a README. */
    public static final int DEFAULT_WIDTH = 1200;
    public static final int MAX_SCALE = 4;

    public ExportOptions {
        if (theme == null) {
            throw new IllegalArgumentException("theme is required");
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1.." + MAX_SCALE + ": " + scale);
        }
        if (pixelWidth < 0 || pixelWidth > 0 && pixelWidth < 200) {
            throw new IllegalArgumentException("width must be at least 200 pixels: " + pixelWidth);
        }
    }

    /** Light theme, scale 1, default width, opaque, arrows and callouts on. */
    public static ExportOptions defaults() {
        return new ExportOptions(ChartTheme.light(), 1, 0, false, true, true);
    }

    public ExportOptions withTheme(ChartTheme newTheme) {
        return new ExportOptions(newTheme, scale, pixelWidth, transparent, arrows, callouts);
    }

    public ExportOptions withScale(int newScale) {
        return new ExportOptions(theme, newScale, pixelWidth, transparent, arrows, callouts);
    }

    public ExportOptions withPixelWidth(int newWidth) {
        return new ExportOptions(theme, scale, newWidth, transparent, arrows, callouts);
    }

    public ExportOptions withTransparent(boolean newTransparent) {
        return new ExportOptions(theme, scale, pixelWidth, newTransparent, arrows, callouts);
    }

    public ExportOptions withToggles(boolean newArrows, boolean newCallouts) {
        return new ExportOptions(theme, scale, pixelWidth, transparent, newArrows, newCallouts);
    }

    /** Width of the layout in logical pixels. */
    double logicalWidth() {
        return pixelWidth == 0 ? DEFAULT_WIDTH : pixelWidth / (double) scale;
    }

    int imageWidth() {
        return pixelWidth == 0 ? DEFAULT_WIDTH * scale : pixelWidth;
    }
}
