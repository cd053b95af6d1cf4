package org.loopscope.loop;

/** The code of a coroutine: straight-line Java that suspends wherever it calls {@code aw.await(...)}. */
@FunctionalInterface
public interface CoroutineBody<T> {
    T run(Await aw) throws Exception;
}
