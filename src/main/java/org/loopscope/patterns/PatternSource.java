package org.loopscope.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The code a pattern shows: the guide's Python snippet ({@code patterns/<id>.py}) and the Java
 * that really runs, cut from the pattern class's own source between {@code // snippet:start}
 * and {@code // snippet:end}, with the common indentation removed.
 */
public final class PatternSource {
    private PatternSource() {
    }

    public static String python(Pattern pattern) {
        return read("/patterns/" + pattern.id() + ".py");
    }

    public static String java(Pattern pattern) {
        String source = read("/patterns/java/" + pattern.getClass().getSimpleName() + ".java");
        int start = source.indexOf("// snippet:start");
        int end = source.indexOf("// snippet:end");
        if (start < 0 || end < start) {
            return source;
        }
        String body = source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end) + 1);
        return dedent(body);
    }

    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length()))).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String read(String resource) {
        try (InputStream in = PatternSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
