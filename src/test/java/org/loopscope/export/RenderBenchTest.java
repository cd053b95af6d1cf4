package org.loopscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.TraceModel;

class RenderBenchTest {
    @Test
    void printsEachViewAndEndsWithThePercentiles() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RenderBench.run(50, 5_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[0]).startsWith("model: 50 lanes, 5000 segments");
        assertThat(lines).anyMatch(l -> l.startsWith("fit-all")).anyMatch(l -> l.startsWith("zoomed-in"))
                .anyMatch(l -> l.startsWith("panning"));
        assertThat(lines[lines.length - 1]).matches("frame_ms_p50=\\d+\\.\\d\\d frame_ms_p99=\\d+\\.\\d\\d");
    }

    @Test
    void syntheticModelHasTheAskedSizeAndIsSeeded() {
        TraceModel a = RenderBench.syntheticModel(7, 1000, 1);
        TraceModel b = RenderBench.syntheticModel(7, 1000, 1);
        assertThat(a.laneCount()).isEqualTo(7);
        assertThat(a.segmentCount()).isEqualTo(1000);
        assertThat(a.endNs()).isEqualTo(b.endNs());
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RenderBench.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(RenderBench.percentile(sorted, 0.99)).isEqualTo(10);
    }
}
