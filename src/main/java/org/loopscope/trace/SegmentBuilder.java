package org.loopscope.trace;

import java.util.Arrays;

/**
 * Turns a recorder's raw events into a {@link TraceModel}: per lane, RUNNING from step begin to
 * step end, WAITING (on what) until the task is ready, READY from the moment it could run (a
 * timer's due time, not when the loop got round to it) until its next step, BLOCKING inside a
 * blocking call; the loop lane BUSY / IDLE / STALLED; worker lanes from the workers' events.
 *
 * <p>Incremental: {@link #pump()} consumes whatever the recorder published since the last call,
 * so a live chart calls it once per frame. The builder and its model belong to one thread.
 */
public final class SegmentBuilder {
    private static final WakeKind[] WAKE_KINDS = WakeKind.values();

    private final TraceRecorder recorder;
    private final EventColumns.Reader events;
    private final TraceModel model;
    private int workerCursor;
    private long[] lastTime = new long[16];
    private long[] wakeAt = new long[16];
    private byte[] wakeCause = new byte[16];
    private String[] workerJob = new String[16];
    private boolean loopStarted;
    // The task whose step began and has not ended with a wait or an exit: if the next step, an
    // idle wait or the run's end comes first, that step ended with a bare yield (the recorder
    // does not store yields: one event per switch).
    private int stepping = -1;

    public SegmentBuilder(TraceRecorder recorder, TraceModel model) {
        this.recorder = recorder;
        this.events = recorder.reader();
        this.model = model;
        if (model.laneCount() == 0) {
            model.addLane("loop", LaneKind.LOOP, -1);
        }
    }

    public TraceModel model() {
        return model;
    }

    /** Consumes newly published events; returns how many. */
    public int pump() {
        return pump(Integer.MAX_VALUE);
    }

    /**
     * Consumes at most {@code maxEvents} of the newly published events (a live chart bounds its
     * work per frame so that a burst — 100,000 tasks spawned at once — is spread over frames).
     */
    public int pump(int maxEvents) {
        int start = events.read();
        int end = (int) Math.min(recorder.eventCount(), (long) start + maxEvents);
        for (int i = start; i < end; i++) {
            events.advance();
            apply(events.kind(), events.time(), events.lane(), events.arg());
        }
        int consumed = end - start;
        var workerEvents = recorder.workerEventsFrom(workerCursor);
        workerCursor += workerEvents.size();
        for (TraceRecorder.WorkerEvent e : workerEvents) {
            applyWorker(e);
        }
        return consumed + workerEvents.size();
    }

    /** True once every event the recorder has published so far has been consumed. */
    public boolean caughtUp() {
        return events.read() == recorder.eventCount();
    }

    /** Pumps the rest and closes every open segment at {@code endNs}: the run is over. */
    public TraceModel finish(long endNs) {
        pump();
        model.closeAll(Math.max(endNs, model.endNs()));
        return model;
    }

    private void ensureLane(int lane) {
        while (model.laneCount() <= lane) {
            TraceRecorder.LaneInfo info = recorder.laneInfo(model.laneCount());
            model.addLane(info.name(), info.kind(), info.parent());
        }
        if (lane >= lastTime.length) {
            int n = Math.max(lane + 1, lastTime.length * 2);
            lastTime = Arrays.copyOf(lastTime, n);
            wakeAt = Arrays.copyOf(wakeAt, n);
            wakeCause = Arrays.copyOf(wakeCause, n);
            workerJob = Arrays.copyOf(workerJob, n);
        }
    }

    /** Per-lane time never goes back: a late-learned fact cannot reopen a closed segment. */
    private long at(int lane, long t) {
        long clamped = Math.max(t, lastTime[lane]);
        lastTime[lane] = clamped;
        return clamped;
    }

