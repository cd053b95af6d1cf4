package org.loopscope.asyncio;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.loopscope.loop.Awaitable;
import org.loopscope.loop.Clock;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.TimerHandle;

/**
 * {@code asyncio.as_completed} (3.11): every awaitable becomes a task; the returned coroutines,
 * awaited in turn, give the results in completion order. With a timeout, the remaining ones raise
 * TimeoutError.
 */
final class AsCompleted {
    private AsCompleted() {
    }

    static <T> Iterable<Coroutine<T>> asCompleted(EventLoop loop, List<? extends Awaitable<T>> awaitables, double timeoutSeconds) {
        Set<Future<T>> todo = new LinkedHashSet<>();
        for (Awaitable<T> a : awaitables) {
            todo.add(Asyncio.ensureFuture(loop, a));
        }
        Queue<Future<T>> done = new Queue<>(0, "as_completed");
        TimerHandle[] timeout = {null};
        Consumer<Future<T>> onCompletion = new Consumer<>() {
            @Override
            public void accept(Future<T> f) {
                if (todo.remove(f)) {
                    done.putNowait(f);
                    if (todo.isEmpty() && timeout[0] != null) {
                        timeout[0].cancel();
                    }
                }
            }
        };
        for (Future<T> f : todo) {
            f.addDoneCallback(onCompletion);
        }
        // No timeout only when infinite: a negative one has passed already (call_later fires at once).
        if (!todo.isEmpty() && timeoutSeconds != Double.POSITIVE_INFINITY) {
            timeout[0] = loop.callAtNs(loop.nowNs() + Clock.seconds(Math.max(0, timeoutSeconds)), () -> {
                for (Future<T> f : todo) {
                    f.removeDoneCallback(onCompletion);
                    done.putNowait(null);
                }
                todo.clear();
            }, "as_completed timeout");
        }
        int count = todo.size();
        // Like Python's generator: each coroutine is created only when the caller asks for the next one,
        // so none is left unawaited at the end of a step.
        return () -> new java.util.Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < count;
            }

            @Override
            public Coroutine<T> next() {
                if (given++ >= count) {
                    throw new java.util.NoSuchElementException();
                }
                return Coroutine.of("_wait_for_one", aw -> {
                    Future<T> f = done.get(aw);
                    if (f == null) {
                        throw new TimeoutError("as_completed timed out");
                    }
                    return f.result();
                });
            }
        };
    }
}
