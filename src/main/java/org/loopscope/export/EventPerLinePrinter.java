package org.loopscope.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with one trace event per line: a file a teacher can open in an editor and diff,
 * and whose parse errors name a useful line number. Only the traceEvents array is split;
 * nested values stay on their event's line.
 */
final class EventPerLinePrinter extends MinimalPrettyPrinter {
    private int depth;

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        depth++;
        super.writeStartObject(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        depth--;
        super.writeEndObject(g, nrOfEntries);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw(isEventArray() ? "[\n" : "[");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(isEventArray() ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        g.writeRaw(isEventArray() ? "\n]" : "]");
    }

    /** The event array is the only array directly inside the top-level object. */
    private boolean isEventArray() {
        return depth == 1;
    }
}
