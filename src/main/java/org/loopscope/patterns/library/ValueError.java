package org.loopscope.patterns.library;

/** Python's ValueError, so the error patterns print {@code ValueError('user 2 not found')} as Python would. */
public final class ValueError extends RuntimeException {
    public ValueError(String message) {
        super(message);
    }
}
