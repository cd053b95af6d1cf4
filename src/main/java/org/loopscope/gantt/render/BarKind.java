package org.loopscope.gantt.render;

import java.util.Locale;
import org.loopscope.trace.SegmentState;

/**
 * How a bar looks: one per segment state, plus STARVED (a ready task while the loop is
 * stalled), which is not a state of the task but of the moment.
 */
public enum BarKind {
    RUNNING, READY, WAITING, BLOCKING, STARVED, BUSY, IDLE, STALLED;

    private static final BarKind[] BY_STATE = {RUNNING, READY, WAITING, BLOCKING, BUSY, IDLE, STALLED};

    static {
        for (SegmentState s : SegmentState.values()) {
            if (!BY_STATE[s.ordinal()].name().equals(s.name())) {
                throw new AssertionError("BarKind order must follow SegmentState: " + s);
            }
        }
    }

    public static BarKind of(SegmentState state) {
        return BY_STATE[state.ordinal()];
    }

    /** Lowercase name, written as data-state in SVG ("running", "starved", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme colour of bars of this kind. */
    public ThemeColor color() {
        return switch (this) {
            case RUNNING -> ThemeColor.RUNNING;
            case READY -> ThemeColor.READY;
            case WAITING -> ThemeColor.WAITING;
            case BLOCKING -> ThemeColor.BLOCKING;
            case STARVED -> ThemeColor.STARVED;
            case BUSY -> ThemeColor.LOOP_BUSY;
            case IDLE -> ThemeColor.LOOP_IDLE;
            case STALLED -> ThemeColor.LOOP_STALLED;
        };
    }
}
