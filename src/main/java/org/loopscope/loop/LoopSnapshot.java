package org.loopscope.loop;

import java.util.List;

/**
 * What the loop inspector shows, taken on the loop thread between iterations: the ready queue in
 * order, the timers in due order, and what ran in the last iteration.
 */
public record LoopSnapshot(long timeNs, long iteration, List<String> ready, List<Timer> timers, List<String> lastRan) {
    static LoopSnapshot capture(long now, long iteration, Iterable<Handle> ready, Iterable<Handle> posted,
                                List<TimerHandle> timers, List<String> lastRan) {
        List<String> readyLabels = new java.util.ArrayList<>();
        for (Handle h : ready) {
            if (!h.cancelled()) {
                readyLabels.add(h.label());
            }
        }
        for (Handle h : posted) {
            readyLabels.add(h.label()); // posted by another thread: ready as soon as the loop looks
        }
        List<Timer> timerList = timers.stream().map(t -> new Timer(t.whenNs(), t.label())).toList();
        return new LoopSnapshot(now, iteration, List.copyOf(readyLabels), timerList, lastRan);
    }

    /** A pending timer: when it is due and what it will do. */
    public record Timer(long dueNs, String label) {
    }
}
