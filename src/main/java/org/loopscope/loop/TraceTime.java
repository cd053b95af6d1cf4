package org.loopscope.loop;

/**
 * Timestamps for what the loop thread traces. Two kinds of read:
 * <ul>
 *   <li>{@link #exact()}: the clock, for moments that stand alone (idle, blocking calls, exits);
 *   <li>{@link #coarse()}: for the switch path (a step ends, a task becomes ready). On a virtual
 *       clock it is exact (reading it is a field load). On the real clock, where a read costs
 *       ~19 ns against a ~120 ns task switch, it reads the clock again only
 *       <ul>
 *         <li>every {@code readEvery}-th call, a count that adapts so that reads come about every
 *             {@link #READ_SPACING_NS} of loop time: steps of equal length are timed to that
 *             resolution for a fraction of a nanosecond a switch; and
 *         <li>when the {@link WallTicker} has ticked since the last read: a step longer than a
 *             tick (~1 ms) among short ones is timed exactly, not folded into the steps after it.
 *       </ul>
 * </ul>
 * Steps between two reads share a timestamp. Every read is at least the latest one handed out,
 * so trace times never go backwards. Loop thread only.
 */
final class TraceTime {
    /** Never a tick count (those stay non-negative): the next coarse read takes the slow path. */
    private static final int NO_TICK = Integer.MIN_VALUE;
    /** The loop time between two counted reads that {@code readEvery} aims at. */
    static final long READ_SPACING_NS = 20_000;
    /** At most this many coarse calls between reads, however short the steps. */
    static final int MAX_READ_EVERY = 1024;
    /** Reads spacing after a quiet spell, before the first measurement of the step rate. */
    private static final int FIRST_READ_EVERY = 16;

    private final Clock clock;
    private final boolean exactIsCheap;
    private long latest;
    // The tick count at the last exact read while this loop holds the ticker; NO_TICK otherwise
    // (a virtual clock, or the ticker released), so the switch path tests one int.
    private int seenTick = NO_TICK;
    private boolean tickerHeld;
    // Coarse calls between two counted reads, and how many are left before the next one.
    private int readEvery = FIRST_READ_EVERY;
    private int untilRead;
    // When the last coarse read went to the clock (Long.MIN_VALUE after a quiet spell).
    private long lastReadNs = Long.MIN_VALUE;

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
        if (tick == seenTick && --untilRead > 0) {
            return latest;
        }
        return readForSwitch(tick);
    }

    private long readForSwitch(int tick) {
        if (exactIsCheap) {
            return exact();
        }
        if (!tickerHeld) {
            tickerHeld = true;
            WallTicker.loopBusy();
        }
        long now = clock.now();
        int calls = readEvery - Math.max(untilRead, 0); // coarse calls since the last read, this one included
        readEvery = nextSpacing(calls, lastReadNs == Long.MIN_VALUE ? -1 : now - lastReadNs);
        untilRead = readEvery;
        lastReadNs = now;
        seenTick = tick;
        return observe(now);
    }

    /** Calls between reads so that {@code calls} calls over {@code elapsedNs} would span READ_SPACING_NS; -1: not measured. */
    static int nextSpacing(int calls, long elapsedNs) {
        if (elapsedNs < 0) {
            return FIRST_READ_EVERY;
        }
        long spacing = elapsedNs == 0 ? MAX_READ_EVERY : READ_SPACING_NS * Math.max(calls, 1) / elapsedNs;
        return (int) Math.max(1, Math.min(MAX_READ_EVERY, spacing));
    }

    /** The loop goes idle or its run ends: it needs no ticks until it runs steps again. */
    void quiet() {
        seenTick = NO_TICK;
        lastReadNs = Long.MIN_VALUE;
        if (tickerHeld) {
            tickerHeld = false;
            WallTicker.loopQuiet();
        }
    }
}
