package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;
import org.loopscope.export.TraceModels.Segment;

/** Traces from other tools (VizTracer, chrome://tracing): one lane per thread, nested calls flattened. */
class ForeignTraceImportTest {
    /** Like VizTracer's output: X events written when a function returns, so children come first. */
    private static final String VIZTRACER_LIKE = """
            {"traceEvents": [
              {"ph": "M", "pid": 4242, "tid": 4242, "name": "process_name", "args": {"name": "python3"}},
              {"ph": "M", "pid": 4242, "tid": 4242, "name": "thread_name", "args": {"name": "MainThread"}},
              {"ph": "M", "pid": 4242, "tid": 4250, "name": "thread_name", "args": {"name": "Thread-1"}},
              {"pid": 4242, "tid": 4242, "ts": 1030.5, "dur": 10, "name": "parse (app.py:9)", "ph": "X", "cat": "FEE"},
              {"pid": 4242, "tid": 4242, "ts": 1020, "dur": 30, "name": "fetch (app.py:5)", "ph": "X", "cat": "FEE"},
              {"pid": 4242, "tid": 4242, "ts": 1000, "dur": 100, "name": "main (app.py:1)", "ph": "X", "cat": "FEE",
               "args": {"func_args": {"x": [1, 2, {"deep": null}]}}},
              {"pid": 4242, "tid": 4250, "ts": 1050, "ph": "B", "name": "work"},
              {"pid": 4242, "tid": 4250, "ts": 1060, "ph": "B", "name": "inner"},
              {"pid": 4242, "tid": 4250, "ts": 1070, "ph": "E"},
              {"pid": 4242, "tid": 4250, "ts": 1055, "ph": "i", "name": "checkpoint", "s": "t"},
              {"pid": 4242, "tid": 4250, "ts": 1090, "ph": "E"},
              {"pid": 4242, "tid": 4250, "ts": 1095, "ph": "E"},
              {"pid": 4242, "ts": 1000, "ph": "C", "name": "memory", "args": {"rss": 12}}
            ],
            "viztracer_metadata": {"version": "0.16.3", "overflow": false}}
            """;

    @Test
    void viztracerLikeTraceBecomesOneLanePerThread() throws IOException {
        LoadedTrace loaded = load(VIZTRACER_LIKE);
        TraceModel model = loaded.model();

        assertThat(model.lanes()).extracting(l -> l.name()).containsExactly("MainThread", "Thread-1");
        assertThat(model.lanes()).allMatch(l -> l.kind() == LaneKind.WORKER && l.parent() == -1);
        assertThat(model.meta().clock()).isEqualTo("imported");
        assertThat(model.meta().title()).isEqualTo("viz.json");
        // times shift so that the first event (main at 1000 µs) is at 0
        assertThat(model.endNs()).isEqualTo(100_000);
        assertThat(loaded.summary().imported()).isTrue();
        // the C counter and the orphan E at 1095
        assertThat(loaded.summary().skipped()).isEqualTo(2);
        assertThat(loaded.summary().events()).isEqualTo(13);
    }

    @Test
    void nestedCallsSplitTheirCallerAroundThem() throws IOException {
        TraceModel model = load(VIZTRACER_LIKE).model();

        assertThat(TraceModels.segmentsAsWritten(model, 0)).containsExactly(
                running(0, 20, "main (app.py:1)"),
                running(20, 30.5, "fetch (app.py:5)"),
                running(30.5, 40.5, "parse (app.py:9)"),
                running(40.5, 50, "fetch (app.py:5)"),
                running(50, 100, "main (app.py:1)"));
    }

    @Test
    void beginEndPairsNestLikeCompleteEvents() throws IOException {
        TraceModel model = load(VIZTRACER_LIKE).model();

        assertThat(TraceModels.segmentsAsWritten(model, 1)).containsExactly(
                running(50, 60, "work"),
                running(60, 70, "inner"),
                running(70, 90, "work"));
        assertThat(model.marks()).containsExactly(new Mark(55_000, 1, MarkKind.PRINT, "checkpoint"));
    }

    @Test
    void arrayFormWithoutThreadNamesNamesLanesByPidAndTid() throws IOException {
        String trace = """
                [{"name": "a", "ph": "X", "ts": 5000000.25, "dur": 1.5, "pid": 7, "tid": 2},
                 {"name": "b", "ph": "X", "ts": 5000000, "dur": 0.25, "pid": 7, "tid": 1},
                 {"name": "zero", "ph": "X", "ts": 5000000.5, "dur": 0, "pid": 7, "tid": 2}]
                """;
        TraceModel model = load(trace).model();

        assertThat(model.lanes()).extracting(l -> l.name()).containsExactly("7/1", "7/2");
        assertThat(TraceModels.segmentsAsWritten(model, 0)).containsExactly(new Segment(0, 250, "running", "b", 0));
        // the zero-length call draws nothing
        assertThat(TraceModels.segmentsAsWritten(model, 1)).containsExactly(new Segment(250, 1750, "running", "a", 0));
    }

    @Test
    void overlappingCallsThatDoNotNestNeverOverlapAsSegments() throws IOException {
        String trace = """
                [{"name": "a", "ph": "X", "ts": 0, "dur": 10, "tid": 1},
                 {"name": "b", "ph": "X", "ts": 5, "dur": 10, "tid": 1},
                 {"name": "c", "ph": "X", "ts": 5, "dur": 2, "tid": 1}]
                """;
        List<Segment> segments = TraceModels.segmentsAsWritten(load(trace).model(), 0);

        // the most recently started call is the one shown
        assertThat(segments).containsExactly(
                running(0, 5, "a"), running(5, 7, "c"), running(7, 15, "b"));
    }

    @Test
    void callsStillOpenAtTheEndCloseWithTheTrace() throws IOException {
        String trace = """
                [{"name": "crashed", "ph": "B", "ts": 0, "tid": 1},
                 {"name": "other", "ph": "X", "ts": 2, "dur": 8, "tid": 2}]
                """;
        TraceModel model = load(trace).model();

        assertThat(TraceModels.segmentsAsWritten(model, 0)).containsExactly(running(0, 10, "crashed"));
    }

    private static Segment running(double startUs, double endUs, String name) {
        return new Segment(Math.round(startUs * 1000), Math.round(endUs * 1000), "running", name, 0);
    }

    private static LoadedTrace load(String json) throws IOException {
        return new ChromeTraceReader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "viz.json");
    }
}
