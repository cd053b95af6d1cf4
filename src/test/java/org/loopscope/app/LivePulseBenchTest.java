package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench live} opens the real window headless, streams a semaphore run into it and prints
 * its pulse figures last. Small here (the figures for 100,000 requests are in docs/RELIABILITY.md);
 * no timing is asserted, the build machine's cores are shared.
 */
class LivePulseBenchTest {
    @Test
    void aSmallLiveRunPrintsPulseFiguresLast() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        LivePulseBench.Figures f = LivePulseBench.run(new LivePulseBench.Setup(2_000, 100, 0.05, 4.0, 30, 1),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("pulse_ms_p50=[0-9.]+ pulse_ms_p99=[0-9.]+");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("requests=2000 limit=100 ").contains("finished=true"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("warmup 1: 2000 requests, finished=true in "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("slowest frames (FX work, at s since the run began): "));
        assertThat(f.finished()).isTrue();
        assertThat(f.frames()).isGreaterThan(3);
        assertThat(f.segments()).isGreaterThan(2_000);
    }
}
