package org.loopscope.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a chart, an export or a test needs from a run: lanes, their segments, marks, wake-up
 * edges and callouts, on loop time in nanoseconds.
 *
 * <p>A model is filled either by a {@link SegmentBuilder} from a live {@link TraceRecorder} or by
 * a trace-file reader. It is not thread-safe: one thread owns it (the FX thread for a live
 * chart, the caller for the CLI). Each lane may have one <em>open</em> segment, the state it
 * is in now, which extends to {@link #endNs()} until it is closed.
 */
public final class TraceModel {
    private final StringTable strings = new StringTable();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<SegmentColumn> columns = new ArrayList<>();
    // The open segment of each lane, in primitive columns (a live run switches states millions of times).
    private final OpenColumns open = new OpenColumns();
    private final List<Mark> marks = new ArrayList<>();
    private final List<WakeEdge> edges = new ArrayList<>();
    private final List<Callout> callouts = new ArrayList<>();
    // Per-lane chains of mark and edge indices: a chart draws the marks and arrows of its visible
    // rows without scanning every mark and edge of a 100,000-task run each frame.
    private final LaneChains marksByLane = new LaneChains();
    private final LaneChains edgesByTarget = new LaneChains();
    private TraceMeta meta = TraceMeta.untitled();
    private int[] displayOrder = new int[0];
    private boolean sortedByIndex; // some lane's sortIndex differs from its id
    private boolean displayOrderSorted;
    private long endNs;
    private long modCount;
    private long closedSegments;

    /** The state a lane is in now, started at {@code startNs}; not yet a closed segment. */
    public record OpenSegment(long startNs, SegmentState state, int labelId, long lateNs) {
    }

    public TraceMeta meta() {
        return meta;
    }

    public void setMeta(TraceMeta meta) {
        this.meta = meta;
        modCount++;
    }

    public StringTable strings() {
        return strings;
    }

    public List<Lane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    public int laneCount() {
        return lanes.size();
    }

    public Lane lane(int id) {
        return lanes.get(id);
    }

    public SegmentColumn segments(int lane) {
        return columns.get(lane);
    }

    /** The open segment of a lane, or null if the lane is not in any state now. */
    public OpenSegment openSegment(int lane) {
        return open.get(lane);
    }

    /** How many task lanes are in {@code state} now (their open segment): ready, waiting, running... */
    public int openTaskCount(SegmentState state) {
        return open.taskCount(state);
    }

    /** True if the lane is in some state now (cheaper than {@link #openSegment} when only that matters). */
    public boolean isOpen(int lane) {
        return open.isOpen(lane);
    }

    public List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }

    public List<WakeEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public List<Callout> callouts() {
        return Collections.unmodifiableList(callouts);
    }

    /** Loop time of the latest thing known; open segments extend to here. Traces start at 0. */
    public long endNs() {
        return endNs;
    }

    /** Increases on every change: a chart redraws when it differs from what it last drew. */
    public long modCount() {
        return modCount;
    }

    public String label(int labelId) {
        return strings.get(labelId);
    }

    public int addLane(String name, LaneKind kind, int parent) {
        int id = lanes.size();
        lanes.add(new Lane(id, name, kind, parent, id));
        columns.add(new SegmentColumn());
        open.addLane(kind == LaneKind.TASK);
        modCount++;
        return id;
    }

    /** Adds a lane with an explicit display order (trace files carry one). */
    public int addLane(String name, LaneKind kind, int parent, int sortIndex) {
        int id = addLane(name, kind, parent);
        lanes.set(id, new Lane(id, name, kind, parent, sortIndex));
        if (sortIndex != id) {
            sortedByIndex = true;
        }
        return id;
    }

    public void renameLane(int lane, String name) {
        Lane old = lanes.get(lane);
        lanes.set(lane, new Lane(lane, name, old.kind(), old.parent(), old.sortIndex()));
        modCount++;
    }

    /** Appends a closed segment. Zero-length segments are dropped: they carry nothing a picture can show. */
    public void addSegment(int lane, long startNs, long endNs, SegmentState state, String label, long lateNs) {
        if (endNs == startNs) {
            return;
        }
        columns.get(lane).append(startNs, endNs, state, strings.intern(label), lateNs);
        closedSegments++;
        advanceTo(endNs);
    }

    /** Closes the lane's open segment at {@code atNs} (if any) and opens a new one, or none if {@code state} is null. */
    public void switchState(int lane, long atNs, SegmentState state, String label, long lateNs) {
        closeOpen(lane, atNs);
        if (state != null) {
            open.open(lane, atNs, state, strings.intern(label), lateNs);
        }
        advanceTo(atNs);
    }

    /** Closes the lane's open segment at {@code atNs}, appending it as a segment. */
    public void closeOpen(int lane, long atNs) {
        if (!open.isOpen(lane)) {
            return;
        }
        long start = open.start(lane);
        long end = Math.max(atNs, start);
        if (end > start) {
            columns.get(lane).append(start, end, open.state(lane), open.labelId(lane), open.lateNs(lane));
            closedSegments++;
        }
        open.close(lane);
        advanceTo(end);
    }

    /** Closes every open segment at {@code atNs}: the run is over. */
    public void closeAll(long atNs) {
        for (int lane = 0; lane < lanes.size(); lane++) {
            closeOpen(lane, atNs);
        }
        advanceTo(atNs);
    }

    public void addMark(Mark mark) {
        marksByLane.add(mark.lane(), marks.size());
        marks.add(mark);
        advanceTo(mark.timeNs());
    }

    public void addEdge(WakeEdge edge) {
        edgesByTarget.add(edge.toLane(), edges.size());
        edges.add(edge);
        modCount++;
    }

    /** Index in {@link #marks()} of the lane's latest mark, or -1; {@link #previousMarkOfLane} walks back. */
    public int lastMarkOfLane(int lane) {
        return marksByLane.last(lane);
    }

    public int previousMarkOfLane(int markIndex) {
        return marksByLane.previous(markIndex);
    }

    /** Index in {@link #edges()} of the latest wake-up into the lane, or -1; {@link #previousEdgeInto} walks back. */
    public int lastEdgeInto(int lane) {
        return edgesByTarget.last(lane);
    }

    public int previousEdgeInto(int edgeIndex) {
        return edgesByTarget.previous(edgeIndex);
    }

    public void addCallout(Callout callout) {
        callouts.add(callout);
        modCount++;
    }

    public void clearCallouts() {
        callouts.clear();
        modCount++;
    }

    /** Moves the known end of the trace forward (live runs call this with the loop's time). */
    public void advanceTo(long ns) {
        if (ns > endNs) {
            endNs = ns;
        }
        modCount++;
    }

    /** Total closed segments over all lanes (kept as they are added: a live run asks every few frames). */
    public long segmentCount() {
        return closedSegments;
    }

    /**
     * Lane ids in display order; callers must not change the array. A run's lanes are shown in
     * creation order, so while no lane asked for another place the order is the identity and
     * grows with the lanes instead of being sorted again (a live run adds thousands per frame).
     */
    public int[] lanesInDisplayOrder() {
        int n = lanes.size();
        if (displayOrder.length != n || displayOrderSorted != sortedByIndex) {
            displayOrder = sortedByIndex ? sortedOrder() : identityOrder(n);
            displayOrderSorted = sortedByIndex;
        }
        return displayOrder;
    }

    private int[] identityOrder(int n) {
        int[] order = java.util.Arrays.copyOf(displayOrder, n);
        for (int i = displayOrderSorted ? 0 : Math.min(displayOrder.length, n); i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private int[] sortedOrder() {
        return lanes.stream()
                .sorted(java.util.Comparator.comparingInt(Lane::sortIndex).thenComparingInt(Lane::id))
                .mapToInt(Lane::id)
                .toArray();
    }
}
