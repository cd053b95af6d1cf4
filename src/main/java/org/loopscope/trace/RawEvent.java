package org.loopscope.trace;

/** Codes of the raw events a {@link TraceRecorder} stores; a {@link SegmentBuilder} turns them into segments. */
final class RawEvent {
    static final byte LANE_ADDED = 0;
    /** time = when the task could run from; arg = source lane. Preceded by WAKE. */
    static final byte READY = 1;
    /** time = when the loop learned of it; arg = WakeKind ordinal. */
    static final byte WAKE = 2;
    /**
     * A task's step begins. A bare yield is not stored: a step that began and did not end with
     * STEP_END or an exit before the next STEP_BEGIN, IDLE_BEGIN, RUN_END or a BLOCK_BEGIN on another
     * lane ended with a yield, at that event's time (one event per switch).
     */
    static final byte STEP_BEGIN = 3;
    /** arg = label id of what the task waits on, -1 if none. */
    static final byte STEP_END = 4;
    static final byte EXIT_RESULT = 5;
    static final byte EXIT_CANCELLED = 6;
    static final byte EXIT_ERROR = 7;
    static final byte IDLE_BEGIN = 8;
    static final byte IDLE_END = 9;
    static final byte BLOCK_BEGIN = 10;
    static final byte BLOCK_END = 11;
    static final byte SLOW_BEGIN = 12;
    static final byte SLOW_END = 13;
    static final byte MARK_WARNING = 14;
    static final byte MARK_PRINT = 15;
    static final byte MARK_NEVER_AWAITED = 16;
    /** The common case in one event: ready now; arg = source lane << 3 | WakeKind ordinal. */
    static final byte READY_NOW = 17;
    /** The loop's run ended (afterRun): a step still open ended with a bare yield. */
    static final byte RUN_END = 18;
    /**
     * Not an event, a record of the store only: after a STEP_BEGIN, arg more steps began at the
     * same time, each on the lane after the one before (EventColumns). Readers never see it.
     */
    static final byte STEP_RUN = 19;

    private RawEvent() {
    }

    static byte exitCode(MarkKind outcome) {
        return switch (outcome) {
            case RESULT -> EXIT_RESULT;
            case CANCELLED -> EXIT_CANCELLED;
            case ERROR -> EXIT_ERROR;
            case NEVER_AWAITED -> MARK_NEVER_AWAITED;
            case WARNING -> MARK_WARNING;
            case PRINT -> MARK_PRINT;
        };
    }

    static MarkKind markKind(byte code) {
        return switch (code) {
            case EXIT_RESULT -> MarkKind.RESULT;
            case EXIT_CANCELLED -> MarkKind.CANCELLED;
            case EXIT_ERROR -> MarkKind.ERROR;
            case MARK_NEVER_AWAITED -> MarkKind.NEVER_AWAITED;
            case MARK_WARNING -> MarkKind.WARNING;
            case MARK_PRINT -> MarkKind.PRINT;
            default -> null;
        };
    }
}
