package org.loopscope.app;

import org.loopscope.patterns.Pattern;
import org.loopscope.trace.StackedModels;
import org.loopscope.trace.TraceModel;

/** What File › Export takes from the window: the model to write and a name for the file. */
final class ExportSource {
    private ExportSource() {
    }

    /**
     * The model to export, safe to read on another thread; called on the FX thread, which owns
     * the live models. The trace file's model and a finished run's model are never changed again,
     * so they are handed over as they are; a live run is copied (the picture is its state now);
     * compare mode stacks both runs on one time axis (a new model, so a copy too). Null when
     * there is nothing to export.
     */
    static TraceModel model(MainViewModel window) {
        OpenedTrace trace = window.openedTraceProperty().get();
        if (trace != null) {
            return trace.model();
        }
        RunSession main = window.session();
        RunSession other = window.compareSession();
        if (main == null) {
            return null;
        }
        if (other != null) {
            return StackedModels.stack(main.model(), other.model());
        }
        return main.isFinished() ? main.model() : org.loopscope.trace.ModelCopies.closedCopy(main.model());
    }

    /** A file name without extension: "gather", "gather-vs-sequential", or "viz" for an opened viz.json. */
    static String name(MainViewModel window) {
        OpenedTrace trace = window.openedTraceProperty().get();
        if (trace != null) {
            return trace.baseName();
        }
        RunSession main = window.session();
        Pattern p = main != null ? main.pattern() : window.selectedPatternProperty().get();
        String name = p == null ? "loopscope" : p.id();
        RunSession other = window.compareSession();
        return other != null ? name + "-vs-" + other.pattern().id() : name;
    }
}
