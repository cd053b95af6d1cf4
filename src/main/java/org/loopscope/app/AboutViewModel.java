package org.loopscope.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.export.TraceSummary;
import org.loopscope.patterns.Pattern;
import org.loopscope.trace.Lane;
import org.loopscope.trace.TraceModel;

/**
 * The About tab: for a pattern, its explanation and what to notice; for an opened trace file,
 * what is known about it — where it came from, its lanes and events, and each lane's bars.
 */
public final class AboutViewModel {
    /** More lanes than this are summed up in one line: a trace may have thousands of threads. */
    static final int MAX_LANES_LISTED = 40;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper pointsTitle = new ReadOnlyStringWrapper(this, "pointsTitle", "What to notice");
    private final ObservableList<String> points = FXCollections.observableArrayList();

    public void showPattern(Pattern pattern) {
        pointsTitle.set("What to notice");
        if (pattern == null) {
            text.set("");
            points.clear();
            return;
        }
        text.set(pattern.explanation());
        points.setAll(pattern.notice());
    }

    public void showTrace(OpenedTrace trace) {
        TraceModel model = trace.model();
        TraceSummary summary = trace.summary();
        String origin = trace.foreign()
                ? "A Chrome trace from another tool, shown read-only: one lane per thread, each function call a"
                  + " running bar (nested calls split their caller). Loop states, wake-ups and callouts are not known."
                : "A trace Loopscope wrote (" + model.meta().title() + ", " + model.meta().clock() + " clock, version "
                  + model.meta().version() + "), shown read-only as it was recorded.";
        String figures = String.format(Locale.ROOT, "%d %s, %d %s, %.3f–%.3f s", summary.lanes(),
                summary.lanes() == 1 ? "lane" : "lanes", summary.events(), summary.events() == 1 ? "event" : "events",
                summary.startNs() / 1e9, summary.endNs() / 1e9)
                + (summary.skipped() == 0 ? "" : " (" + summary.skipped() + (summary.skipped() == 1 ? " event" : " events")
                   + " not shown: counters, unmatched ends)");
        text.set(trace.fileName() + "\n\n" + origin + "\n\n" + figures + ".\n\nPick a pattern on the left to run one again.");
        pointsTitle.set("Lanes");
        points.setAll(lanes(model));
    }

    /** "MainThread — 12 bars", in display order. */
    static List<String> lanes(TraceModel model) {
        List<String> lines = new ArrayList<>();
        int[] order = model.lanesInDisplayOrder();
        for (int i = 0; i < order.length && i < MAX_LANES_LISTED; i++) {
            Lane lane = model.lane(order[i]);
            int bars = model.segments(lane.id()).size() + (model.isOpen(lane.id()) ? 1 : 0);
            lines.add(lane.name() + " — " + bars + (bars == 1 ? " bar" : " bars"));
        }
        if (order.length > MAX_LANES_LISTED) {
            lines.add("… and " + (order.length - MAX_LANES_LISTED) + " more lanes");
        }
        return lines;
    }

    /** The explanation (a pattern) or the description of the file (a trace). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "What to notice" for a pattern, "Lanes" for a trace. */
    public ReadOnlyStringProperty pointsTitleProperty() {
        return pointsTitle.getReadOnlyProperty();
    }

    public ObservableList<String> points() {
        return points;
    }
}
