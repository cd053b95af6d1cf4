package org.loopscope.trace;

import java.util.Arrays;

/** Each lane's open segment (the state it is in now) as primitive columns; state -1 means none. */
final class OpenColumns {
    private long[] start = new long[16];
    private byte[] state = new byte[16];
    private int[] label = new int[16];
    private long[] late = new long[16];
    private boolean[] task = new boolean[16];
    // How many task lanes are open in each state: the status bar reads these every frame.
    private final int[] taskCounts = new int[SegmentState.values().length];
    private int size;

    void addLane(boolean isTask) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            state = Arrays.copyOf(state, n);
            label = Arrays.copyOf(label, n);
            late = Arrays.copyOf(late, n);
            task = Arrays.copyOf(task, n);
        }
        task[size] = isTask;
        state[size++] = -1;
    }

    /** Task lanes whose open segment is in {@code s}. */
    int taskCount(SegmentState s) {
        return taskCounts[s.ordinal()];
    }

    boolean isOpen(int lane) {
        return state[lane] >= 0;
    }

    void open(int lane, long atNs, SegmentState s, int labelId, long lateNs) {
        close(lane);
        if (task[lane]) {
            taskCounts[s.ordinal()]++;
        }
        start[lane] = atNs;
        state[lane] = (byte) s.ordinal();
        label[lane] = labelId;
        late[lane] = lateNs;
    }

    void close(int lane) {
        if (state[lane] >= 0 && task[lane]) {
            taskCounts[state[lane]]--;
        }
        state[lane] = -1;
    }

    long start(int lane) {
        return start[lane];
    }

    SegmentState state(int lane) {
        return SegmentState.ofOrdinal(state[lane]);
    }

    int labelId(int lane) {
        return label[lane];
    }

    long lateNs(int lane) {
        return late[lane];
    }

    /** The open segment as a value, or null. */
    TraceModel.OpenSegment get(int lane) {
        return isOpen(lane) ? new TraceModel.OpenSegment(start[lane], state(lane), label[lane], late[lane]) : null;
    }
}
