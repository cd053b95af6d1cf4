package org.loopscope.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loopscope.trace.Callout;
import org.loopscope.trace.Lane;
import org.loopscope.trace.Mark;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.WakeEdge;

/**
 * Writes a {@link TraceModel} as a Chrome Trace Event Format file (object form), readable by
 * chrome://tracing, Perfetto and {@link ChromeTraceReader}.
 *
 * <p>Layout, one event per line, always in this order so the same model gives the same bytes:
 * metadata ({@code M}) for every lane; then per lane in id order its {@code X} state segments
 * and its {@code i} marks; then the wake-up flows ({@code s}/{@code f} pairs); then callouts.
 * Lane {@code n} is thread {@code tid = n + 1} of process 1, so a lane-less callout (-1) lands on tid 0.
 * Times are µs with up to three decimals: nanoseconds survive the round trip exactly.
 *
 * <p>Open segments are written as if closed at {@link TraceModel#endNs()}; the model is not changed.
 */
public final class ChromeTraceWriter {
    static final int PID = 1;
    static final String STATE_CATEGORY = "state";
    static final String MARK_CATEGORY = "mark";
    static final String CALLOUT = "callout";
    static final String FLOW_NAME = "wake";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes the model to {@code file} atomically (temporary file, then rename). */
    public void write(TraceModel model, Path file) throws IOException {
        AtomicFileWrite.write(file, out -> write(model, out));
    }

    /** Writes the model to a stream, which is flushed but not closed. */
    public void write(TraceModel model, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new EventPerLinePrinter());
            g.writeStartObject();
            g.writeFieldName("traceEvents");
            g.writeStartArray();
            writeLaneMetadata(model, g);
            writeLanes(model, g);
            writeFlows(model, g);
            writeCallouts(model, g);
            g.writeEndArray();
            g.writeStringField("displayTimeUnit", "ms");
            writeOtherData(model, g);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeLaneMetadata(TraceModel model, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "M");
        g.writeStringField("name", "process_name");
        g.writeNumberField("pid", PID);
        g.writeObjectFieldStart("args");
        g.writeStringField("name", "Loopscope " + model.meta().title());
        g.writeEndObject();
        g.writeEndObject();
        for (Lane lane : model.lanes()) {
            metadataStart(g, "thread_name", lane.id());
            g.writeStringField("name", lane.name());
            g.writeStringField("loopscope_kind", lane.kind().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("loopscope_parent", lane.parent());
            metadataEnd(g);
            metadataStart(g, "thread_sort_index", lane.id());
            g.writeNumberField("sort_index", lane.sortIndex());
            metadataEnd(g);
        }
    }

    private static void metadataStart(JsonGenerator g, String name, int lane) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "M");
        g.writeStringField("name", name);
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", tid(lane));
        g.writeObjectFieldStart("args");
    }

    private static void metadataEnd(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeLanes(TraceModel model, JsonGenerator g) throws IOException {
        List<List<Mark>> marksByLane = new ArrayList<>();
        List<Mark> strayMarks = new ArrayList<>();
        for (int i = 0; i < model.laneCount(); i++) {
            marksByLane.add(new ArrayList<>());
        }
        for (Mark mark : model.marks()) {
            boolean onLane = mark.lane() >= 0 && mark.lane() < model.laneCount();
            (onLane ? marksByLane.get(mark.lane()) : strayMarks).add(mark);
        }
        for (int lane = 0; lane < model.laneCount(); lane++) {
            writeSegments(model, lane, g);
            for (Mark mark : marksByLane.get(lane)) {
                writeMark(mark, g);
            }
        }
        for (Mark mark : strayMarks) {
            writeMark(mark, g);
        }
    }

    private static void writeSegments(TraceModel model, int lane, JsonGenerator g) throws IOException {
        SegmentColumn column = model.segments(lane);
        for (int i = 0; i < column.size(); i++) {
            writeSegment(g, lane, column.start(i), column.end(i), column.state(i).label(),
                    model.label(column.labelId(i)), column.lateNs(i));
        }
        TraceModel.OpenSegment open = model.openSegment(lane);
        if (open != null && model.endNs() > open.startNs()) {
            writeSegment(g, lane, open.startNs(), model.endNs(), open.state().label(),
                    model.label(open.labelId()), open.lateNs());
        }
    }

    private static void writeSegment(JsonGenerator g, int lane, long start, long end, String state,
                                     String on, long lateNs) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "X");
        g.writeStringField("name", state);
        g.writeStringField("cat", STATE_CATEGORY);
        writePlace(g, lane, start);
        g.writeFieldName("dur");
        g.writeNumber(TimeText.decimal(end - start, TimeText.MICROS));
        g.writeObjectFieldStart("args");
        g.writeStringField("state", state);
        if (on != null) {
            g.writeStringField("on", on);
        }
        if (lateNs > 0) {
            g.writeFieldName("late_ms");
            g.writeNumber(TimeText.decimal(lateNs, TimeText.MILLIS));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMark(Mark mark, JsonGenerator g) throws IOException {
        writeInstant(g, mark.kind().label(), MARK_CATEGORY, mark.lane(), mark.timeNs(), "detail", mark.detail());
    }

    private static void writeCallouts(TraceModel model, JsonGenerator g) throws IOException {
        for (Callout c : model.callouts()) {
            writeInstant(g, CALLOUT, CALLOUT, c.lane(), c.timeNs(), "text", c.text());
        }
    }

    private static void writeInstant(JsonGenerator g, String name, String category, int lane, long timeNs,
                                     String argName, String argValue) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", "i");
        g.writeStringField("name", name);
        g.writeStringField("cat", category);
        g.writeStringField("s", "t");
        writePlace(g, lane, timeNs);
        if (argValue != null) {
            g.writeObjectFieldStart("args");
            g.writeStringField(argName, argValue);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Each edge is a flow: {@code s} where the waker was, {@code f} binding to the woken lane's next slice. */
    private static void writeFlows(TraceModel model, JsonGenerator g) throws IOException {
        long id = 0;
        for (WakeEdge edge : model.edges()) {
            id++;
            writeFlowEnd(g, "s", id, edge.kind().label(), edge.fromLane(), edge.fromNs());
            writeFlowEnd(g, "f", id, edge.kind().label(), edge.toLane(), edge.toNs());
        }
    }

    private static void writeFlowEnd(JsonGenerator g, String phase, long id, String category, int lane,
                                     long timeNs) throws IOException {
        g.writeStartObject();
        g.writeStringField("ph", phase);
        if (phase.equals("f")) {
            g.writeStringField("bp", "e");
        }
        g.writeStringField("name", FLOW_NAME);
        g.writeStringField("cat", category);
        g.writeNumberField("id", id);
        writePlace(g, lane, timeNs);
        g.writeEndObject();
    }

    private static void writePlace(JsonGenerator g, int lane, long timeNs) throws IOException {
        g.writeNumberField("pid", PID);
        g.writeNumberField("tid", tid(lane));
        g.writeFieldName("ts");
        g.writeNumber(TimeText.decimal(timeNs, TimeText.MICROS));
    }

    private static void writeOtherData(TraceModel model, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("otherData");
        g.writeStringField("pattern", model.meta().pattern());
        g.writeStringField("title", model.meta().title());
        g.writeStringField("clock", model.meta().clock());
        g.writeFieldName("total_s");
        g.writeNumber(TimeText.decimal(model.endNs(), TimeText.SECONDS));
        g.writeStringField("loopscope_version", model.meta().version());
        g.writeEndObject();
    }

    static int tid(int lane) {
        return lane + 1;
    }
}
