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
     * http_gather makes real HTTP requests to a server on the loopback. Three responses are due at
     * the same virtual instant; the virtual clock releases the server threads one at a time in
     * request-path order, so even this run is byte-identical, whatever order the OS runs them in.
     */
    private static final String REAL_IO = "http_gather";

    static Stream<String> everyPattern() {
        return PatternRegistry.all().stream().map(Pattern::id);
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
        assertThat(everyPattern()).hasSize(16).contains(REAL_IO).containsAll(
                PatternRegistry.all().stream().map(Pattern::id).toList());
    }
}
