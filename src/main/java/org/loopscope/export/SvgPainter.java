package org.loopscope.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.gantt.render.ChartPainter;
import org.loopscope.gantt.render.Hatch;
import org.loopscope.gantt.render.Rgba;
import org.loopscope.gantt.render.TextStyle;

/**
 * Writes the chart as SVG text. Shapes drawn while the renderer has {@link #tag tagged} them
 * carry {@code data-state} and {@code data-lane} attributes (and a {@code class}), so the file
 * can be read back by tests and styled by whoever embeds it. Numbers are written with at most
 * two decimals in a fixed locale, so the same model always gives the same bytes.
 */
public final class SvgPainter implements ChartPainter {
    private static final String FONT_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final Map<String, String> defs = new LinkedHashMap<>();
    private int clipCount;
    private String tagAttributes = "";

    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba color) {
        body.append("<rect").append(tagAttributes).append(box(x, y, w, h)).append(fill(color)).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgba color, double lineWidth) {
        body.append("<rect").append(tagAttributes).append(box(x, y, w, h)).append(" fill=\"none\"")
                .append(stroke(color, lineWidth)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba color, double lineWidth) {
        body.append("<line").append(tagAttributes)
                .append(" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append('"')
                .append(stroke(color, lineWidth)).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba color) {
        body.append("<polygon").append(tagAttributes).append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        body.append('"').append(fill(color)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        String anchor = switch (style.align()) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-size=\"").append(num(style.size())).append('"')
                .append(style.bold() ? " font-weight=\"bold\"" : "")
                .append(" text-anchor=\"").append(anchor).append("\" dominant-baseline=\"central\"")
                .append(fill(style.color())).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        defs.put(id, "<clipPath id=\"" + id + "\"><rect" + box(x, y, w, h) + "/></clipPath>");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
    }

    @Override
    public void popClip() {
        body.append("</g>\n");
    }

    /** One rectangle filled with a reusable pattern instead of many hatch lines. */
    @Override
    public void hatchRect(double x, double y, double w, double h, Rgba color, Hatch hatch) {
        String id = "hatch-" + hatch.name().toLowerCase(java.util.Locale.ROOT) + "-" + Integer.toHexString(color.argb());
        defs.computeIfAbsent(id, key -> pattern(key, hatch, color));
        body.append("<rect").append(tagAttributes).append(box(x, y, w, h))
                .append(" fill=\"url(#").append(id).append(")\"/>\n");
    }

    @Override
    public void tag(String state, int lane) {
        String cls = escape(state);
        tagAttributes = " class=\"" + cls + "\" data-state=\"" + cls + "\" data-lane=\"" + lane + "\"";
    }

    @Override
    public void clearTag() {
        tagAttributes = "";
    }

    /** The complete SVG document. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + 4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(FONT_FAMILY).append("\">\n<defs>\n");
        defs.values().forEach(d -> out.append(d).append('\n'));
        out.append("</defs>\n").append(body).append("</svg>\n");
        return out.toString();
    }

    private static String pattern(String id, Hatch hatch, Rgba color) {
        double s = Hatch.SPACING;
        String rising = "<line x1=\"0\" y1=\"" + num(s) + "\" x2=\"" + num(s) + "\" y2=\"0\"" + stroke(color, 1) + "/>";
        String falling = hatch == Hatch.CROSS ? "<line x1=\"0\" y1=\"0\" x2=\"" + num(s) + "\" y2=\"" + num(s) + "\""
                + stroke(color, 1) + "/>" : "";
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"" + num(s) + "\" height=\"" + num(s)
                + "\">" + rising + falling + "</pattern>";
    }

    private static String box(double x, double y, double w, double h) {
        return " x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(Math.max(w, 0)) + "\" height=\""
                + num(Math.max(h, 0)) + "\"";
    }

    private static String fill(Rgba color) {
        String opacity = color.alpha() == 255 ? "" : " fill-opacity=\"" + num(color.opacity()) + "\"";
        return " fill=\"" + color.toHexRgb() + "\"" + opacity;
    }

    private static String stroke(Rgba color, double width) {
        String opacity = color.alpha() == 255 ? "" : " stroke-opacity=\"" + num(color.opacity()) + "\"";
        return " stroke=\"" + color.toHexRgb() + "\" stroke-width=\"" + num(width) + "\"" + opacity;
    }

    /** At most two decimals, no exponent, no trailing zeros, locale-independent. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Escapes XML specials and drops characters XML 1.0 cannot carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
