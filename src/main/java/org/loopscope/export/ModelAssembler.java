package org.loopscope.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loopscope.trace.Callout;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.WakeEdge;
import org.loopscope.trace.WakeKind;

/**
 * Builds a {@link TraceModel} from what a {@link TraceCollector} gathered.
 *
 * <p>A Loopscope file is restored as written: lane kinds, parents, states, labels, marks,
 * edges, callouts, times unshifted. A foreign trace becomes one lane per thread whose calls
 * are RUNNING segments labelled with the function name ({@link NestingFlattener} keeps the
 * innermost call), instants become PRINT marks, and times shift so the first event is at 0.
 */
final class ModelAssembler {
    private final TraceCollector in;
    private final boolean loopscopeFile;
    private final long shift;
    private final TraceModel model = new TraceModel();
    private final Map<Long, LaneBuffer> byPidTid = new HashMap<>();
    /** The buffers that became lanes, in lane id order. */
    private final List<LaneBuffer> modelLanes = new ArrayList<>();
    private long skipped;

    private ModelAssembler(TraceCollector in) {
        this.in = in;
        this.loopscopeFile = in.isLoopscopeFile();
        long first = in.minNs == Long.MAX_VALUE ? 0 : in.minNs;
        // Loopscope traces start at 0 by contract; only a foreign clock needs moving.
        this.shift = loopscopeFile ? Math.min(0, first) : first;
    }

    /** @throws IllegalArgumentException when a Loopscope file's segments overlap on a lane */
    static LoadedTrace build(TraceCollector in, String sourceName, long events) {
        in.finish();
        ModelAssembler assembler = new ModelAssembler(in);
        TraceModel model = assembler.assemble(sourceName);
        TraceSummary summary = new TraceSummary(model.laneCount(), events, model.segmentCount(),
                in.skipped + assembler.skipped, 0, model.endNs(), !assembler.loopscopeFile);
        return new LoadedTrace(model, summary);
    }

    private TraceModel assemble(String sourceName) {
        addLanes();
        for (LaneBuffer lane : modelLanes) {
            addSegments(lane);
        }
        addInstants();
        addEdges();
        setMetaAndEnd(sourceName);
        return model;
    }

    /** Lanes in (pid, tid) order: a Loopscope file's tid n+1 becomes lane n again. */
    private void addLanes() {
        List<LaneBuffer> lanes = modelLanes;
        for (LaneBuffer lane : in.lanes()) {
            byPidTid.put(key(lane.pid, lane.tid), lane);
            boolean hasContent = lane.size > 0 || lane.markCount > 0 || (!loopscopeFile && lane.calloutCount > 0);
            if (lane.declared || hasContent) {
                lanes.add(lane);
            }
        }
        lanes.sort(Comparator.<LaneBuffer>comparingInt(l -> l.pid).thenComparingInt(l -> l.tid));
        for (int i = 0; i < lanes.size(); i++) {
            lanes.get(i).modelLane = i;
        }
        for (LaneBuffer lane : lanes) {
            int sortIndex = lane.hasSortIndex ? lane.sortIndex : lane.modelLane;
            model.addLane(lane.displayName(), kindOf(lane), parentOf(lane), sortIndex);
        }
    }

    private LaneKind kindOf(LaneBuffer lane) {
        if (!loopscopeFile) {
            return LaneKind.WORKER; // a foreign lane is an OS thread
        }
        for (LaneKind kind : LaneKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(lane.kindLabel)) {
                return kind;
            }
        }
        return LaneKind.TASK;
    }

    private int parentOf(LaneBuffer lane) {
        if (!loopscopeFile || lane.parentLane < 0) {
            return -1;
        }
        LaneBuffer parent = byPidTid.get(key(lane.pid, ChromeTraceWriter.tid(lane.parentLane)));
        return parent == null ? -1 : parent.modelLane;
    }

    private void addSegments(LaneBuffer lane) {
        if (!loopscopeFile) {
            NestingFlattener.flatten(lane, (start, end, span) -> model.addSegment(lane.modelLane,
                    start - shift, end - shift, SegmentState.RUNNING, in.names.get(lane.nameIds[span]), 0));
            return;
        }
        long previousEnd = Long.MIN_VALUE;
        for (int span : NestingFlattener.order(lane)) {
            long start = lane.starts[span];
            long end = lane.ends[span];
            if (lane.states[span] < 0 || end == start) {
                skipped += lane.states[span] < 0 ? 1 : 0;
                continue;
            }
            if (start < previousEnd) {
                throw new IllegalArgumentException("lane '" + lane.displayName() + "' (tid " + lane.tid
                        + "): segments overlap at " + TimeText.decimal(start, TimeText.MICROS) + " µs");
            }
            previousEnd = end;
            model.addSegment(lane.modelLane, start - shift, end - shift, SegmentState.ofOrdinal(lane.states[span]),
                    in.names.get(lane.onIds[span]), lane.lateNs[span]);
        }
    }

    private void addInstants() {
        for (TraceCollector.Instant instant : in.instants) {
            int lane = instant.lane().modelLane;
            long ts = instant.tsNs() - shift;
            if (!loopscopeFile) {
                model.addMark(new Mark(ts, lane, MarkKind.PRINT, instant.name()));
            } else if (instant.isCallout()) {
                model.addCallout(new Callout(lane, ts, instant.text()));
            } else {
                MarkKind kind = MarkKind.fromLabel(instant.name());
                if (kind == null || lane < 0) {
                    skipped++;
                } else {
                    model.addMark(new Mark(ts, lane, kind, instant.detail()));
                }
            }
        }
    }

    private void addEdges() {
        for (TraceCollector.Flow flow : in.flows) {
            WakeKind kind = WakeKind.fromLabel(flow.from().category());
            int from = flow.from().lane().modelLane;
            int to = flow.to().lane().modelLane;
            if (!loopscopeFile || kind == null || from < 0 || to < 0) {
                skipped++; // foreign flows are not wake-ups we can name
                continue;
            }
            model.addEdge(new WakeEdge(flow.from().tsNs() - shift, from, flow.to().tsNs() - shift, to, kind));
        }
    }

    private void setMetaAndEnd(String sourceName) {
        long lastNs = in.maxNs == Long.MIN_VALUE ? 0 : in.maxNs - shift;
        if (loopscopeFile) {
            TraceMeta blank = TraceMeta.untitled();
            model.setMeta(new TraceMeta(other("pattern", blank.pattern()), other("title", blank.title()),
                    other("clock", blank.clock()), other("loopscope_version", blank.version())));
            lastNs = Math.max(lastNs, in.totalNs - shift);
        } else {
            model.setMeta(new TraceMeta(sourceName, sourceName, "imported", "chrome-trace"));
        }
        model.advanceTo(lastNs);
    }

    private String other(String field, String fallback) {
        return in.otherData.containsKey(field) ? in.otherData.get(field) : fallback;
    }

    private static long key(int pid, int tid) {
        return ((long) pid << 32) | (tid & 0xffffffffL);
    }
}
