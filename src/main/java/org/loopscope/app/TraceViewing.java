package org.loopscope.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;

/**
 * Which trace file the window shows read-only, if any, and what follows from it: the window
 * title names the file, the About tab describes it, the Code tab shows the pattern a Loopscope
 * trace was recorded from (none for a foreign trace). Leaving puts the selected pattern back.
 */
final class TraceViewing {
    static final String APP_TITLE = "Loopscope — see the event loop at work";

    private final ReadOnlyObjectWrapper<OpenedTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_TITLE);
    private final AboutViewModel about;
    private final CodeViewModel code;

    TraceViewing(AboutViewModel about, CodeViewModel code) {
        this.about = about;
        this.code = code;
    }

    void show(OpenedTrace opened) {
        trace.set(opened);
        title.set("Loopscope — " + opened.fileName() + " (read-only)");
        about.showTrace(opened);
        Pattern recorded = opened.foreign() ? null : PatternRegistry.byId(opened.model().meta().pattern()).orElse(null);
        if (recorded != null) {
            code.show(recorded);
        } else {
            code.clear();
        }
    }

    void leave(Pattern selected) {
        if (trace.get() == null) {
            return;
        }
        trace.set(null);
        title.set(APP_TITLE);
        about.showPattern(selected);
        if (selected != null) {
            code.show(selected);
        }
    }

    OpenedTrace current() {
        return trace.get();
    }

    ReadOnlyObjectProperty<OpenedTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
