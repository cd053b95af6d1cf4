package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.CoroutineBody;

/** asyncio.Lock: one holder at a time, fair FIFO hand-over. Not reentrant. */
public class Lock {
    private boolean locked;
    private final Waiters waiters = new Waiters("lock");

    public boolean locked() {
        return locked;
    }

    public void acquire(Await aw) {
        if (!locked && !waiters.anyNotCancelled()) {
            locked = true;
            return;
        }
        waiters.park(aw, this::wakeUpFirst);
        locked = true;
    }

    public void release() {
        if (!locked) {
            throw new RuntimeError("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    private void wakeUpFirst() {
        waiters.wakeFirst();
    }

    /** {@code async with lock:} */
    public <T> T hold(Await aw, CoroutineBody<T> body) {
        acquire(aw);
        try {
            return body.run(aw);
        } catch (Exception e) {
            throw Rethrow.unchecked(e);
        } finally {
            release();
        }
    }
}
