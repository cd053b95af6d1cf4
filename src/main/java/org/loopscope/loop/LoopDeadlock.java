package org.loopscope.loop;

/**
 * On a virtual clock, the loop found that nothing can ever happen again while it still has
 * work to wait for: no ready callback, no timer, no outside work. A real loop would hang.
 */
public class LoopDeadlock extends IllegalStateException {
    public LoopDeadlock(String message) {
        super(message);
    }
}
