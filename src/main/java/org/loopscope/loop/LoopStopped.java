package org.loopscope.loop;

/**
 * Thrown inside a task whose blocking call or computation was interrupted because the user
 * stopped the run. An Error, so coroutine bodies catching Exception do not swallow it.
 */
public class LoopStopped extends Error {
    public LoopStopped(String message) {
        super(message, null, false, false);
    }
}
