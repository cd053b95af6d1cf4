package org.loopscope.asyncio;

import org.loopscope.loop.Await;

/** asyncio.Event: wait() until set(); set() wakes every waiter. */
public class Event {
    private boolean value;
    private final Waiters waiters = new Waiters("event");

    public boolean isSet() {
        return value;
    }

    public void set() {
        if (!value) {
            value = true;
            waiters.wakeAll();
        }
    }

    public void clear() {
        value = false;
    }

    public boolean await(Await aw) {
        if (value) {
            return true;
        }
        waiters.park(aw);
        return true;
    }
}
