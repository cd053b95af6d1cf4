package org.loopscope.loop;

import org.loopscope.trace.WakeKind;

/**
 * A callback scheduled on the loop (asyncio's events.Handle). Cancelling only sets a flag: the
 * loop skips a cancelled handle when its turn comes, which keeps cancel O(1).
 */
public class Handle {
    final Runnable callback;
    private boolean cancelled;
    /** Why the callbacks this handle triggers happened, for wake-up tracing. */
    WakeKind cause = WakeKind.FUTURE;
    /** The lane whose action this handle carries out (a task, a worker thread, or 0 for the loop). */
    int sourceLane;
    /** Loop time from which the work this handle wakes could have run. */
    long readySinceNs;

    private final String label;

    Handle(Runnable callback, String label) {
        this.callback = callback;
        this.label = label;
    }

    /** What the inspector shows for this handle ("step fetch(url1)", "sleep(1.0) → main"); built only when asked. */
    public String label() {
        return label;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void run() {
        callback.run();
    }
}
