package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.CoroutineBody;

/**
 * asyncio.Semaphore: at most {@code value} holders at once; waiters are served first come, first
 * served (a newcomer never overtakes a queued waiter, even when a slot is free).
 */
public class Semaphore {
    private int value;
    private final Waiters waiters = new Waiters("semaphore");
    private int holders;
    private int maxHolders;
    // A waiter cancelled after being woken gives its slot back. One object for the semaphore, not a
    // lambda per queued acquire: 100,000 queued requests would keep 100,000 of them alive.
    private final Runnable giveBackSlot = () -> value++;

    public Semaphore(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("Semaphore initial value must be >= 0, got " + value);
        }
        this.value = value;
    }

    /** True if acquire() would have to wait. */
    public boolean locked() {
        return value == 0 || waiters.anyNotCancelled();
    }

    public int value() {
        return value;
    }

    /** Final because {@link #hold} does the same without calling it (see there). */
    public final void acquire(Await aw) {
        if (!locked()) {
            value--;
        } else {
            try {
                waiters.park(aw, giveBackSlot);
            } finally {
                wakeWhileFree();
            }
        }
        entered();
    }

    /** New waiters may have queued behind a woken one (FIFO): wake as many as there are free slots. */
    private void wakeWhileFree() {
        while (value > 0 && wakeUpNext()) {
            // keep waking
        }
    }

    private void entered() {
        holders++;
        maxHolders = Math.max(maxHolders, holders);
    }

    public void release() {
        value++;
        holders = Math.max(0, holders - 1);
        wakeUpNext();
    }

    private boolean wakeUpNext() {
        if (waiters.anyWaiting()) {
            value--;
            return waiters.wakeFirst();
        }
        return false;
    }

    /** {@code async with sem:} — runs {@code body} holding the semaphore, releasing it however the body ends. */
    public <T> T hold(Await aw, CoroutineBody<T> body) {
        // acquire(aw), written out: a task queued here keeps every frame down to its yield in its
        // stack chunk, and the scaled lesson queues 100,000 of them, so one frame less counts.
        if (!locked()) {
            value--;
        } else {
            try {
                waiters.park(aw, giveBackSlot);
            } finally {
                wakeWhileFree();
            }
        }
        entered();
        try {
            return body.run(aw);
        } catch (Exception e) {
            throw Rethrow.unchecked(e);
        } finally {
            release();
        }
    }

    /** The largest number of simultaneous holders seen (what the semaphore lesson is about). */
    public int maxHolders() {
        return maxHolders;
    }

    /** Tasks queued waiting for a slot. */
    public int waiting() {
        return waiters.size();
    }
}
