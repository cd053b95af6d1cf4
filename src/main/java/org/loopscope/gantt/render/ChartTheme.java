package org.loopscope.gantt.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chart's colours. The single source of truth is the CSS token files
 * {@code styles/theme-light.css} and {@code styles/theme-dark.css}; {@link #load} reads them with
 * a plain token parser so the command line draws with the same colours as the window, without
 * JavaFX. Immutable.
 */
public final class ChartTheme {
    private static final Pattern TOKEN = Pattern.compile("(-ls-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private final String name;
    private final Map<ThemeColor, Rgba> colors;

    private ChartTheme(String name, Map<ThemeColor, Rgba> colors) {
        this.name = name;
        this.colors = new EnumMap<>(colors);
    }

    /** Loads {@code styles/theme-<name>.css} from the class path ("light" or "dark"). */
    public static ChartTheme load(String name) {
        String resource = "/styles/theme-" + name + ".css";
        try (InputStream in = ChartTheme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown chart theme '" + name + "' (no " + resource + ")");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static ChartTheme light() {
        return load("light");
    }

    public static ChartTheme dark() {
        return load("dark");
    }

    /** Reads every {@code -ls-token: #hex;} declaration; all tokens of {@link ThemeColor} must be present. */
    public static ChartTheme parse(String name, String css) {
        Map<String, Rgba> found = new java.util.HashMap<>();
        Matcher m = TOKEN.matcher(COMMENT.matcher(css).replaceAll(" "));
        while (m.find()) {
            found.put(m.group(1), Rgba.parseHex(m.group(2)));
        }
        Map<ThemeColor, Rgba> colors = new EnumMap<>(ThemeColor.class);
        for (ThemeColor token : ThemeColor.values()) {
            Rgba color = found.get(token.cssName());
            if (color == null) {
                throw new IllegalArgumentException("theme '" + name + "' does not declare " + token.cssName());
            }
            colors.put(token, color);
        }
        return new ChartTheme(name, colors);
    }

    /** A copy with some colours replaced (the JavaFX skin overlays what CSS resolved). */
    public ChartTheme with(Map<ThemeColor, Rgba> overrides, String newName) {
        Map<ThemeColor, Rgba> merged = new EnumMap<>(colors);
        merged.putAll(overrides);
        return new ChartTheme(newName, merged);
    }

    public String name() {
        return name;
    }

    public Rgba color(ThemeColor token) {
        return colors.get(token);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartTheme other && name.equals(other.name) && colors.equals(other.colors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, colors);
    }

    @Override
    public String toString() {
        return "ChartTheme[" + name + "]";
    }
}
