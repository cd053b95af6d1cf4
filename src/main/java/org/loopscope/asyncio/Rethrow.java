package org.loopscope.asyncio;

/** Lets a checked exception from a coroutine body travel on unchanged, as Python would. */
final class Rethrow {
    private Rethrow() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException unchecked(Throwable t) throws E {
        throw (E) t;
    }
}
