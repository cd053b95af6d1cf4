package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.trace.Callout;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;

class ChromeTraceRoundTripTest {
    private final ChromeTraceWriter writer = new ChromeTraceWriter();
    private final ChromeTraceReader reader = new ChromeTraceReader();

    @TempDir
    Path dir;

    @Test
    void roundTripRestoresEveryFeature() throws IOException {
        // given a model using every feature, written to a file
        TraceModel original = SampleTraces.everything();
        Path file = dir.resolve("everything.json");
        writer.write(original, file);

        // when it is read back
        TraceModel read = reader.read(file);

        // then nothing is lost
        assertThat(TraceModels.differences(original, read)).isEmpty();
        assertThat(read.lanes()).extracting(l -> l.kind())
                .containsExactly(LaneKind.LOOP, LaneKind.TASK, LaneKind.TASK, LaneKind.WORKER);
        assertThat(read.lane(2).name()).isEqualTo("fetch(\"url1\")");
        assertThat(read.lane(2).parent()).isEqualTo(1);
        assertThat(read.lane(0).sortIndex()).isEqualTo(5);
        assertThat(read.segments(1).state(2)).isEqualTo(SegmentState.READY);
        assertThat(read.segments(1).lateNs(2)).isEqualTo(1_234_567);
        assertThat(read.label(read.segments(3).labelId(0))).isEqualTo("job: 日本語");
        // the open segments were written closed at endNs
        assertThat(read.segments(2).end(read.segments(2).size() - 1)).isEqualTo(7_500_000);
        assertThat(read.callouts()).contains(new Callout(-1, 0, "a note on no lane"));
        assertThat(read.meta()).isEqualTo(original.meta());
        assertThat(read.endNs()).isEqualTo(7_500_000);
    }

    @Test
    void detectsADifferenceWhenThereIsOne() throws IOException {
        TraceModel original = SampleTraces.everything();
        TraceModel read = reader.read(write(original));
        read.addSegment(0, 7_000_000, 7_000_001, SegmentState.BUSY, null, 0);

        assertThat(TraceModels.differences(original, read)).anySatisfy(d -> assertThat(d).startsWith("lane 0"));
    }

    @Test
    void sameModelGivesSameBytes() throws IOException {
        byte[] first = bytes(SampleTraces.everything());
        byte[] second = bytes(SampleTraces.everything());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void rewritingWhatWasReadGivesSameBytes() throws IOException {
        byte[] first = bytes(SampleTraces.everything());
        TraceModel read = reader.load(new ByteArrayInputStream(first), "mem").model();

        assertThat(bytes(read)).isEqualTo(first);
    }

    @Test
    void bytesDoNotDependOnTheDefaultLocale() throws IOException {
        byte[] expected = bytes(SampleTraces.everything());
        Locale saved = Locale.getDefault();
        try {
            // German writes 1,5 and Arabic its own digits where a careless formatter is used
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN")}) {
                Locale.setDefault(locale);
                assertThat(bytes(SampleTraces.everything())).as(locale.toString()).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void fileAndStreamGiveSameBytes() throws IOException {
        Path file = write(SampleTraces.everything());

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes(SampleTraces.everything()));
        assertThat(Files.readString(file)).startsWith("{\"traceEvents\":[\n{\"ph\":\"M\"");
    }

    @Test
    void emptyModelRoundTrips() throws IOException {
        TraceModel empty = new TraceModel();
        empty.setMeta(new TraceMeta("none", "", "real", "0.1.0"));

        TraceModel read = reader.read(write(empty));

        assertThat(TraceModels.differences(empty, read)).isEmpty();
        assertThat(read.laneCount()).isZero();
    }

    @Test
    void summaryDescribesTheFile() throws IOException {
        TraceSummary summary = reader.check(write(SampleTraces.everything()));

        assertThat(summary.lanes()).isEqualTo(4);
        assertThat(summary.imported()).isFalse();
        assertThat(summary.skipped()).isZero();
        // 1 process_name + 2 per lane, 11 segments, 6 marks, 2 per edge, 2 callouts
        assertThat(summary.events()).isEqualTo(1 + 8 + 11 + 6 + 12 + 2);
        assertThat(summary.describe()).isEqualTo("ok: 4 lanes, 40 events, 0.000–0.008 s");
    }

    private Path write(TraceModel model) throws IOException {
        Path file = dir.resolve("trace-" + System.nanoTime() + ".json");
        writer.write(model, file);
        return file;
    }

    private byte[] bytes(TraceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(model, out);
        return out.toByteArray();
    }
}
