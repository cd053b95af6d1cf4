package org.loopscope.app;

import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/**
 * The status bar's figures, read from the live trace model: loop time, how many tasks are
 * alive and how many of them are ready or waiting right now (their open segments), how many
 * times the loop stalled, and how many warnings were raised.
 */
public final class StatusViewModel {
    private final ReadOnlyStringWrapper loopTime = new ReadOnlyStringWrapper(this, "loopTime", "0.000 s");
    private final ReadOnlyIntegerWrapper alive = new ReadOnlyIntegerWrapper(this, "alive");
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(this, "ready");
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    private final ReadOnlyIntegerWrapper stalls = new ReadOnlyIntegerWrapper(this, "stalls");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private TraceModel counted;
    private int stallsCounted;
    private int segmentsScanned;

    /** Recounts from the model (once per frame); stalls are counted incrementally. */
    public void update(TraceModel model, int warningCount) {
        warnings.set(warningCount);
        if (model == null) {
            clear();
            return;
        }
        loopTime.set(String.format(Locale.ROOT, "%.3f s", model.endNs() / 1e9));
        // Counted by the model as lanes change state: a 100,000-task run must not be scanned every frame.
        int aliveNow = 0;
        for (SegmentState s : SegmentState.values()) {
            aliveNow += model.openTaskCount(s);
        }
        alive.set(aliveNow);
        ready.set(model.openTaskCount(SegmentState.READY));
        waiting.set(model.openTaskCount(SegmentState.WAITING));
        stalls.set(countStalls(model));
    }

    /** Stalls of the loop lane: closed STALLED segments, plus the open one if the loop is stalled now. */
    private int countStalls(TraceModel model) {
        if (model != counted) {
            counted = model;
            stallsCounted = 0;
            segmentsScanned = 0;
        }
        SegmentColumn loop = model.segments(0);
        for (; segmentsScanned < loop.size(); segmentsScanned++) {
            if (startsStall(loop, segmentsScanned)) {
                stallsCounted++;
            }
        }
        TraceModel.OpenSegment open = model.openSegment(0);
        boolean stalledNow = open != null && open.state() == SegmentState.STALLED;
        boolean continuesLast = loop.size() > 0 && loop.state(loop.size() - 1) == SegmentState.STALLED
                && stalledNow && loop.end(loop.size() - 1) == open.startNs();
        return stallsCounted + (stalledNow && !continuesLast ? 1 : 0);
    }

    /** A stall is a run of back-to-back STALLED segments (a blocking call that also overran counts once). */
    private static boolean startsStall(SegmentColumn loop, int i) {
        if (loop.state(i) != SegmentState.STALLED) {
            return false;
        }
        return i == 0 || loop.state(i - 1) != SegmentState.STALLED || loop.end(i - 1) != loop.start(i);
    }

    public void clear() {
        counted = null;
        loopTime.set("0.000 s");
        alive.set(0);
        ready.set(0);
        waiting.set(0);
        stalls.set(0);
    }

    public ReadOnlyStringProperty loopTimeProperty() {
        return loopTime.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty aliveProperty() {
        return alive.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stallsProperty() {
        return stalls.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }
}
