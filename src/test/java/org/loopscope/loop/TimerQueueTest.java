package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer heap's bookkeeping of cancelled timers (base_events._timer_cancelled_count). */
class TimerQueueTest {
    private final TimerQueue queue = new TimerQueue();

    @Test
    void aTimerCancelledAfterItRanIsNotCountedAsCancelledInTheHeap() {
        // as Sleep and wait_for do: the timer fires, then the awaiting code cancels it in a finally
        List<TimerHandle> fired = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            queue.schedule(i, () -> { }, "t" + i);
        }
        queue.popDue(1_000, fired::add);
        fired.forEach(TimerHandle::cancel);
        assertThat(queue.cancelledCount()).isZero();

        // so a heap with few cancelled timers is not rebuilt
        List<TimerHandle> live = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            live.add(queue.schedule(10_000 + i, () -> { }, "live" + i));
        }
        live.subList(120, 150).forEach(TimerHandle::cancel);
        queue.purgeCancelled();
        assertThat(queue.cancelledCount()).isEqualTo(30);
        assertThat(queue.size()).isEqualTo(150);
    }

    @Test
    void timersDroppedFromTheHeadOrByARebuildStopCounting() {
        List<TimerHandle> timers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            timers.add(queue.schedule(i, () -> { }, "t" + i));
        }
        timers.subList(0, 150).forEach(TimerHandle::cancel);
        queue.purgeCancelled(); // most are cancelled: rebuilt
        assertThat(queue.size()).isEqualTo(50);
        assertThat(queue.cancelledCount()).isZero();
        timers.get(150).cancel();
        queue.purgeCancelled(); // cancelled at the head: dropped
        assertThat(queue.size()).isEqualTo(49);
        assertThat(queue.cancelledCount()).isZero();
        timers.get(150).cancel(); // twice: no effect
        assertThat(queue.cancelledCount()).isZero();
    }
}
