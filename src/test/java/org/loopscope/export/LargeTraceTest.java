package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.trace.TraceModel;

/** A million segments read back completely (no timing assertion: the bench measures speed). */
class LargeTraceTest {
    @TempDir
    Path dir;

    @Test
    void millionSegmentTraceReadsBackCompletely() throws IOException {
        TraceModel model = TraceFileBench.model(1_000_000);
        Path file = dir.resolve("million.json");
        new ChromeTraceWriter().write(model, file);

        LoadedTrace loaded = new ChromeTraceReader().load(file);

        assertThat(loaded.model().segmentCount()).isEqualTo(1_000_000);
        assertThat(loaded.summary().events()).isEqualTo(1_000_000 + 1 + 2 * 16);
        assertThat(loaded.model().endNs()).isEqualTo(model.endNs());
        assertThat(TraceModels.segmentsAsWritten(loaded.model(), 7))
                .isEqualTo(TraceModels.segmentsAsWritten(model, 7));
        assertThat(loaded.model().strings().size()).isLessThan(20); // labels are shared, not copied
    }

    @Test
    void benchPrintsWriteAndReadFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        TraceFileBench.run(2_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("write 2,000 events").contains("MB/s").contains("events/s");
        assertThat(lines[1]).startsWith("read  2,000 events").contains("MB/s");
    }
}
