package org.loopscope.gantt.render;

import java.util.Locale;

/**
 * A colour as one packed ARGB int, the form every backend (Java2D, JavaFX, SVG) converts from.
 * A record so that two equal colours compare equal and can key a cache.
 */
public record Rgba(int argb) {
    public static final Rgba TRANSPARENT = new Rgba(0);
    public static final Rgba BLACK = of(0, 0, 0);
    public static final Rgba WHITE = of(255, 255, 255);

    public static Rgba of(int red, int green, int blue) {
        return of(red, green, blue, 255);
    }

    public static Rgba of(int red, int green, int blue, int alpha) {
        return new Rgba((alpha & 0xFF) << 24 | (red & 0xFF) << 16 | (green & 0xFF) << 8 | (blue & 0xFF));
    }

    /** Parses {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa} (alpha last, as CSS writes it). */
    public static Rgba parseHex(String text) {
        String hex = text.trim();
        if (!hex.startsWith("#")) {
            throw new IllegalArgumentException("not a hex colour: " + text);
        }
        hex = hex.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.length() != 6 && hex.length() != 8) {
            throw new IllegalArgumentException("not a hex colour: " + text);
        }
        try {
            long value = Long.parseLong(hex, 16);
            int alpha = hex.length() == 8 ? (int) (value & 0xFF) : 255;
            int rgb = (int) (hex.length() == 8 ? value >>> 8 : value);
            return new Rgba(alpha << 24 | rgb & 0xFFFFFF);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a hex colour: " + text, e);
        }
    }

    public int red() {
        return argb >>> 16 & 0xFF;
    }

    public int green() {
        return argb >>> 8 & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    public int alpha() {
        return argb >>> 24;
    }

    /** Opacity in 0..1, as JavaFX and SVG want it. */
    public double opacity() {
        return alpha() / 255.0;
    }

    public Rgba withOpacity(double opacity) {
        return of(red(), green(), blue(), (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255));
    }

    /** Relative luminance (WCAG), used to choose readable text on a filled bar. */
    public double luminance() {
        return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
    }

    /** Black or white, whichever reads better on this colour. */
    public Rgba contrastingText() {
        return luminance() > 0.35 ? of(20, 20, 20) : WHITE;
    }

    /** {@code #rrggbb}, the form SVG attributes use (opacity goes in its own attribute). */
    public String toHexRgb() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red(), green(), blue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
