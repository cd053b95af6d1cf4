package org.loopscope.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks a Chrome trace with a streaming {@link JsonParser}, one event at a time, handing each
 * to a {@link TraceCollector}; the file is never held as a tree. Accepts the object form
 * ({@code {"traceEvents":[...], "otherData":{...}}}, keys in any order) and the bare array form.
 *
 * <p>Strict where a wrong value would silently draw a wrong chart (ph, ts, dur, pid, tid must
 * have the right type) and lenient in args, where foreign tools put anything.
 */
final class EventParser {
    private final JsonParser json;
    private final TraceCollector sink;
    private final long maxEvents;
    private final long maxAbsNs;
    private final RawEvent event = new RawEvent();
    private long index = -1;
    private boolean inEvents;

    EventParser(JsonParser json, TraceCollector sink, ReadLimits limits) {
        this.json = json;
        this.sink = sink;
        this.maxEvents = limits.effectiveMaxEvents();
        this.maxAbsNs = limits.maxAbsTimeNs();
    }

    /** Events read so far (the index of the next one). */
    long eventCount() {
        return index + 1;
    }

    /** Where the parser is, for messages: "line 3, column 17, traceEvents[12]". */
    String where(JsonLocation location) {
        StringBuilder text = new StringBuilder();
        if (location != null && location.getLineNr() > 0) {
            text.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (inEvents && index >= 0) {
            text.append(text.isEmpty() ? "" : ", ").append("traceEvents[").append(index).append(']');
        }
        return text.isEmpty() ? "start of file" : text.toString();
    }

    void parseDocument() throws IOException {
        JsonToken top = json.nextToken();
        if (top == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (top == JsonToken.START_ARRAY) {
            parseEvents();
        } else if (top == JsonToken.START_OBJECT) {
            parseWrapper();
        } else {
            throw new IllegalArgumentException("expected a JSON object or array, found " + describe(top));
        }
        if (json.nextToken() != null) {
            throw new IllegalArgumentException("unexpected content after the end of the trace");
        }
        if (index < 0) {
            throw new IllegalArgumentException("the trace has no events");
        }
    }

    private void parseWrapper() throws IOException {
        boolean sawEvents = false;
        while (next() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken value = next();
            if (field.equals("traceEvents")) {
                if (value != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("traceEvents must be an array, found " + describe(value));
                }
                parseEvents();
                sawEvents = true;
            } else if (field.equals("otherData") && value == JsonToken.START_OBJECT) {
                parseOtherData();
            } else {
                json.skipChildren();
            }
        }
        if (!sawEvents) {
            throw new IllegalArgumentException("no traceEvents array");
        }
    }

    private void parseEvents() throws IOException {
        inEvents = true;
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            if (++index >= maxEvents) {
                throw new IllegalArgumentException("more than " + maxEvents + " events" + capReason());
            }
            if (token != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an event must be an object, found " + describe(token));
            }
            parseEvent();
            sink.accept(event);
        }
        inEvents = false;
    }

    private String capReason() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return maxEvents < ReadLimits.defaults().maxEvents()
                ? " (the limit for this JVM's " + heapMb + " MB heap; run with a larger -Xmx)" : " (the limit)";
    }

    private void parseEvent() throws IOException {
        event.reset();
        while (next() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken value = next();
            switch (field) {
                case "ph" -> event.phase = requireString(value, "ph");
                case "name" -> event.name = scalarText(value);
                case "cat" -> event.category = scalarText(value);
                case "id" -> event.flowId = scalarText(value);
                case "bp" -> event.bindingPoint = scalarText(value);
                case "ts" -> {
                    event.tsNs = micros(value, "ts");
                    event.hasTs = true;
                }
                case "dur" -> {
                    event.durNs = micros(value, "dur");
                    event.hasDur = true;
                }
                case "pid" -> event.pid = requireInt(value, "pid");
                case "tid" -> event.tid = requireInt(value, "tid");
                case "args" -> parseArgs(value);
                default -> json.skipChildren();
            }
        }
    }

    /** Args are free-form in foreign traces: take what has the expected type, ignore the rest. */
    private void parseArgs(JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (next() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken token = next();
            boolean isString = token == JsonToken.VALUE_STRING;
            boolean isInt = token == JsonToken.VALUE_NUMBER_INT;
            switch (field) {
                case "name" -> event.argName = isString ? json.getText() : event.argName;
                case "loopscope_kind" -> event.argKind = isString ? json.getText() : null;
                case "state" -> event.argState = isString ? json.getText() : null;
                case "on" -> event.argOn = isString ? json.getText() : null;
                case "detail" -> event.argDetail = isString ? json.getText() : null;
                case "text" -> event.argText = isString ? json.getText() : null;
                case "sort_index" -> {
                    event.hasSortIndex = isInt;
                    event.argSortIndex = isInt ? json.getIntValue() : 0;
                }
                case "loopscope_parent" -> {
                    event.hasParent = isInt;
                    event.argParent = isInt ? json.getIntValue() : -1;
                }
                case "late_ms" -> event.argLateNs = token.isNumeric() ? number(TimeText.MILLIS, "args.late_ms") : 0;
                default -> {
                }
            }
            json.skipChildren(); // a value of an unexpected type (an object, an array) is passed over whole
        }
    }

    private void parseOtherData() throws IOException {
        while (next() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken value = next();
            if (field.equals("total_s") && value.isNumeric()) {
                sink.totalNs(number(TimeText.SECONDS, "otherData.total_s"));
            } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL) {
                sink.otherData(field, value == JsonToken.VALUE_NULL ? null : json.getText());
            } else {
                json.skipChildren();
            }
        }
    }

    private long micros(JsonToken value, String field) throws IOException {
        if (!value.isNumeric()) {
            throw new IllegalArgumentException(field + " must be a number, found " + describe(value));
        }
        return number(TimeText.MICROS, field);
    }

    private long number(int scale, String field) throws IOException {
        try {
            return TimeText.parseNanos(json.getTextCharacters(), json.getTextOffset(), json.getTextLength(),
                    scale, maxAbsNs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    private String requireString(JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException(field + " must be a string, found " + describe(value));
        }
        return json.getText();
    }

    private int requireInt(JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException(field + " must be an integer, found " + describe(value));
        }
        return json.getIntValue();
    }

    /** Strings, numbers and booleans as text; objects and arrays are skipped (null). */
    private String scalarText(JsonToken value) throws IOException {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return json.getText();
        }
        json.skipChildren();
        return null;
    }

    /** Jackson reports a cut-off file itself; this guard makes sure no loop here can spin on a null token. */
    private JsonToken next() throws IOException {
        JsonToken token = json.nextToken();
        if (token == null) {
            throw new IllegalArgumentException("unexpected end of file");
        }
        return token;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
