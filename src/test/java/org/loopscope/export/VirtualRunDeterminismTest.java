package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.TraceModel;

/**
 * The virtual clock is deterministic: the same pattern and parameters give a byte-identical trace,
 * run after run, for every pattern of the guide but the one that does real network I/O.
 */
class VirtualRunDeterminismTest {
    private static byte[] traceOf(Pattern pattern) throws IOException {
        PatternRun run = new PatternRun(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual());
        run.runHere();
        TraceModel model = run.buildModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(model, out);
        return out.toByteArray();
    }

    /**
     * http_gather makes real HTTP requests to a server on the loopback: the virtual clock waits
     * for them, but which of three responses due at the same instant reaches the loop first is
     * the operating system's choice (see {@link #realIoChangesOnlyWhichSimultaneousResponseWakesFirst}).
     */
    private static final String REAL_IO = "http_gather";

    static Stream<String> everyPattern() {
        return PatternRegistry.all().stream().map(Pattern::id).filter(id -> !id.equals(REAL_IO));
    }

    @ParameterizedTest
    @MethodSource("everyPattern")
    void theSameRunWritesTheSameBytes(String id) throws IOException {
        Pattern pattern = PatternRegistry.require(id);
        byte[] first = traceOf(pattern);
        for (int i = 0; i < 5; i++) {
            assertThat(traceOf(pattern)).as("run %d of %s", i + 2, id).isEqualTo(first);
        }
        assertThat(first.length).isGreaterThan(500);
    }

    @Test
    void allSixteenPatternsAreCovered() {
        assertThat(Stream.concat(everyPattern(), Stream.of(REAL_IO))).hasSize(16).containsAll(
                PatternRegistry.all().stream().map(Pattern::id).toList());
    }

    @Test
    void realIoChangesOnlyWhichSimultaneousResponseWakesFirst() throws IOException {
        Pattern pattern = PatternRegistry.require(REAL_IO);
        String first = new String(traceOf(pattern), StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            String again = new String(traceOf(pattern), StandardCharsets.UTF_8);
            // every lane, segment, mark and time is the same, in the same order
            assertThat(withoutWakeArrows(again)).as("run %d", i + 2).isEqualTo(withoutWakeArrows(first));
            // and so are the wake-up arrows, but for which lane each one joins at the shared instant
            assertThat(wakeArrowTimes(again)).isEqualTo(wakeArrowTimes(first));
        }
    }

    private static List<String> withoutWakeArrows(String trace) {
        return trace.lines().filter(l -> !isWakeArrow(l)).toList();
    }

    private static List<String> wakeArrowTimes(String trace) {
        return trace.lines().filter(VirtualRunDeterminismTest::isWakeArrow)
                .map(l -> l.replaceAll("\"tid\":\\d+,", "")).sorted().toList();
    }

    private static boolean isWakeArrow(String line) {
        return line.startsWith("{\"ph\":\"s\"") || line.startsWith("{\"ph\":\"f\"");
    }
}
