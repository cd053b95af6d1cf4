package org.loopscope.app;

import java.util.Locale;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.loop.LoopSnapshot;

/**
 * The loop inspector: what the loop will run next (the ready queue, in order), the timers by
 * due time, and what ran in the last iteration. It shows the snapshot the loop published
 * between iterations, so while paused or stepping it is exact.
 */
public final class InspectorViewModel {
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration", -1);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "The loop has not started yet.");
    private final ObservableList<String> ready = FXCollections.observableArrayList();
    private final ObservableList<String> timers = FXCollections.observableArrayList();
    private final ObservableList<String> lastRan = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty listsVisible = new javafx.beans.property.SimpleBooleanProperty(this, "listsVisible", true);
    private LoopSnapshot shown;
    private boolean shownOver;
    private boolean listsStale;

    public InspectorViewModel() {
        listsVisible.addListener((obs, was, now) -> {
            if (now && listsStale && shown != null) {
                fillLists(shown);
            }
        });
    }

    /**
     * Shows a snapshot; does nothing if it is the one already shown (called once per frame).
     * {@code over} says the run has ended, so the snapshot is the loop's last state.
     */
    public void show(LoopSnapshot snapshot, boolean over) {
        if (snapshot == shown && over == shownOver) {
            return;
        }
        shown = snapshot;
        shownOver = over;
        if (snapshot == null) {
            clear();
            return;
        }
        iteration.set(snapshot.iteration());
        heading.set(over
                ? String.format(Locale.ROOT, "The run is over: %d iterations, loop time %.3f s", snapshot.iteration(), snapshot.timeNs() / 1e9)
                : String.format(Locale.ROOT, "Before iteration %d, loop time %.3f s", snapshot.iteration(), snapshot.timeNs() / 1e9));
        if (listsVisible.get()) {
            fillLists(snapshot);
        } else {
            listsStale = true; // filled when the lists show: a hidden tab costs the frame nothing
        }
    }

    private void fillLists(LoopSnapshot snapshot) {
        listsStale = false;
        ready.setAll(snapshot.ready().isEmpty() ? java.util.List.of("(nothing is ready)")
                : withRest(numbered(snapshot.ready()), snapshot.readyTotal(), "ready"));
        timers.setAll(withRest(snapshot.timers().stream().map(t -> timerText(t, snapshot.timeNs())).toList(),
                snapshot.timersTotal(), "timers"));
        lastRan.setAll(snapshot.lastRan().isEmpty() ? java.util.List.of("(nothing ran)")
                : withRest(snapshot.lastRan(), snapshot.lastRanTotal(), "ran"));
    }

    /** Whether the lists are on screen (the Loop tab is selected); while not, they are filled only when they show again. */
    public javafx.beans.property.BooleanProperty listsVisibleProperty() {
        return listsVisible;
    }

    public void clear() {
        shown = null;
        shownOver = false;
        iteration.set(-1);
        heading.set("The loop has not started yet.");
        ready.clear();
        timers.clear();
        lastRan.clear();
    }

    private static java.util.List<String> numbered(java.util.List<String> labels) {
        java.util.List<String> out = new java.util.ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.add((i + 1) + ". " + labels.get(i));
        }
        return out;
    }

    /** The shown entries, then "… and 99,800 more (100,000 ready)" when the snapshot kept only the first. */
    private static java.util.List<String> withRest(java.util.List<String> shown, int total, String what) {
        if (total <= shown.size()) {
            return shown;
        }
        java.util.List<String> out = new java.util.ArrayList<>(shown);
        out.add(String.format(Locale.ROOT, "… and %,d more (%,d %s)", total - shown.size(), total, what));
        return out;
    }

    /** "due 1.500 s (in 0.500 s): sleep(1) → fetch(url1)" */
    static String timerText(LoopSnapshot.Timer timer, long nowNs) {
        return String.format(Locale.ROOT, "due %.3f s (in %.3f s): %s", timer.dueNs() / 1e9,
                Math.max(0, timer.dueNs() - nowNs) / 1e9, timer.label());
    }

    /** Loop iterations completed when the snapshot was taken; -1 before the first. */
    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    public long iteration() {
        return iteration.get();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<String> ready() {
        return ready;
    }

    public ObservableList<String> timers() {
        return timers;
    }

    public ObservableList<String> lastRan() {
        return lastRan;
    }
}
