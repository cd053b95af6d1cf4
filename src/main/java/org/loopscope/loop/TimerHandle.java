package org.loopscope.loop;

import org.loopscope.trace.WakeKind;

/** A handle due at a loop time (asyncio's TimerHandle); ordered by due time, then by scheduling order. */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    final long whenNs;
    final long seq;
    private final TimerQueue queue;
    /** True while in the heap; a timer cancelled after it was popped must not count as cancelled there. */
    boolean scheduled = true;

    TimerHandle(Runnable callback, String label, long whenNs, long seq, TimerQueue queue) {
        super(callback, label);
        this.whenNs = whenNs;
        this.seq = seq;
        this.queue = queue;
        this.cause = WakeKind.TIMER;
        this.readySinceNs = whenNs;
    }

    /** Loop time at which this timer is due, in ns. */
    public long whenNs() {
        return whenNs;
    }

    @Override
    public void cancel() {
        if (!cancelled()) {
            super.cancel();
            if (scheduled) { // base_events._timer_handle_cancelled: only timers still in the heap count
                queue.timerCancelled();
            }
        }
    }

    @Override
    public int compareTo(TimerHandle o) {
        int c = Long.compare(whenNs, o.whenNs);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
