package org.loopscope.loop;

import java.util.List;

/**
 * What the loop inspector shows, taken on the loop thread between iterations: the ready queue in
 * order, the timers in due order, and what ran in the last iteration.
 */
public record LoopSnapshot(long timeNs, long iteration, List<String> ready, List<Timer> timers, List<String> lastRan) {
    /** A pending timer: when it is due and what it will do. */
    public record Timer(long dueNs, String label) {
    }
}
