package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.EventLoop;
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
    // An intrusive doubly linked queue rather than a LinkedHashSet: a semaphore in front of 100,000
    // requests keeps 100,000 waiters queued, and a hash entry each (plus the table) is live heap
    // the GC copies. Each waiter is its own node, so removal from anywhere stays O(1).
    private Waiter head;
    private Waiter tail;
    private int queued;
    private final String label;
    private int woken;

    /** The future a task parks on, linked into the queue while it is in it. */
    private static final class Waiter extends Future<Boolean> {
        private Waiter prev;
        private Waiter next;
        private boolean inQueue;

        Waiter(EventLoop loop, String label) {
            super(loop, label);
        }
    }

    Waiters(String label) {
        this.label = label;
    }

    /** Parks the calling task until woken; returns normally when woken, throws CancelledError if cancelled. */
    void park(Await aw) {
        park(aw, null);
    }

    /** Parks like {@link #park(Await)}; if cancelled after being woken, {@code onLostWakeUp} hands the wake-up on. */
    void park(Await aw, Runnable onLostWakeUp) {
        Waiter fut = new Waiter(aw.loop(), label);
        append(fut);
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
                unlink(fut);
            }
        }
    }

    private static boolean wasWoken(Future<Boolean> fut) {
        return fut.isDone() && !fut.cancelled();
    }

    private void append(Waiter w) {
        w.prev = tail;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
        w.inQueue = true;
        queued++;
    }

    /** Takes {@code w} out of the queue; nothing if it already left. */
    private void unlink(Waiter w) {
        if (!w.inQueue) {
            return;
        }
        if (w.prev == null) {
            head = w.next;
        } else {
            w.prev.next = w.next;
        }
        if (w.next == null) {
            tail = w.prev;
        } else {
            w.next.prev = w.prev;
        }
        w.prev = null;
        w.next = null;
        w.inQueue = false;
        queued--;
    }

    /** Wakes the first waiter still waiting; false if there is none. */
    boolean wakeFirst() {
        while (head != null) {
            Waiter fut = head;
            unlink(fut); // cancelled ones are dropped on the way: their park() no longer needs them here
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
        return head != null;
    }

    /** True if some waiter was not cancelled: still waiting, or woken and about to run. */
    boolean anyNotCancelled() {
        return woken > 0 || anyWaiting();
    }

    private void dropCancelledAtHead() {
        while (head != null && head.cancelled()) {
            unlink(head);
        }
    }

    /** Tasks parked here, woken ones that have not resumed yet included. */
    int size() {
        return queued + woken;
    }
}
