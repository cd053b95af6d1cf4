package org.loopscope.loop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What the loop inspector shows, taken on the loop thread between iterations: the ready queue in
 * order, the timers in due order, and what ran in the last iteration. The lists hold at most
 * {@link #SHOWN} entries each (the next to run, the soonest due, the first run) and the totals say how many
 * there were: with 100,000 tasks ready at once, labelling them all every 50 ms cost the loop
 * and the inspector's list more than a frame (bench live).
 */
public record LoopSnapshot(long timeNs, long iteration, List<String> ready, int readyTotal,
                           List<Timer> timers, int timersTotal, List<String> lastRan, int lastRanTotal) {
    /** Entries kept per list. */
    public static final int SHOWN = 200;

    /** A snapshot whose lists are complete. */
    public LoopSnapshot(long timeNs, long iteration, List<String> ready, List<Timer> timers, List<String> lastRan) {
        this(timeNs, iteration, ready, ready.size(), timers, timers.size(), lastRan, lastRan.size());
    }

    static LoopSnapshot capture(long now, long iteration, Iterable<Handle> ready, Iterable<Handle> posted,
                                Iterable<TimerHandle> timers, List<String> lastRan, int lastRanTotal) {
        List<String> readyLabels = new ArrayList<>();
        int readyTotal = 0;
        for (Handle h : ready) {
            if (!h.cancelled()) {
                if (readyTotal++ < SHOWN) {
                    readyLabels.add(h.label());
                }
            }
        }
        for (Handle h : posted) { // posted by another thread: ready as soon as the loop looks
            if (readyTotal++ < SHOWN) {
                readyLabels.add(h.label());
            }
        }
        // The SHOWN soonest timers without sorting them all: a max-heap of the best so far.
        PriorityQueue<TimerHandle> soonest = new PriorityQueue<>(Comparator.reverseOrder());
        int timersTotal = 0;
        for (TimerHandle t : timers) {
            if (t.cancelled()) {
                continue;
            }
            timersTotal++;
            if (soonest.size() < SHOWN) {
                soonest.add(t);
            } else if (t.compareTo(soonest.peek()) < 0) {
                soonest.poll();
                soonest.add(t);
            }
        }
        List<TimerHandle> inOrder = new ArrayList<>(soonest);
        inOrder.sort(null);
        List<Timer> timerList = inOrder.stream().map(t -> new Timer(t.whenNs(), t.label())).toList();
        return new LoopSnapshot(now, iteration, List.copyOf(readyLabels), readyTotal, timerList, timersTotal, lastRan, lastRanTotal);
    }

    /** A pending timer: when it is due and what it will do. */
    public record Timer(long dueNs, String label) {
    }
}
