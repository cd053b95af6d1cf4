package org.loopscope.asyncio;

import java.util.Iterator;
import java.util.LinkedHashSet;
import org.loopscope.loop.Await;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Future;

/**
 * A FIFO of futures that tasks park on, shared by Lock, Semaphore, Event and Queue: waking is
 * always in arrival order (fairness), and a waiter cancelled in the queue is skipped.
 *
 * <p>A woken waiter leaves the queue at once but is counted in {@code woken} until its task
 * resumes: like CPython's deque, which keeps it until then, that stops a newcomer from
 * overtaking it (a Lock is only marked taken when the woken task runs). Every operation is O(1)
 * amortised, so a semaphore in front of 100,000 requests stays linear.
 */
final class Waiters {
    private final LinkedHashSet<Future<Boolean>> waiting = new LinkedHashSet<>();
    private final String label;
    private int woken;

    Waiters(String label) {
        this.label = label;
    }

    /** Parks the calling task until woken; returns normally when woken, throws CancelledError if cancelled. */
    void park(Await aw) {
        park(aw, null);
    }

    /** Parks like {@link #park(Await)}; if cancelled after being woken, {@code onLostWakeUp} hands the wake-up on. */
    void park(Await aw, Runnable onLostWakeUp) {
        Future<Boolean> fut = new Future<>(aw.loop(), label);
        waiting.add(fut);
        try {
            aw.await(fut);
        } catch (CancelledError e) {
            if (wasWoken(fut) && onLostWakeUp != null) {
                onLostWakeUp.run();
            }
            throw e;
        } finally {
            if (wasWoken(fut)) {
                woken--;
            } else {
                waiting.remove(fut);
            }
        }
    }

    private static boolean wasWoken(Future<Boolean> fut) {
        return fut.isDone() && !fut.cancelled();
    }

    /** Wakes the first waiter still waiting; false if there is none. */
    boolean wakeFirst() {
        for (Iterator<Future<Boolean>> it = waiting.iterator(); it.hasNext(); ) {
            Future<Boolean> fut = it.next();
            it.remove(); // cancelled ones are dropped on the way: their park() no longer needs them here
            if (!fut.isDone()) {
                fut.setResult(Boolean.TRUE);
                woken++;
                return true;
            }
        }
        return false;
    }

    void wakeAll() {
        while (wakeFirst()) {
            // each call wakes the next waiter in arrival order
        }
    }

    /** True if some waiter is still waiting (not cancelled, not yet woken). */
    boolean anyWaiting() {
        dropCancelledAtHead();
        return !waiting.isEmpty();
    }

    /** True if some waiter was not cancelled: still waiting, or woken and about to run. */
    boolean anyNotCancelled() {
        return woken > 0 || anyWaiting();
    }

    private void dropCancelledAtHead() {
        for (Iterator<Future<Boolean>> it = waiting.iterator(); it.hasNext(); ) {
            if (!it.next().cancelled()) {
                return;
            }
            it.remove();
        }
    }

    /** Tasks parked here, woken ones that have not resumed yet included. */
    int size() {
        return waiting.size() + woken;
    }
}