    private void apply(byte kind, long time, int lane, int arg) {
        ensureLane(lane);
        if (!loopStarted) {
            loopStarted = true;
            model.switchState(0, time, SegmentState.BUSY, null, 0);
        }
        switch (kind) {
            case RawEvent.LANE_ADDED -> model.advanceTo(time);
            case RawEvent.WAKE -> {
                wakeAt[lane] = time;
                wakeCause[lane] = (byte) arg;
            }
            case RawEvent.READY -> ready(lane, time, arg);
            case RawEvent.READY_NOW -> {
                wakeAt[lane] = time;
                wakeCause[lane] = (byte) (arg & 7);
                ready(lane, time, arg >>> 3);
            }
            case RawEvent.STEP_BEGIN -> {
                yielded(time);
                stepping = lane;
                model.switchState(lane, at(lane, time), SegmentState.RUNNING, null, 0);
            }
            case RawEvent.STEP_END -> {
                stepEnded(lane);
                stepEnd(lane, time, arg);
            }
            case RawEvent.IDLE_BEGIN -> {
                yielded(time);
                model.switchState(0, at(0, time), SegmentState.IDLE, null, 0);
            }
            case RawEvent.RUN_END -> yielded(time);
            case RawEvent.IDLE_END, RawEvent.SLOW_END -> model.switchState(0, at(0, time), SegmentState.BUSY, null, 0);
            case RawEvent.SLOW_BEGIN -> model.switchState(0, at(0, time), SegmentState.STALLED, null, 0);
            case RawEvent.BLOCK_BEGIN -> {
                if (lane != stepping) {
                    yielded(time); // a blocking call outside the open step (a plain callback's): that step is over
                }
                String call = recorder.string(arg);
                model.switchState(lane, at(lane, time), SegmentState.BLOCKING, call, 0);
                model.switchState(0, at(0, time), SegmentState.STALLED, call, 0);
            }
            case RawEvent.BLOCK_END -> {
                model.switchState(lane, at(lane, time), SegmentState.RUNNING, null, 0);
                model.switchState(0, at(0, time), SegmentState.BUSY, null, 0);
            }
            default -> mark(kind, time, lane, arg);
        }
    }

    /** The step still open ended with a bare yield at {@code time}: its task is ready again at once. */
    private void yielded(long time) {
        if (stepping >= 0) {
            int lane = stepping;
            stepping = -1;
            wakeAt[lane] = time;
            wakeCause[lane] = (byte) WakeKind.YIELD.ordinal();
            ready(lane, time, 0);
        }
    }

    private void stepEnded(int lane) {
        if (stepping == lane) {
            stepping = -1;
        }
    }

    private void ready(int lane, long since, int sourceLane) {
        long t = at(lane, since);
        WakeKind cause = WAKE_KINDS[wakeCause[lane]];
        long learnedAt = wakeAt[lane];
        long late = cause == WakeKind.TIMER ? Math.max(0, learnedAt - t) : 0;
        model.switchState(lane, t, SegmentState.READY, null, late);
        if (cause != WakeKind.YIELD) {
            long from = cause == WakeKind.THREAD ? t : learnedAt;
            model.addEdge(new WakeEdge(from, sourceLane, Math.max(learnedAt, t), lane, cause));
        }
    }

    private void stepEnd(int lane, long time, int labelId) {
        long t = at(lane, time);
        if (labelId >= 0) {
            model.switchState(lane, t, SegmentState.WAITING, recorder.string(labelId), 0);
        } else {
            model.closeOpen(lane, t);
        }
    }

    private void mark(byte kind, long time, int lane, int arg) {
        MarkKind markKind = RawEvent.markKind(kind);
        if (markKind == null) {
            return;
        }
        if (markKind.isOutcome() && markKind != MarkKind.NEVER_AWAITED) {
            stepEnded(lane);
            model.closeOpen(lane, at(lane, time));
        }
        model.addMark(new Mark(time, lane, markKind, recorder.string(arg)));
    }

    private void applyWorker(TraceRecorder.WorkerEvent e) {
        int lane = e.lane();
        ensureLane(lane);
        long t = at(lane, e.timeNs());
        switch (e.kind()) {
            case JOB_STARTED -> {
                workerJob[lane] = e.label();
                model.switchState(lane, t, SegmentState.RUNNING, e.label(), 0);
            }
            case JOB_ENDED -> model.closeOpen(lane, t);
            case BLOCKING_STARTED -> model.switchState(lane, t, SegmentState.BLOCKING, e.label(), 0);
            case BLOCKING_ENDED -> model.switchState(lane, t, SegmentState.RUNNING, workerJob[lane], 0);
        }
    }
}
