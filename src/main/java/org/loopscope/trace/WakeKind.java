package org.loopscope.trace;

import java.util.Locale;

/** What made a task ready: its timer came due, another task finished or set a future, a thread posted a result, or it yielded. */
public enum WakeKind {
    TIMER, TASK, FUTURE, THREAD, YIELD, SPAWN;

    // Computed once: labels are asked for while drawing every frame.
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    public static WakeKind fromLabel(String label) {
        for (WakeKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }
}
