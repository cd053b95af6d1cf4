package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A loop counts as running flat out when its demand for a core (time on one or waiting for one)
 * kept up with the wall clock over a whole window.
 */
class LoopPriorityWatchTest {
    private static final long W = LoopPriorityWatch.WINDOW_NS;

    @Test
    void aLoopWantingACoreForAWholeWindowIsFlatOut() {
        LoopPriorityWatch.Window window = new LoopPriorityWatch.Window();
        assertThat(window.ranFlatOut(0, 0)).as("the first look only starts the window").isFalse();
        assertThat(window.ranFlatOut(W / 2, W / 2)).as("not a whole window yet").isFalse();
        assertThat(window.ranFlatOut(W, W * 9 / 10)).isTrue();
    }

    @Test
    void aLoopThatWaitsOnItsTimersIsNot() {
        LoopPriorityWatch.Window window = new LoopPriorityWatch.Window();
        window.ranFlatOut(0, 0);
        assertThat(window.ranFlatOut(W, W / 5)).isFalse();
        assertThat(window.ranFlatOut(2 * W, W / 5 + W / 2)).as("half of the second window").isFalse();
    }

    @Test
    void aVirtualThreadIsNotWatched() throws Exception {
        java.util.concurrent.CompletableFuture<LoopPriorityWatch> watch = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().start(() -> watch.complete(LoopPriorityWatch.ofCurrentThread()));
        assertThat(watch.get(10, java.util.concurrent.TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aShortBurstDoesNotCountAndEachWindowStartsAfresh() {
        LoopPriorityWatch.Window window = new LoopPriorityWatch.Window();
        window.ranFlatOut(0, 0);
        // a burst of 60 % of a window (a cold JVM building a lesson's tasks), then waiting
        assertThat(window.ranFlatOut(W * 6 / 5, W * 3 / 5)).isFalse();
        // the next window: 90 % of it on or waiting for a core
        assertThat(window.ranFlatOut(W * 11 / 5, W * 3 / 5 + W * 9 / 10)).isTrue();
    }
}
