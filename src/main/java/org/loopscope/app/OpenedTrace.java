package org.loopscope.app;

import java.nio.file.Path;
import org.loopscope.export.TraceSummary;
import org.loopscope.trace.TraceModel;

/**
 * A trace file shown read-only in the window: where it came from, the model the chart draws
 * (never changed after reading, so exports may read it from any thread) and what the reader saw.
 */
public record OpenedTrace(Path file, TraceModel model, TraceSummary summary) {
    /** "gather.json". */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The file name without its extension ("gather.json" → "gather"), for export names. */
    public String baseName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** True for a trace written by another tool (VizTracer, chrome://tracing). */
    public boolean foreign() {
        return summary.imported();
    }
}
