package org.loopscope.loop;

/** asyncio.TimeoutError (TimeoutError since 3.11): a deadline passed before the awaited work finished. */
public class TimeoutError extends RuntimeException {
    public TimeoutError(String message) {
        super(message);
    }
}
