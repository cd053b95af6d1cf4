package org.loopscope.loop;

/** Something a coroutine can await: a Future (or Task), a Coroutine, or {@code sleep}. */
public interface Awaitable<T> {
    /** Awaits this on behalf of the running task; may suspend it. */
    T awaitIn(Await await) throws Exception;
}
