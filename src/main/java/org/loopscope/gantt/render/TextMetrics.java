package org.loopscope.gantt.render;

import java.util.ArrayList;
import java.util.List;

/** Text widths for backends that cannot measure (SVG has no font at write time), fitting and wrapping. */
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

    /**
     * Breaks the text at spaces into at most {@code maxLines} lines no wider than {@code maxWidth},
     * as evenly as it can (two lines of similar length read better in a callout than one long
     * and one short); what still does not fit ends the last line with an ellipsis.
     */
    public static List<String> wrap(ChartPainter painter, String text, double size, boolean bold, double maxWidth,
                                    int maxLines) {
        double total = painter.textWidth(text, size, bold);
        if (total <= maxWidth || maxLines <= 1) {
            return List.of(fit(painter, text, size, bold, maxWidth));
        }
        String[] words = text.trim().split(" +");
        // Try the narrowest width that still gives maxLines lines, widening in small steps.
        double step = Math.max(size, 4);
        for (double width = Math.min(maxWidth, total / maxLines); width < maxWidth + step; width += step) {
            List<String> lines = greedy(painter, words, size, bold, Math.min(width, maxWidth));
            if (lines.size() <= maxLines && widest(painter, lines, size, bold) <= maxWidth) {
                return lines;
            }
        }
        List<String> lines = greedy(painter, words, size, bold, maxWidth);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < maxLines - 1 && i < lines.size(); i++) {
            kept.add(fit(painter, lines.get(i), size, bold, maxWidth));
        }
        String rest = String.join(" ", lines.subList(Math.min(maxLines - 1, lines.size()), lines.size()));
        kept.add(fit(painter, rest, size, bold, maxWidth));
        return kept;
    }

    /** Fills each line with as many words as fit; a word wider than the line gets a line of its own. */
    private static List<String> greedy(ChartPainter painter, String[] words, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || painter.textWidth(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width of the widest line. */
    public static double widest(ChartPainter painter, List<String> lines, double size, boolean bold) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, painter.textWidth(line, size, bold));
        }
        return widest;
    }
}
