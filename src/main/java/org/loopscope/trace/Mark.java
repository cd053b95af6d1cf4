package org.loopscope.trace;

/** A point event on a lane: an outcome, a warning or a printed line, at loop time {@code timeNs}. */
public record Mark(long timeNs, int lane, MarkKind kind, String detail) {
}
