package org.loopscope.trace;

import java.util.Locale;

/** Point-in-time marks on a lane: a task's outcome, a warning, or a line the pattern printed. */
public enum MarkKind {
    RESULT, CANCELLED, ERROR, NEVER_AWAITED, WARNING, PRINT;

    // Computed once: labels are asked for while drawing every frame.
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** Lowercase, dash-separated name used in trace files ("never-awaited"). */
    public String label() {
        return label;
    }

    public boolean isOutcome() {
        return this != WARNING && this != PRINT;
    }

    public static MarkKind fromLabel(String label) {
        for (MarkKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
