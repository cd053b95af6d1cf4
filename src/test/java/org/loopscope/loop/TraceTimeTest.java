package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.loopscope.asyncio.Runner;
import org.loopscope.trace.Instrument;

/**
 * Step timestamps on the real clock come from counted reads and the coarse ticker: never
 * backwards, shared by steps between two reads, exact for a step that spans a tick.
 */
class TraceTimeTest {
    private static final long MS = 1_000_000L;

    @Test
    void coarseTimeNeverGoesBackAndCatchesUpOnceTheTickerTicks() throws InterruptedException {
        RealClock clock = new RealClock();
        TraceTime time = new TraceTime(clock);
        long first = time.coarse(); // takes the ticker: exact
        long previous = first;
        for (int i = 0; i < 100_000; i++) {
            long t = time.coarse();
            assertThat(t).isGreaterThanOrEqualTo(previous);
            previous = t;
        }
        Thread.sleep(5);
        long later = time.coarse();
        assertThat(later).as("the ticker ticked during 5 ms, so this read is exact").isGreaterThanOrEqualTo(first + 5 * MS);
        assertThat(time.exact()).isGreaterThanOrEqualTo(later);
        time.quiet();
    }

    @Test
    void onAVirtualClockEveryReadIsExact() {
        VirtualClock clock = new VirtualClock();
        TraceTime time = new TraceTime(clock);
        assertThat(time.coarse()).isZero();
        clock.advance(7 * MS);
        assertThat(time.coarse()).isEqualTo(7 * MS);
    }

    /** Start and end of every step of lane 1. */
    static final class Steps implements Instrument {
        final List<long[]> steps = new CopyOnWriteArrayList<>();
        private long begin;

        @Override
        public void beforeTaskStep(int lane, long atNs) {
            begin = atNs;
        }

        @Override
        public void afterTaskStep(int lane, long atNs, String waitingOn) {
            if (lane == 1) {
                steps.add(new long[] {begin, atNs});
            }
        }
    }

    @Test
    void aStepThatHoldsTheLoopWithoutAKnownBlockingCallIsTimedFully() {
        Steps steps = new Steps();
        try (Runner runner = new Runner(new RealClock())) {
            runner.instrument(steps);
            runner.run(coroutine("main", aw -> {
                aw.await(sleep(0));
                Thread.sleep(30); // plain Java holding the loop: no hook marks it
                aw.await(sleep(0));
                return null;
            }));
        }
        assertThat(steps.steps).hasSize(3);
        long[] held = steps.steps.get(1);
        assertThat(held[1] - held[0]).as("the step that slept 30 ms, in ns")
                .isGreaterThanOrEqualTo(30 * MS)
                .isLessThan(30 * MS + 200 * MS); // loose: a busy machine may delay the ticker and the sleep
    }

    @Test
    void readsAreSpacedByTheMeasuredStepRate() {
        // 100 calls over 10 µs: 0.1 µs a call, so 200 calls make the 20 µs spacing
        assertThat(TraceTime.nextSpacing(100, 10_000)).isEqualTo(200);
        // calls of 50 µs each: every call reads the clock
        assertThat(TraceTime.nextSpacing(4, 200_000)).isEqualTo(1);
        // no time passed at all (a coarse clock source), or a huge rate: capped
        assertThat(TraceTime.nextSpacing(10, 0)).isEqualTo(TraceTime.MAX_READ_EVERY);
        assertThat(TraceTime.nextSpacing(1_000_000, 1_000)).isEqualTo(TraceTime.MAX_READ_EVERY);
        // not measured yet (after a quiet spell)
        assertThat(TraceTime.nextSpacing(1, -1)).isBetween(1, TraceTime.MAX_READ_EVERY);
    }

    @Test
    void shortStepsOfPlainWorkAreTimedOneByOneBetweenTicks() {
        // Given steps that each spin for 200 µs of plain Java (no hook marks them), far shorter
        // than a tick: the counted reads, not the ticker, must time them
        Steps steps = new Steps();
        int spins = 40;
        try (Runner runner = new Runner(new RealClock())) {
            runner.instrument(steps);
            runner.run(coroutine("main", aw -> {
                for (int i = 0; i < spins; i++) {
                    long until = System.nanoTime() + 200_000;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    aw.await(sleep(0));
                }
                return null;
            }));
        }
        // Then most spinning steps measure about their 200 µs (a few may straddle a read spacing
        // that was set before the steps grew long)
        long timedFully = steps.steps.stream().filter(s -> s[1] - s[0] >= 150_000).count();
        assertThat(timedFully).as("steps measured at >= 150 µs of %d", spins).isGreaterThanOrEqualTo(spins * 3 / 4);
    }

    @Test
    void theTickerThreadEndsWhenNoLoopIsBusy() throws InterruptedException {
        TraceTime time = new TraceTime(new RealClock());
        time.coarse();
        int before = WallTicker.ticks();
        Thread.sleep(20);
        assertThat(WallTicker.ticks()).as("ticks while a loop is busy").isGreaterThan(before);
        time.quiet();
        long deadline = System.nanoTime() + 5_000 * MS;
        while (tickerAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(tickerAlive()).isFalse();
    }

    private static boolean tickerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("loopscope-ticker"));
    }
}
