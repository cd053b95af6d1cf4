package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is a TraceFormatException with a one-line message saying where and what. */
class TraceReaderErrorTest {
    private static final String X = "{\"ph\":\"X\",\"name\":\"f\",\"pid\":1,\"tid\":1,\"ts\":0,\"dur\":1}";

    @TempDir
    Path dir;

    static Stream<Arguments> badTraces() {
        return Stream.of(
                Arguments.of("empty file", "", "the file is empty"),
                Arguments.of("whitespace only", "  \n ", "the file is empty"),
                Arguments.of("truncated object", "{\"traceEvents\":[" + X + ",", "cut off"),
                Arguments.of("truncated string", "[{\"ph\":\"X\",\"na", "line 1, column"),
                Arguments.of("not JSON", "hello world", "line 1, column"),
                Arguments.of("a number at the top", "42", "expected a JSON object or array, found a number"),
                Arguments.of("ts is a string", "[{\"ph\":\"X\",\"ts\":\"12\",\"dur\":1}]", "traceEvents[0]: ts must be a number, found a string"),
                Arguments.of("traceEvents not an array", "{\"traceEvents\":{}}", "traceEvents must be an array, found an object"),
                Arguments.of("no traceEvents", "{\"otherData\":{}}", "no traceEvents array"),
                Arguments.of("no events", "{\"traceEvents\":[]}", "the trace has no events"),
                Arguments.of("no events in array form", "[]", "the trace has no events"),
                Arguments.of("event not an object", "[" + X + ", 3]", "traceEvents[1]: an event must be an object, found a number"),
                Arguments.of("no ph", "[{\"ts\":1}]", "the event has no ph"),
                Arguments.of("ph not a string", "[{\"ph\":1}]", "ph must be a string"),
                Arguments.of("negative duration", "[" + X + ",{\"ph\":\"X\",\"ts\":5,\"dur\":-2}]", "traceEvents[1]: negative duration -2.0 µs"),
                Arguments.of("X without dur", "[{\"ph\":\"X\",\"ts\":5}]", "an X event needs dur"),
                Arguments.of("event without ts", "[{\"ph\":\"i\",\"name\":\"a\"}]", "a 'i' event needs ts"),
                Arguments.of("ts far beyond any clock", "[{\"ph\":\"X\",\"ts\":1e300,\"dur\":1}]", "ts: 1e300 is beyond the supported range"),
                Arguments.of("huge integer ts", "[{\"ph\":\"X\",\"ts\":123456789012345678901234567890,\"dur\":1}]", "beyond the supported range"),
                Arguments.of("huge dur", "[{\"ph\":\"X\",\"ts\":0,\"dur\":9e15}]", "dur: 9e15 is beyond"),
                Arguments.of("pid a string", "[{\"ph\":\"X\",\"pid\":\"main\",\"ts\":0,\"dur\":1}]", "pid must be an integer, found a string"),
                Arguments.of("tid out of int range", "[{\"ph\":\"X\",\"tid\":99999999999,\"ts\":0,\"dur\":1}]", "out of range of int"),
                Arguments.of("E before its B", "[{\"ph\":\"B\",\"ts\":5},{\"ph\":\"E\",\"ts\":4}]", "traceEvents[1]: E event at 4.0 µs is before its B at 5.0 µs"),
                Arguments.of("content after the trace", "[" + X + "] [", "unexpected content after the end of the trace"),
                Arguments.of("NaN", "[{\"ph\":\"X\",\"ts\":NaN,\"dur\":1}]", "line 1, column 20, traceEvents[0]: Non-standard token 'NaN'"),
                Arguments.of("deep nesting", "[{\"ph\":\"X\",\"args\":" + "[".repeat(5000), "nesting depth"),
                Arguments.of("overlapping Loopscope segments",
                        "{\"traceEvents\":[{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"main\",\"loopscope_kind\":\"task\"}},"
                                + "{\"ph\":\"X\",\"name\":\"running\",\"pid\":1,\"tid\":1,\"ts\":0,\"dur\":10},"
                                + "{\"ph\":\"X\",\"name\":\"waiting\",\"pid\":1,\"tid\":1,\"ts\":5,\"dur\":10}]}",
                        "lane 'main' (tid 1): segments overlap at 5.0 µs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTraces")
    void badTraceGivesAClearOneLineMessage(String what, String content, String expected) {
        assertThatThrownBy(() -> read(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("bad.json: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300));
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertThatThrownBy(() -> read(garbage)).isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("bad.json: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContainPattern("\\p{Cntrl}"));
    }

    @Test
    void aValidFileCutShortIsRefusedWithItsPosition() throws IOException {
        byte[] whole = written();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> read(half)).isInstanceOf(TraceFormatException.class)
                .hasMessageMatching("bad\\.json: line \\d+, column \\d+, traceEvents\\[\\d+\\]: .*");
    }

    @Test
    void missingFileDirectoryAndOversizedFileAreRefused() throws IOException {
        ChromeTraceReader reader = new ChromeTraceReader();
        Path missing = dir.resolve("missing.json");
        Path file = dir.resolve("trace.json");
        Files.write(file, written());

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(TraceFormatException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(TraceFormatException.class)
                .hasMessage(dir + ": is a directory, not a trace file");
        assertThatThrownBy(() -> new ChromeTraceReader(ReadLimits.defaults().withMaxBytes(1000)).check(file))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining(file + ": the file is ").hasMessageContaining("larger than the limit of 1000 bytes");
    }

    @Test
    void oversizedStreamIsRefusedWhileReading() throws IOException {
        ChromeTraceReader small = new ChromeTraceReader(ReadLimits.defaults().withMaxBytes(1000));

        assertThatThrownBy(() -> small.load(new ByteArrayInputStream(written()), "bad.json"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("Document length").hasMessageContaining("exceeds the maximum allowed (1000");
    }

    @Test
    void tooManyEventsAreRefused() {
        ChromeTraceReader capped = new ChromeTraceReader(ReadLimits.defaults().withMaxEvents(3));
        byte[] four = ("[" + X + "," + X.replace("\"ts\":0", "\"ts\":1") + "," + X.replace("\"ts\":0", "\"ts\":2")
                + "," + X.replace("\"ts\":0", "\"ts\":3") + "]").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> capped.load(new ByteArrayInputStream(four), "bad.json"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("traceEvents[3]: more than 3 events");
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(SampleTraces.everything(), out);
        return out.toByteArray();
    }

    private static LoadedTrace read(byte[] content) throws IOException {
        return new ChromeTraceReader().load(new ByteArrayInputStream(content), "bad.json");
    }
}
