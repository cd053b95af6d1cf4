package org.loopscope.export;

import org.loopscope.trace.TraceModel;

/** A model read from a trace file together with what the reader saw on the way. */
public record LoadedTrace(TraceModel model, TraceSummary summary) {
}
