package org.loopscope.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.loopscope.trace.TraceModel;

/**
 * Reads Chrome Trace Event Format files: Loopscope's own losslessly (see {@link ChromeTraceWriter}),
 * and foreign thread-based traces (VizTracer, chrome://tracing exports; object or bare array
 * form) as one lane per thread with RUNNING segments named by function.
 *
 * <p>Streaming (Jackson {@link JsonParser}), a single pass, heap proportional to the events
 * kept. Every problem with the input — not JSON, cut off, wrong types, out of range, too big —
 * is a {@link TraceFormatException} with a one-line message saying where; other
 * {@link IOException}s are genuine I/O failures. Instances are stateless and thread-safe.
 */
public final class ChromeTraceReader {
    private final ReadLimits limits;
    private final JsonFactory json;

    public ChromeTraceReader() {
        this(ReadLimits.defaults());
    }

    public ChromeTraceReader(ReadLimits limits) {
        this.limits = limits;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxBytes())
                        .maxNumberLength(100)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // a caller's stream stays open
                .build();
    }

    /** Reads a trace file into a model. */
    public TraceModel read(Path file) throws IOException {
        return load(file).model();
    }

    /** Reads a trace file into a model, with the summary {@link #check} would give. */
    public LoadedTrace load(Path file) throws IOException {
        String source = file.toString();
        checkFile(file, source);
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, source);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(source + ": no such file", e);
        }
    }

    /**
     * Reads a trace from a stream (not closed here). {@code sourceName} names it in messages and
     * becomes the title of a foreign trace.
     */
    public LoadedTrace load(InputStream in, String sourceName) throws IOException {
        TraceCollector collector = new TraceCollector();
        EventParser events = null;
        try (JsonParser parser = json.createParser(new BufferedInputStream(in, 1 << 16))) {
            events = new EventParser(parser, collector, limits);
            try {
                events.parseDocument();
            } catch (IllegalArgumentException e) {
                throw new TraceFormatException(sourceName + ": " + events.where(parser.currentTokenLocation())
                        + ": " + oneLine(e.getMessage()), e);
            }
        } catch (JsonProcessingException e) {
            String where = events == null ? "start of file" : events.where(e.getLocation());
            throw new TraceFormatException(sourceName + ": " + where + ": " + jsonReason(e), e);
        } catch (CharConversionException e) {
            throw new TraceFormatException(sourceName + ": not text in a JSON encoding: " + oneLine(e.getMessage()), e);
        }
        try {
            return ModelAssembler.build(collector, sourceName, events.eventCount());
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(sourceName + ": " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * Validates a file without showing it: parses every event and builds the model the chart
     * would get (so overlapping segments are caught too), then returns its summary.
     */
    public TraceSummary check(Path file) throws IOException {
        return load(file).summary();
    }

    private void checkFile(Path file, String source) throws TraceFormatException {
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(source + ": is a directory, not a trace file");
        }
        if (!Files.exists(file)) {
            throw new TraceFormatException(source + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                String[] sizes = sizes(size, limits.maxBytes());
                throw new TraceFormatException(source + ": the file is " + sizes[0] + ", larger than the limit of " + sizes[1]);
            }
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TraceFormatException(source + ": cannot read: " + AtomicFileWrite.reason(e), e);
        }
    }

    /** Both in MB, or in bytes when MB would show the same number ("2048.0 MB, larger than 2048.0 MB"). */
    private static String[] sizes(long size, long limit) {
        String a = megabytes(size);
        String b = megabytes(limit);
        return a.equals(b) ? new String[] {size + " bytes", limit + " bytes"} : new String[] {a, b};
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** Jackson's message without its multi-line source excerpt. */
    private static String jsonReason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Unexpected end-of-input")) {
            return "the file is cut off (" + oneLine(message) + ")";
        }
        int hint = message == null ? -1 : message.indexOf(": enable `");
        return oneLine(hint < 0 ? message : message.substring(0, hint)); // Jackson's hints name its own settings
    }

    /** First line, control characters (from binary garbage) replaced, at most 200 characters. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
