package org.loopscope.export;

/**
 * Turns one thread's nested calls into the non-overlapping segments a lane needs.
 *
 * <p>Rule: at every moment the lane shows the <em>innermost</em> open call — the one started
 * most recently — because that is the code actually running then. A call that makes a nested
 * call is therefore split into pieces around it: {@code main [0,10)} calling
 * {@code fetch [2,5)} gives {@code main [0,2)}, {@code fetch [2,5)}, {@code main [5,10)}.
 * Calls that overlap without nesting (broken foreign data) follow the same rule, so the output
 * never overlaps whatever the input. O(n log n) for the sort, O(n) for the sweep.
 */
final class NestingFlattener {
    /** Receives the pieces in time order; {@code span} is the index of the call the piece belongs to. */
    interface PieceSink {
        void piece(long start, long end, int span);
    }

    private final LaneBuffer lane;
    private final PieceSink sink;
    private int[] stack = new int[16];
    private int depth;
    private long cursor;
    /** The last piece, held back so that adjoining pieces of one call come out as one segment. */
    private int pendingSpan = -1;
    private long pendingStart;
    private long pendingEnd;

    private NestingFlattener(LaneBuffer lane, PieceSink sink) {
        this.lane = lane;
        this.sink = sink;
    }

    static void flatten(LaneBuffer lane, PieceSink sink) {
        new NestingFlattener(lane, sink).sweep();
    }

    private void sweep() {
        for (int span : order(lane)) {
            long start = lane.starts[span];
            if (lane.ends[span] == start) {
                continue; // an instant call shows nothing and must not split its caller
            }
            emitUntil(start);
            cursor = start;
            push(span);
        }
        emitUntil(Long.MAX_VALUE);
        flushPending();
    }

    /** Emits what the open calls covered up to {@code limit}, closing those that ended by then. */
    private void emitUntil(long limit) {
        while (depth > 0) {
            int top = stack[depth - 1];
            long topEnd = lane.ends[top];
            if (topEnd > limit) {
                emit(limit, top);
                return;
            }
            emit(topEnd, top);
            depth--;
        }
    }

    private void emit(long end, int span) {
        if (cursor >= end) {
            return;
        }
        if (span == pendingSpan && cursor == pendingEnd) {
            pendingEnd = end;
        } else {
            flushPending();
            pendingSpan = span;
            pendingStart = cursor;
            pendingEnd = end;
        }
        cursor = end;
    }

    private void flushPending() {
        if (pendingSpan >= 0) {
            sink.piece(pendingStart, pendingEnd, pendingSpan);
        }
        pendingSpan = -1;
    }

    private void push(int span) {
        if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = span;
    }

    /**
     * Span indices by start, longer first at equal starts (a parent before the child it opens
     * with), file order among equals. Returns the identity when already sorted, as in Loopscope files.
     */
    static int[] order(LaneBuffer lane) {
        int n = lane.size;
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || compare(lane, i - 1, i) <= 0;
        }
        if (!sorted) {
            mergeSort(lane, order, new int[n], 0, n);
        }
        return order;
    }

    private static int compare(LaneBuffer lane, int a, int b) {
        int byStart = Long.compare(lane.starts[a], lane.starts[b]);
        return byStart != 0 ? byStart : Long.compare(lane.ends[b], lane.ends[a]);
    }

    /** A stable sort of primitive indices: no boxing for a million spans. */
    private static void mergeSort(LaneBuffer lane, int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(lane, a, tmp, from, mid);
        mergeSort(lane, a, tmp, mid, to);
        if (compare(lane, a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(lane, tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
