package org.loopscope.export;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Everything read for one (pid, tid) thread before the model is built: its metadata and its
 * spans (from X events and matched B/E pairs) as primitive columns, in file order. Spans may
 * nest or arrive out of order here; {@link ModelAssembler} sorts and flattens them.
 */
final class LaneBuffer {
    final int pid;
    final int tid;
    String name;
    /** Loopscope lane kind ("task", ...) from thread_name args; null in foreign traces. */
    String kindLabel;
    int parentLane = -1;
    int sortIndex;
    boolean hasSortIndex;
    boolean declared;
    int markCount;
    int calloutCount;
    /** Id of the lane in the built model, -1 while unassigned or when it is not a lane. */
    int modelLane = -1;

    long[] starts = new long[4];
    long[] ends = new long[4];
    int[] nameIds = new int[4];
    int[] onIds = new int[4];
    long[] lateNs = new long[4];
    /** SegmentState ordinal guessed from the name (Loopscope files), -1 when it is not a state. */
    byte[] states = new byte[4];
    int size;

    private long[] openStarts = new long[4];
    private int[] openNames = new int[4];
    private int openDepth;

    LaneBuffer(int pid, int tid) {
        this.pid = pid;
        this.tid = tid;
    }

    void add(long start, long end, int nameId, int onId, long late, int state) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            nameIds = Arrays.copyOf(nameIds, capacity);
            onIds = Arrays.copyOf(onIds, capacity);
            lateNs = Arrays.copyOf(lateNs, capacity);
            states = Arrays.copyOf(states, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        nameIds[size] = nameId;
        onIds[size] = onId;
        lateNs[size] = late;
        states[size] = (byte) state;
        size++;
    }

    /** A B event: a call opens; it becomes a span when its E arrives. */
    void begin(long ts, int nameId) {
        if (openDepth == openStarts.length) {
            openStarts = Arrays.copyOf(openStarts, openDepth * 2);
            openNames = Arrays.copyOf(openNames, openDepth * 2);
        }
        openStarts[openDepth] = ts;
        openNames[openDepth] = nameId;
        openDepth++;
    }

    /**
     * An E event closes the innermost open B. Returns false if nothing was open (an orphan E).
     *
     * @throws IllegalArgumentException if the E is before its B
     */
    boolean end(long ts, IntUnaryOperator stateOfName) {
        if (openDepth == 0) {
            return false;
        }
        openDepth--;
        long start = openStarts[openDepth];
        if (ts < start) {
            throw new IllegalArgumentException("E event at " + TimeText.decimal(ts, TimeText.MICROS)
                    + " µs is before its B at " + TimeText.decimal(start, TimeText.MICROS) + " µs");
        }
        add(start, ts, openNames[openDepth], -1, 0, stateOfName.applyAsInt(openNames[openDepth]));
        return true;
    }

    int openCount() {
        return openDepth;
    }

    /** Closes calls still open at the end of the file (the program was cut off mid-call) at {@code endNs}. */
    void closeOpenCalls(long endNs, IntUnaryOperator stateOfName) {
        while (openDepth > 0) {
            end(Math.max(endNs, openStarts[openDepth - 1]), stateOfName);
        }
    }

    String displayName() {
        return name != null ? name : pid + "/" + tid;
    }
}
