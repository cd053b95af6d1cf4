package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun.ClockKind;

/**
 * The window's runs, 200 times over, as a class does all day — without a window: the view model
 * is driven the way the frame timer drives it ({@link MainViewModel#pulse()}). Runs to the end on
 * the virtual clock (every pattern), real-clock runs stopped inside an hour-long blocking call,
 * restarts in the middle of a run. Afterwards no loop or worker thread is left and heap after GC
 * is where it was.
 */
class RunRestartSoakTest {
    private static final int CYCLES = 200;
    private final MainViewModel vm = new MainViewModel(PatternRegistry.all());

    @AfterEach
    void endRuns() {
        vm.shutdown();
    }

    @Test
    void twoHundredRunsStopsAndRestartsLeaveThreadsAndHeapFlat() throws InterruptedException {
        List<Pattern> patterns = PatternRegistry.all();
        for (int i = 0; i < 4; i++) {
            cycle(i, patterns); // warm-up: load every kind of run's classes before measuring
        }
        awaitNoLoopscopeThreads();
        List<String> threadsBefore = threadNames();
        double heapBefore = heapAfterGcMb();

        for (int i = 0; i < CYCLES; i++) {
            cycle(i, patterns);
        }

        awaitNoLoopscopeThreads();
        assertThat(loopscopeThreads()).as("loop and worker threads left").isZero();
        assertThat(threadNames()).as("threads before: %s", threadsBefore).hasSizeLessThanOrEqualTo(threadsBefore.size());
        assertThat(heapAfterGcMb() - heapBefore).as("heap growth after GC, MB").isLessThan(32);
    }

    /** One of four ways a run is used: run to the end, stop a runaway, restart a runaway, restart a short run. */
    private void cycle(int i, List<Pattern> patterns) throws InterruptedException {
        switch (i % 4) {
            case 0 -> {
                select(patterns.get((i / 4) % patterns.size()), ClockKind.VIRTUAL);
                vm.run();
                pulseUntil(() -> !vm.runState().isActive() && vm.session().isFinished());
            }
            case 1 -> {
                runaway();
                vm.stop();
                pulseUntil(() -> vm.session().isFinished());
                assertThat(vm.runState()).isEqualTo(RunState.STOPPED);
            }
            case 2 -> {
                runaway();
                RunSession old = vm.session();
                vm.restart();
                pulseUntil(old::isDone); // the old run ended; the window only pulses the new one
                vm.stop();
                pulseUntil(() -> vm.session().isFinished());
            }
            default -> {
                select(PatternRegistry.require("gather"), ClockKind.VIRTUAL);
                vm.run();
                vm.restart();
                pulseUntil(() -> vm.runState() == RunState.FINISHED);
            }
        }
    }

    /** blocking_call with time.sleep(3600) on the real clock, until the loop is held by it. */
    private void runaway() throws InterruptedException {
        select(PatternRegistry.require("blocking_call"), ClockKind.REAL);
        vm.params().field("block").textProperty().set("3600");
        vm.run();
        pulseUntil(() -> vm.status().stallsProperty().get() == 1);
    }

    private void select(Pattern pattern, ClockKind clock) {
        vm.selectedPatternProperty().set(pattern);
        vm.clockProperty().set(clock);
    }

    private void pulseUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        vm.pulse();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(1);
            vm.pulse();
        }
    }

    /**
     * The JVM's live threads but the JDK's shared common pool, whose workers come and go by
     * themselves (the HTTP client of http_gather completes on it) and are never more than the cores.
     */
    static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> !name.startsWith("ForkJoinPool.commonPool-worker-")).sorted().toList();
    }

    private static long loopscopeThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("loopscope-")).count();
    }

    private static void awaitNoLoopscopeThreads() throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (loopscopeThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
