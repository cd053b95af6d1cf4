package org.loopscope.asyncio;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Formats values the way Python's print and repr do, so output reads like the guide's. */
public final class PyRepr {
    private PyRepr() {
    }

    /** print(a, b): str() of each, separated by spaces. */
    public static String printed(Object... values) {
        StringJoiner line = new StringJoiner(" ");
        for (Object v : values) {
            line.add(str(v));
        }
        return line.toString();
    }

    public static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    public static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        if (v instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            c.forEach(x -> j.add(repr(x)));
            return j.toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.forEach((k, x) -> j.add(repr(k) + ": " + repr(x)));
            return j.toString();
        }
        if (v instanceof Throwable t) {
            return t.getClass().getSimpleName() + "(" + (t.getMessage() == null ? "" : repr(t.getMessage())) + ")";
        }
        return String.valueOf(v);
    }
}
