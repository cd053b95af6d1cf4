package org.loopscope.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.loopscope.trace.Mark;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.TraceModel;

/**
 * Compares two models as a trace file sees them, for round-trip tests and for checking an
 * import: open segments count as closed at {@link TraceModel#endNs()} (that is how they are
 * written), and marks are compared lane by lane (files group them by lane).
 */
public final class TraceModels {
    private static final int MAX_REPORTED = 20;

    private TraceModels() {
    }

    /** Human-readable differences, empty when the models are equivalent; at most 20 are listed. */
    public static List<String> differences(TraceModel expected, TraceModel actual) {
        List<String> diffs = new ArrayList<>();
        same(diffs, "meta", expected.meta(), actual.meta());
        same(diffs, "endNs", expected.endNs(), actual.endNs());
        same(diffs, "lanes", expected.lanes(), actual.lanes());
        int lanes = Math.min(expected.laneCount(), actual.laneCount());
        for (int lane = 0; lane < lanes && diffs.size() < MAX_REPORTED; lane++) {
            compareSegments(diffs, lane, segmentsAsWritten(expected, lane), segmentsAsWritten(actual, lane));
        }
        same(diffs, "marks", marksByLane(expected), marksByLane(actual));
        same(diffs, "edges", expected.edges(), actual.edges());
        same(diffs, "callouts", expected.callouts(), actual.callouts());
        return diffs.size() <= MAX_REPORTED ? diffs : diffs.subList(0, MAX_REPORTED);
    }

    /** One segment with its label resolved, so models with different string tables compare. */
    public record Segment(long startNs, long endNs, String state, String label, long lateNs) {
    }

    /** The lane's segments as a file holds them: closed ones, then the open one closed at endNs. */
    public static List<Segment> segmentsAsWritten(TraceModel model, int lane) {
        SegmentColumn column = model.segments(lane);
        List<Segment> segments = new ArrayList<>(column.size() + 1);
        for (int i = 0; i < column.size(); i++) {
            segments.add(new Segment(column.start(i), column.end(i), column.state(i).label(),
                    model.label(column.labelId(i)), column.lateNs(i)));
        }
        TraceModel.OpenSegment open = model.openSegment(lane);
        if (open != null && model.endNs() > open.startNs()) {
            segments.add(new Segment(open.startNs(), model.endNs(), open.state().label(),
                    model.label(open.labelId()), open.lateNs()));
        }
        return segments;
    }

    private static void compareSegments(List<String> diffs, int lane, List<Segment> expected, List<Segment> actual) {
        if (expected.size() != actual.size()) {
            diffs.add("lane " + lane + ": " + expected.size() + " segments expected, " + actual.size() + " found");
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                diffs.add("lane " + lane + " segment " + i + ": expected " + expected.get(i) + ", found " + actual.get(i));
                return;
            }
        }
    }

    private static List<Mark> marksByLane(TraceModel model) {
        List<Mark> marks = new ArrayList<>(model.marks());
        marks.sort(Comparator.comparingInt(Mark::lane)); // stable: keeps each lane's own order
        return marks;
    }

    private static String clip(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static void same(List<String> diffs, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diffs.add(what + ": expected " + clip(expected) + ", found " + clip(actual));
        }
    }
}
