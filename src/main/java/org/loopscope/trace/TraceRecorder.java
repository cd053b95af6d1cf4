package org.loopscope.trace;

import java.util.HashMap;
import java.util.Map;

/**
 * Records what the loop does, compactly: an {@link Instrument} writing raw events as a stream of
 * ints (4 bytes a task switch, none for a step that extends a run; no object per event, see
 * EventColumns). The loop thread is the only writer of the main stream; executor workers write
 * their few events into a separate synchronized list. Readers (a {@link SegmentBuilder} on the FX
 * thread, an exporter) read while the run goes on.
 */
public final class TraceRecorder implements Instrument {
    /** A lane's identity, published before any event that names it. */
    public record LaneInfo(int lane, String name, LaneKind kind, int parent) {
    }

    /** An event written by an executor worker thread. */
    record WorkerEvent(long timeNs, int lane, WorkerEventKind kind, String label) {
    }

    enum WorkerEventKind { JOB_STARTED, JOB_ENDED, BLOCKING_STARTED, BLOCKING_ENDED }

    private final EventColumns events = new EventColumns();
    private final PublishedList<String> strings = new PublishedList<>();
    private final Map<String, Integer> stringIds = new HashMap<>();
    private final PublishedList<LaneInfo> lanes = new PublishedList<>();
    private final java.util.List<WorkerEvent> workerEvents = new java.util.ArrayList<>();

    public TraceRecorder() {
        lanes.add(new LaneInfo(0, "loop", LaneKind.LOOP, -1));
    }

    /**
     * Stores a string that is probably unique (a task's result, a printed line) without looking it
     * up: interning 100,000 distinct results only grows a hash map nobody reads from.
     */
    private int store(String s) {
        if (s == null) {
            return -1;
        }
        int id = strings.size();
        strings.add(s);
        return id;
    }

    private int intern(String s) {
        if (s == null) {
            return -1;
        }
        Integer id = stringIds.get(s);
        if (id == null) {
            id = strings.size();
            strings.add(s);
            stringIds.put(s, id);
        }
        return id;
    }

    @Override
    public void laneAdded(int lane, String name, LaneKind kind, int parentLane, long atNs) {
        while (lanes.size() < lane) { // lanes numbered by the loop before this recorder joined
            lanes.add(new LaneInfo(lanes.size(), "lane-" + lanes.size(), LaneKind.TASK, -1));
        }
        lanes.add(new LaneInfo(lane, name, kind, parentLane));
        events.append(atNs, lane, RawEvent.LANE_ADDED, lane);
    }

    /** A yield is implied by what comes next (see RawEvent.STEP_BEGIN): the loop need not call for it. */
    @Override
    public boolean hearsYields() {
        return false;
    }

    @Override
    public void taskReady(int lane, WakeKind cause, int sourceLane, long sinceNs, long atNs) {
        if (cause == WakeKind.YIELD) {
            return; // heard anyway when another instrument wants yields
        }
        if (sinceNs == atNs && sourceLane >= 0) {
            events.append(atNs, lane, RawEvent.READY_NOW, sourceLane << 3 | cause.ordinal());
        } else {
            events.append(atNs, lane, RawEvent.WAKE, cause.ordinal());
            events.append(sinceNs, lane, RawEvent.READY, sourceLane);
        }
    }

    @Override
    public void beforeTaskStep(int lane, long atNs) {
        events.appendStep(atNs, lane);
    }

    @Override
    public void afterTaskStep(int lane, long atNs, String waitingOn) {
        // A step that ends without waiting either exits (its EXIT ends the running segment) or
        // yielded, which the next step, idle wait or run end implies (RawEvent.STEP_BEGIN).
        if (waitingOn != null) {
            events.append(atNs, lane, RawEvent.STEP_END, intern(waitingOn));
        }
    }

    @Override
    public void taskExited(int lane, long atNs, MarkKind outcome, String detail) {
        events.append(atNs, lane, RawEvent.exitCode(outcome), store(detail));
    }

    @Override
    public void beforeIdle(long atNs, long deadlineNs) {
        events.append(atNs, 0, RawEvent.IDLE_BEGIN, 0);
    }

    @Override
    public void afterIdle(long atNs) {
        events.append(atNs, 0, RawEvent.IDLE_END, 0);
    }

    @Override
    public void blockingStarted(int lane, long atNs, String call) {
        events.append(atNs, lane, RawEvent.BLOCK_BEGIN, intern(call));
    }

    @Override
    public void blockingEnded(int lane, long atNs) {
        events.append(atNs, lane, RawEvent.BLOCK_END, 0);
    }

    @Override
    public void slowStep(int lane, long startNs, long endNs) {
        events.append(startNs, lane, RawEvent.SLOW_BEGIN, 0);
        events.append(endNs, lane, RawEvent.SLOW_END, 0);
    }

    @Override
    public void mark(int lane, long atNs, MarkKind kind, String detail) {
        events.append(atNs, lane, RawEvent.exitCode(kind), intern(detail));
    }

    @Override
    public void afterRun(long atNs) {
        events.append(atNs, 0, RawEvent.RUN_END, 0);
    }

    @Override
    public void workerJobStarted(int lane, long atNs, String job) {
        addWorkerEvent(new WorkerEvent(atNs, lane, WorkerEventKind.JOB_STARTED, job));
    }

    @Override
    public void workerJobEnded(int lane, long atNs) {
        addWorkerEvent(new WorkerEvent(atNs, lane, WorkerEventKind.JOB_ENDED, null));
    }

    @Override
    public void workerBlocking(int lane, long atNs, String call) {
        addWorkerEvent(new WorkerEvent(atNs, lane, call == null ? WorkerEventKind.BLOCKING_ENDED : WorkerEventKind.BLOCKING_STARTED, call));
    }

    private void addWorkerEvent(WorkerEvent e) {
        synchronized (workerEvents) {
            workerEvents.add(e);
        }
    }

    // ---- reading (any thread) -----------------------------------------------------------------

    /** Number of main-stream events readers may read now. */
    public int eventCount() {
        return events.published();
    }

    /** A reader of the main-stream events from the first on (one per consumer, used on one thread). */
    EventColumns.Reader reader() {
        return events.reader();
    }

    String string(int id) {
        return id < 0 ? null : strings.get(id);
    }

    LaneInfo laneInfo(int lane) {
        return lanes.get(lane);
    }

    /** Copies worker events from index {@code from} on. */
    java.util.List<WorkerEvent> workerEventsFrom(int from) {
        synchronized (workerEvents) {
            return from >= workerEvents.size() ? java.util.List.of() : new java.util.ArrayList<>(workerEvents.subList(from, workerEvents.size()));
        }
    }

    /**
     * Bytes the main-stream events take on average so far (a task switch takes 4, or nothing in a
     * run of lanes in order; an event with a new time or an argument more); exact on the loop's
     * thread or after the run.
     */
    public double bytesPerEvent() {
        int n = events.published();
        return n == 0 ? 0 : events.usedBytes() / (double) n;
    }

    public long allocatedBytes() {
        return events.allocatedBytes();
    }
}
