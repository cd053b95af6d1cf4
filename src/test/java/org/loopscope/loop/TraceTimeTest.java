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
 * Step timestamps on the real clock come from the coarse ticker: never backwards, shared by
 * steps shorter than a tick, exact for a step that spans one.
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
