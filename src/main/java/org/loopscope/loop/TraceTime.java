package org.loopscope.loop;

/**
 * Timestamps for what the loop thread traces. Two kinds of read:
 * <ul>
 *   <li>{@link #exact()}: the clock, for moments that stand alone (idle, blocking calls, exits);
 *   <li>{@link #coarse()}: for the switch path (a step ends, a task becomes ready). On a virtual
 *       clock it is exact (reading it is a field load). On the real clock it re-reads the clock
 *       only when the {@link WallTicker} has ticked since the last read, so steps shorter than a
 *       tick share a timestamp and a step that spans a tick is timed exactly.
 * </ul>
 * Every read is at least the latest one handed out, so trace times never go backwards.
 * Loop thread only.
 */
final class TraceTime {
    /** Never a tick count (those stay non-negative): the next coarse read takes the slow path. */
    private static final int NO_TICK = Integer.MIN_VALUE;

    private final Clock clock;
    private final boolean exactIsCheap;
    private long latest;
    // The tick count at the last exact read while this loop holds the ticker; NO_TICK otherwise
    // (a virtual clock, or the ticker released), so the switch path tests one int.
    private int seenTick = NO_TICK;
    private boolean tickerHeld;

    TraceTime(Clock clock) {
        this.clock = clock;
        this.exactIsCheap = clock.isVirtual();
    }

    long exact() {
        return observe(clock.now());
    }

    /** A clock value the loop read anyway (once per iteration); returns the trace time for it. */
    long observe(long now) {
        if (now > latest) {
            latest = now;
        }
        return latest;
    }

    long coarse() {
        int tick = WallTicker.ticks();
        return tick == seenTick ? latest : tickedOrFirst(tick);
    }

    private long tickedOrFirst(int tick) {
        if (exactIsCheap) {
            return exact();
        }
        if (!tickerHeld) {
            tickerHeld = true;
            WallTicker.loopBusy();
        }
        seenTick = tick;
        return exact();
    }

    /** The loop goes idle or its run ends: it needs no ticks until it runs steps again. */
    void quiet() {
        seenTick = NO_TICK;
        if (tickerHeld) {
            tickerHeld = false;
            WallTicker.loopQuiet();
        }
    }
}
