package org.loopscope.patterns;

import java.util.Locale;

/** The guide's chapters, in the order a browser lists them. */
public enum Category {
    BASICS, CONCURRENCY, PATTERNS, PITFALLS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
