package org.loopscope.trace;

/**
 * Who woke whom: {@code fromLane} at {@code fromNs} (the loop for a timer, the task that
 * finished, the worker thread that posted) made {@code toLane} ready; it became ready at {@code toNs}.
 */
public record WakeEdge(long fromNs, int fromLane, long toNs, int toLane, WakeKind kind) {
}
