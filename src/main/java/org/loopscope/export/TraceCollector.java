package org.loopscope.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.StringTable;

/**
 * Gathers parsed events by thread, without yet deciding what they mean: whether the file is
 * a Loopscope trace or a foreign one is only known at the end (otherData may come after
 * traceEvents). {@link ModelAssembler} then turns the collection into a model.
 */
final class TraceCollector {
    /** An {@code i} event: a mark or a callout in Loopscope files, a printed line in foreign ones. */
    record Instant(LaneBuffer lane, long tsNs, String name, String category, String detail, String text) {
        boolean isCallout() {
            return ChromeTraceWriter.CALLOUT.equals(name) && ChromeTraceWriter.CALLOUT.equals(category);
        }
    }

    record FlowEnd(LaneBuffer lane, long tsNs, String category) {
    }

    record Flow(FlowEnd from, FlowEnd to) {
    }

    final StringTable names = new StringTable();
    final List<Instant> instants = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    private final Map<Long, LaneBuffer> lanes = new HashMap<>();
    private final Map<String, FlowEnd> openFlows = new HashMap<>();
    /** otherData's string fields; a key present with a null value was written as null. */
    final Map<String, String> otherData = new HashMap<>();
    private byte[] stateOfNameId = new byte[0];
    long totalNs = -1;
    long skipped;
    long minNs = Long.MAX_VALUE;
    long maxNs = Long.MIN_VALUE;

    void accept(RawEvent e) {
        if (e.phase == null) {
            throw new IllegalArgumentException("the event has no ph");
        }
        switch (e.phase) {
            case "X" -> complete(e);
            case "B" -> lane(e).begin(time(e), names.intern(e.name));
            case "E" -> {
                if (!lane(e).end(time(e), this::stateOf)) {
                    skipped++;
                }
            }
            case "i", "I" -> instant(e);
            case "s" -> flowStart(e);
            case "f" -> flowFinish(e);
            case "M" -> metadata(e);
            default -> skipped++;
        }
    }

    private void complete(RawEvent e) {
        long ts = time(e);
        if (!e.hasDur) {
            throw new IllegalArgumentException("an X event needs dur");
        }
        if (e.durNs < 0) {
            throw new IllegalArgumentException("negative duration " + TimeText.decimal(e.durNs, TimeText.MICROS) + " µs");
        }
        long end = ts + e.durNs;
        maxNs = Math.max(maxNs, end);
        int nameId = names.intern(e.name);
        int state = e.argState != null ? stateOf(e.argState) : stateOf(nameId);
        lane(e).add(ts, end, nameId, names.intern(e.argOn), e.argLateNs, state);
    }

    private void instant(RawEvent e) {
        Instant instant = new Instant(lane(e), time(e), e.name, e.category, e.argDetail, e.argText);
        if (instant.isCallout()) {
            instant.lane.calloutCount++;
        } else {
            instant.lane.markCount++;
        }
        instants.add(instant);
    }

    private void flowStart(RawEvent e) {
        long ts = time(e);
        if (e.flowId == null) {
            skipped++;
            return;
        }
        if (openFlows.put(e.flowId, new FlowEnd(lane(e), ts, e.category)) != null) {
            skipped++; // a second s with the same id replaces the first, which will never finish
        }
    }

    private void flowFinish(RawEvent e) {
        long ts = time(e);
        FlowEnd from = e.flowId == null ? null : openFlows.remove(e.flowId);
        if (from == null) {
            skipped++;
            return;
        }
        flows.add(new Flow(from, new FlowEnd(lane(e), ts, e.category)));
    }

    private void metadata(RawEvent e) {
        if ("thread_name".equals(e.name)) {
            LaneBuffer lane = lane(e);
            lane.declared = true;
            lane.name = e.argName;
            lane.kindLabel = e.argKind;
            lane.parentLane = e.hasParent ? e.argParent : -1;
        } else if ("thread_sort_index".equals(e.name) && e.hasSortIndex) {
            LaneBuffer lane = lane(e);
            lane.sortIndex = e.argSortIndex;
            lane.hasSortIndex = true;
        }
    }

    void otherData(String field, String value) {
        otherData.put(field, value);
    }

    void totalNs(long ns) {
        totalNs = ns;
    }

    /** Calls still open at the end of the file end with the trace. */
    void finish() {
        long end = maxNs == Long.MIN_VALUE ? 0 : maxNs;
        for (LaneBuffer lane : lanes.values()) {
            lane.closeOpenCalls(end, this::stateOf);
        }
        skipped += openFlows.size();
        openFlows.clear();
    }

    /** A Loopscope file declares its lanes' kinds and its version; a foreign one does neither. */
    boolean isLoopscopeFile() {
        return otherData.containsKey("loopscope_version") || lanes.values().stream().anyMatch(l -> l.kindLabel != null);
    }

    Collection<LaneBuffer> lanes() {
        return lanes.values();
    }

    private long time(RawEvent e) {
        if (!e.hasTs) {
            throw new IllegalArgumentException("a '" + e.phase + "' event needs ts");
        }
        minNs = Math.min(minNs, e.tsNs);
        maxNs = Math.max(maxNs, e.tsNs);
        return e.tsNs;
    }

    private LaneBuffer lane(RawEvent e) {
        long key = ((long) e.pid << 32) | (e.tid & 0xffffffffL);
        return lanes.computeIfAbsent(key, k -> new LaneBuffer(e.pid, e.tid));
    }

    /** The state a span's name stands for in a Loopscope file, cached per interned name. */
    private int stateOf(int nameId) {
        if (nameId < 0) {
            return -1;
        }
        if (nameId >= stateOfNameId.length) {
            int old = stateOfNameId.length;
            stateOfNameId = Arrays.copyOf(stateOfNameId, Math.max(16, (nameId + 1) * 2));
            Arrays.fill(stateOfNameId, old, stateOfNameId.length, (byte) -2);
        }
        if (stateOfNameId[nameId] == -2) {
            stateOfNameId[nameId] = (byte) stateOf(names.get(nameId));
        }
        return stateOfNameId[nameId];
    }

    private static int stateOf(String label) {
        SegmentState state = SegmentState.fromLabel(label);
        return state == null ? -1 : state.ordinal();
    }
}
