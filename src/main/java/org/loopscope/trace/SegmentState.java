package org.loopscope.trace;

/**
 * What a lane is doing during a segment of time.
 *
 * <p>Task lanes use RUNNING, READY, WAITING and BLOCKING. The loop's own lane uses BUSY
 * (running callbacks), IDLE (waiting for the next timer or thread-safe callback) and STALLED
 * (a step is inside a blocking call or overran the slow-callback threshold). Executor worker
 * lanes use RUNNING (a job) and BLOCKING (a blocking call inside the job).
 */
public enum SegmentState {
    RUNNING, READY, WAITING, BLOCKING, BUSY, IDLE, STALLED;

    // Computed once: labels are asked for while drawing every frame.
    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    private static final SegmentState[] VALUES = values();

    /** The lowercase name used in trace files and the UI ("running", "ready", ...). */
    public String label() {
        return label;
    }

    public static SegmentState ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** Parses {@link #label()}; returns null for an unknown name. */
    public static SegmentState fromLabel(String label) {
        for (SegmentState s : VALUES) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }
}
