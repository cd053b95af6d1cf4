package org.loopscope.gantt.render;

/** Text widths for backends that cannot measure (SVG has no font at write time). */
public final class TextMetrics {
    private TextMetrics() {
    }

    /**
     * A slightly generous estimate for a sans-serif font: labels measured this way fit in real
     * fonts too, which matters more than the odd label skipped for being "too wide".
     */
    public static double estimateWidth(String text, double size, boolean bold) {
        double perChar = bold ? 0.62 : 0.58;
        return text.length() * size * perChar;
    }

    /** Cuts the text and appends an ellipsis so that it fits {@code maxWidth}; "" if not even that fits. */
    public static String fit(ChartPainter painter, String text, double size, boolean bold, double maxWidth) {
        if (painter.textWidth(text, size, bold) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (painter.textWidth(text.substring(0, mid) + "…", size, bold) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo) + "…";
    }
}
