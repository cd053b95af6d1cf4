package org.loopscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loopscope.export.ChromeTraceWriter;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.trace.TraceModel;

/** Trace files for the open and export tests: Loopscope's own, a foreign one, broken ones. */
final class TraceFiles {
    /** Like VizTracer's output: one process, two threads, nested calls, a counter the chart ignores. */
    static final String VIZTRACER_LIKE = """
            {"traceEvents": [
              {"ph": "M", "pid": 4242, "tid": 4242, "name": "process_name", "args": {"name": "python3"}},
              {"ph": "M", "pid": 4242, "tid": 4242, "name": "thread_name", "args": {"name": "MainThread"}},
              {"ph": "M", "pid": 4242, "tid": 4250, "name": "thread_name", "args": {"name": "Thread-1"}},
              {"pid": 4242, "tid": 4242, "ts": 1030.5, "dur": 10, "name": "parse (app.py:9)", "ph": "X", "cat": "FEE"},
              {"pid": 4242, "tid": 4242, "ts": 1020, "dur": 30, "name": "fetch (app.py:5)", "ph": "X", "cat": "FEE"},
              {"pid": 4242, "tid": 4242, "ts": 1000, "dur": 100, "name": "main (app.py:1)", "ph": "X", "cat": "FEE"},
              {"pid": 4242, "tid": 4250, "ts": 1050, "ph": "B", "name": "work"},
              {"pid": 4242, "tid": 4250, "ts": 1060, "ph": "B", "name": "inner"},
              {"pid": 4242, "tid": 4250, "ts": 1070, "ph": "E"},
              {"pid": 4242, "tid": 4250, "ts": 1090, "ph": "E"},
              {"pid": 4242, "ts": 1000, "ph": "C", "name": "memory", "args": {"rss": 12}}
            ],
            "viztracer_metadata": {"version": "0.16.3"}}
            """;

    private TraceFiles() {
    }

    static Path foreign(Path dir) throws IOException {
        return Files.writeString(dir.resolve("viz.json"), VIZTRACER_LIKE);
    }

    /** A finished virtual-clock run of the pattern, written as Loopscope writes traces. */
    static Path loopscope(Path dir, String patternId) throws IOException {
        Pattern pattern = PatternRegistry.require(patternId);
        PatternRun run = new PatternRun(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual());
        run.runHere();
        TraceModel model = run.buildModel();
        Path file = dir.resolve(patternId + ".json");
        new ChromeTraceWriter().write(model, file);
        return file;
    }

    /** The first 200 characters of a good trace: cut off in the middle of an event. */
    static Path truncated(Path dir) throws IOException {
        String whole = VIZTRACER_LIKE;
        return Files.writeString(dir.resolve("cut.json"), whole.substring(0, 200));
    }

    /** JSON, but a trace event's time is a string. */
    static Path wrongType(Path dir) throws IOException {
        return Files.writeString(dir.resolve("wrong.json"),
                "{\"traceEvents\": [{\"ph\": \"X\", \"pid\": 1, \"tid\": 1, \"ts\": \"soon\", \"dur\": 5, \"name\": \"f\"}]}");
    }
}
