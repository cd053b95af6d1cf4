package org.loopscope.loop;

/** Rethrows a checked exception from a coroutine body unchanged, as Python would let it propagate. */
final class Sneaky {
    private Sneaky() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException rethrow(Throwable t) throws E {
        throw (E) t;
    }
}
