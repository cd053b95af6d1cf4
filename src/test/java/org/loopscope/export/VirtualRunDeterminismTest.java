package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;
import org.loopscope.trace.TraceModel;

/** The virtual clock is deterministic: the same pattern and parameters give a byte-identical trace, run after run. */
class VirtualRunDeterminismTest {
    private static byte[] traceOf(Pattern pattern) throws IOException {
        PatternRun run = new PatternRun(pattern, Params.defaults(pattern.params()), PatternRun.Options.virtual());
        run.runHere();
        TraceModel model = run.buildModel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChromeTraceWriter().write(model, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gather", "blocking_call"})
    void theSameRunWritesTheSameBytes(String id) throws IOException {
        Pattern pattern = PatternRegistry.require(id);
        byte[] first = traceOf(pattern);
        for (int i = 0; i < 5; i++) {
            assertThat(traceOf(pattern)).as("run %d of %s", i + 2, id).isEqualTo(first);
        }
        assertThat(first.length).isGreaterThan(500);
    }
}
