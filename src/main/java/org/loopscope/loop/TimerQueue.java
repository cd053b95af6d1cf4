package org.loopscope.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The loop's timers: a binary heap with lazy cancellation (asyncio base_events). A cancelled
 * timer stays in the heap until it reaches the head; when more than half the heap is cancelled
 * the heap is rebuilt without them, so a storm of cancelled timeouts cannot grow it forever.
 */
final class TimerQueue {
    private static final int MIN_HEAP_FOR_CLEANUP = 100;
    private PriorityQueue<TimerHandle> heap = new PriorityQueue<>();
    private int cancelledCount;
    private long seq;

    TimerHandle schedule(long whenNs, Runnable callback, String label) {
        TimerHandle timer = new TimerHandle(callback, label, whenNs, seq++, this);
        heap.add(timer);
        return timer;
    }

    void timerCancelled() {
        cancelledCount++;
    }

    /** Drops cancelled timers at the head, or rebuilds the heap when most timers are cancelled. */
    void purgeCancelled() {
        if (heap.size() > MIN_HEAP_FOR_CLEANUP && cancelledCount * 2 > heap.size()) {
            PriorityQueue<TimerHandle> live = new PriorityQueue<>(Math.max(1, heap.size() - cancelledCount));
            for (TimerHandle t : heap) {
                if (!t.cancelled()) {
                    live.add(t);
                } else {
                    t.scheduled = false;
                }
            }
            heap = live;
            cancelledCount = 0;
            return;
        }
        while (!heap.isEmpty() && heap.peek().cancelled()) {
            heap.poll().scheduled = false;
            cancelledCount--;
        }
    }

    /** Due time of the earliest live timer after {@link #purgeCancelled()}, or Long.MAX_VALUE. */
    long nextDeadline() {
        return heap.isEmpty() ? Long.MAX_VALUE : heap.peek().whenNs;
    }

    /** Removes the timers due at or before {@code nowNs}, in due order, skipping cancelled ones. */
    void popDue(long nowNs, java.util.function.Consumer<TimerHandle> sink) {
        while (!heap.isEmpty() && heap.peek().whenNs <= nowNs) {
            TimerHandle t = heap.poll();
            t.scheduled = false;
            if (t.cancelled()) {
                cancelledCount--;
            } else {
                sink.accept(t);
            }
        }
    }

    int size() {
        return heap.size();
    }

    /** Invariant: the number of cancelled timers still in the heap. */
    int cancelledCount() {
        return cancelledCount;
    }

    /** Live timers in due order, for the inspector. */
    /** The pending timers, cancelled ones included, in no particular order (the inspector picks the soonest). */
    Iterable<TimerHandle> all() {
        return heap;
    }
}
