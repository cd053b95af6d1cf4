package org.loopscope.loop;

/**
 * Raised inside a task at its next await after {@code cancel()}. Like Python's CancelledError,
 * which is a BaseException since 3.8, it is an Error so that {@code catch (Exception e)} in a
 * coroutine body does not swallow a cancellation by accident.
 */
public class CancelledError extends Error {
    public CancelledError(String message) {
        super(message, null, false, false);
    }

    public CancelledError() {
        this(null);
    }
}
