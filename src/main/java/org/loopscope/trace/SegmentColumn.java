package org.loopscope.trace;

import java.util.Arrays;

/**
 * The closed segments of one lane, in time order, stored as primitive columns.
 *
 * <p>Invariant: segments of a lane never overlap and are appended in start order, so both
 * starts and ends are sorted and the segments visible in a time window are found with one
 * binary search ({@link #firstEndingAfter}).
 */
public final class SegmentColumn {
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private byte[] states = new byte[8];
    private int[] labels = new int[8];
    private long[] lateness = new long[8];
    private int size;

    public int size() {
        return size;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    public SegmentState state(int i) {
        return SegmentState.ofOrdinal(states[i]);
    }

    /** Index into the model's string table: what a WAITING segment waits on, a BLOCKING call, a worker's job; -1 if none. */
    public int labelId(int i) {
        return labels[i];
    }

    /** For READY segments woken by a timer: how late the timer fired, in ns (0 if on time or not a timer). */
    public long lateNs(int i) {
        return lateness[i];
    }

    /** Appends a segment; it must start at or after the end of the previous one. */
    public void append(long start, long end, SegmentState state, int labelId, long lateNs) {
        if (end < start) {
            throw new IllegalArgumentException("segment ends before it starts: " + start + " > " + end);
        }
        if (size > 0 && start < ends[size - 1]) {
            throw new IllegalArgumentException("segment at " + start + " overlaps the previous one ending at " + ends[size - 1]);
        }
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            states = Arrays.copyOf(states, capacity);
            labels = Arrays.copyOf(labels, capacity);
            lateness = Arrays.copyOf(lateness, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        states[size] = (byte) state.ordinal();
        labels[size] = labelId;
        lateness[size] = lateNs;
        size++;
    }

    /** Index of the first segment whose end is after {@code t} (size() if none): the first one visible from {@code t} on. */
    public int firstEndingAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bytes held per stored segment (for the memory figures). */
    public static int bytesPerSegment() {
        return Long.BYTES * 3 + Integer.BYTES + 1;
    }

    /** Bytes currently allocated by the columns. */
    public long allocatedBytes() {
        return (long) starts.length * bytesPerSegment();
    }
}
