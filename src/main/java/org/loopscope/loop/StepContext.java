package org.loopscope.loop;

import org.loopscope.trace.WakeKind;

/**
 * What the loop is running right now, and why: the handle, the task whose step it is, and the
 * wake-up cause that callbacks scheduled from here inherit. Causes propagate along the chain of
 * callbacks, so a task woken by a gather callback that was itself triggered by a finished child
 * is traced as woken by that child, and a task woken through a late timer is traced as ready
 * since the timer's due time.
 */
final class StepContext {
    private Handle handle;
    private Task<?> task;
    private long stepStartNs;
    private boolean blocked;

    void beginHandle(Handle h) {
        handle = h;
    }

    void endHandle() {
        handle = null;
    }

    void enter(Task<?> t, long now) {
        task = t;
        stepStartNs = now;
        blocked = false;
    }

    void leave() {
        task = null;
    }

    Task<?> task() {
        return task;
    }

    long stepStartNs() {
        return stepStartNs;
    }

    void markBlocked() {
        blocked = true;
    }

    boolean stepBlocked() {
        return blocked;
    }

    /** Lane of the running task, or 0 (the loop) outside task steps. */
    int currentLane() {
        return task == null ? 0 : task.lane();
    }

    /** Gives a newly scheduled handle the cause of what is running now. */
    void inheritInto(Handle h, long now) {
        if (task != null) {
            h.cause = WakeKind.TASK;
            h.sourceLane = task.lane();
            h.readySinceNs = now;
        } else if (handle != null) {
            h.cause = handle.cause == WakeKind.SPAWN || handle.cause == WakeKind.YIELD ? WakeKind.FUTURE : handle.cause;
            h.sourceLane = handle.sourceLane;
            h.readySinceNs = Math.min(handle.readySinceNs, now);
        } else {
            h.cause = WakeKind.FUTURE;
            h.sourceLane = 0;
            h.readySinceNs = now;
        }
    }
}
