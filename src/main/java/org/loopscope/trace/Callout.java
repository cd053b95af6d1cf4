package org.loopscope.trace;

/** A teaching note anchored to a lane and a moment ("the heartbeat was due here — 4.5 s late"). */
public record Callout(int lane, long timeNs, String text) {
}
