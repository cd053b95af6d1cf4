package org.loopscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs and restarts in a row leave nothing behind: {@code bench soak} with 200 runs (every pattern
 * on the virtual clock, every tenth a real-clock hour-long blocking call stopped mid-run) ends with
 * the thread count it started with and heap after GC within a few MB of where it began.
 * docs/RELIABILITY.md records the 1,000-run figures.
 */
class SoakBenchTest {
    /** Generous: the heap after GC moves by a few MB with class loading and JIT; a leak of one model per run is far more. */
    private static final double HEAP_GROWTH_LIMIT_MB = 32;

    @Test
    void twoHundredRunsLeaveThreadsAndHeapFlat() throws InterruptedException {
        List<String> threadsBefore = threadNames();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SoakBench.Figures f = SoakBench.run(200, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(f.threadsAfter()).as("threads in the bench's group").isLessThanOrEqualTo(f.threadsBefore());
        assertThat(f.heapMbAfter() - f.heapMbBefore()).as("heap growth after GC, MB").isLessThan(HEAP_GROWTH_LIMIT_MB);
        // every thread of the app's own (loop, workers, local API) has ended, JVM-wide
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (loopscopeThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(loopscopeThreads()).isZero();
        assertThat(threadNames()).as("threads before: %s", threadsBefore).hasSizeLessThanOrEqualTo(threadsBefore.size());
        assertThat(out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse(""))
                .matches("runs=200 heap_mb_before=[0-9.]+ heap_mb_after=[0-9.]+ threads_before=\\d+ threads_after=\\d+");
    }

    /**
     * The JVM's live threads but the JDK's shared common pool, whose workers come and go by
     * themselves (the HTTP client of http_gather completes on it) and are never more than the cores.
     */
    static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> !name.startsWith("ForkJoinPool.commonPool-worker-")).sorted().toList();
    }

    static long loopscopeThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("loopscope-")).count();
    }
}
