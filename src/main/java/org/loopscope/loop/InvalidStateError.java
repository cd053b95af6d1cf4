package org.loopscope.loop;

/** asyncio.InvalidStateError: a result asked of a pending future, or a result set twice. */
public class InvalidStateError extends IllegalStateException {
    public InvalidStateError(String message) {
        super(message);
    }
}
