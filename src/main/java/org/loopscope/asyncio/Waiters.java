package org.loopscope.asyncio;

import java.util.ArrayDeque;
import java.util.Iterator;
import org.loopscope.loop.Await;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;

/**
 * A FIFO of futures that tasks park on, shared by Lock, Semaphore, Event and Queue: waking is
 * always in arrival order (fairness), and a waiter cancelled in the queue is skipped.
 */
final class Waiters {
    private final ArrayDeque<Future<Boolean>> queue = new ArrayDeque<>();
    private final String label;

    Waiters(String label) {
        this.label = label;
    }

    /** Parks the calling task until woken; returns normally when woken, throws CancelledError if cancelled. */
    void park(Await aw) {
        Future<Boolean> fut = new Future<>(aw.loop(), label);
        queue.add(fut);
        try {
            aw.await(fut);
        } finally {
            queue.remove(fut);
        }
    }

    /** Parks like {@link #park}; if cancelled after being woken, {@code onLostWakeUp} hands the wake-up on. */
    void park(Await aw, Runnable onLostWakeUp) {
        Future<Boolean> fut = new Future<>(aw.loop(), label);
        queue.add(fut);
        try {
            aw.await(fut);
        } catch (CancelledError e) {
            if (fut.isDone() && !fut.cancelled()) {
                onLostWakeUp.run();
            }
            throw e;
        } finally {
            queue.remove(fut);
        }
    }

    /** Wakes the first waiter not yet done; false if there is none. */
    boolean wakeFirst() {
        for (Future<Boolean> fut : queue) {
            if (!fut.isDone()) {
                fut.setResult(Boolean.TRUE);
                return true;
            }
        }
        return false;
    }

    void wakeAll() {
        for (Iterator<Future<Boolean>> it = queue.iterator(); it.hasNext(); ) {
            Future<Boolean> fut = it.next();
            if (!fut.isDone()) {
                fut.setResult(Boolean.TRUE);
            }
        }
    }

    /** True if some waiter is still waiting (not cancelled, not yet woken). */
    boolean anyWaiting() {
        for (Future<Boolean> fut : queue) {
            if (!fut.isDone()) {
                return true;
            }
        }
        return false;
    }

    boolean anyNotCancelled() {
        for (Future<Boolean> fut : queue) {
            if (!fut.cancelled()) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return queue.size();
    }

    static EventLoop loopOf(Await aw) {
        return aw.loop();
    }
}
