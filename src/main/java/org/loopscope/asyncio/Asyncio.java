package org.loopscope.asyncio;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.loopscope.loop.Await;
import org.loopscope.loop.Awaitable;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.CoroutineBody;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;
import org.loopscope.loop.RealClock;
import org.loopscope.loop.Task;

/**
 * The asyncio module, as the guide uses it: {@code import static org.loopscope.asyncio.Asyncio.*}
 * and the Java reads like the Python.
 */
public final class Asyncio {
    private Asyncio() {
    }

    /** asyncio.run(main()) on a real clock. */
    public static <T> T run(Coroutine<T> main) {
        if (EventLoop.runningOrNull() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        try (Runner runner = new Runner(new RealClock())) {
            return runner.run(main);
        }
    }

    /** An async function's call: {@code coroutine("fetch(url1)", aw -> ...)}. */
    public static <T> Coroutine<T> coroutine(String name, CoroutineBody<T> body) {
        return Coroutine.of(name, body);
    }

    /** asyncio.sleep(seconds): 0 yields once; more waits on a timer. */
    public static Awaitable<Void> sleep(double seconds) {
        return seconds == 0 ? Sleep.YIELD : new Sleep<>(seconds, null);
    }

    public static <T> Awaitable<T> sleep(double seconds, T result) {
        return new Sleep<>(seconds, result);
    }

    public static <T> Task<T> createTask(Coroutine<T> coroutine) {
        return EventLoop.running().createTask(coroutine);
    }

    public static <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        return EventLoop.running().createTask(coroutine, name);
    }

    @SafeVarargs
    public static <T> Future<List<T>> gather(Awaitable<? extends T>... awaitables) {
        return gather(Arrays.asList(awaitables));
    }

    public static <T> Future<List<T>> gather(List<? extends Awaitable<? extends T>> awaitables) {
        return Gather.gather(EventLoop.running(), false, awaitables);
    }

    /** gather(..., return_exceptions=True): errors and cancellations come back in the list. */
    public static Future<List<Object>> gatherReturnExceptions(List<? extends Awaitable<?>> awaitables) {
        return Gather.gather(EventLoop.running(), true, awaitables);
    }

    /** asyncio.wait_for(awaitable, timeout). */
    public static <T> T waitFor(Await aw, Awaitable<T> awaitable, double timeoutSeconds) {
        return WaitFor.waitFor(aw, awaitable, timeoutSeconds);
    }

    /** {@code async with asyncio.timeout(seconds): body}. */
    public static <T> T timeout(Await aw, double seconds, CoroutineBody<T> body) {
        return Timeout.run(aw, seconds, body);
    }

    /** asyncio.as_completed(awaitables): await each in turn for results in completion order. */
    public static <T> Iterable<Coroutine<T>> asCompleted(List<? extends Awaitable<T>> awaitables) {
        return AsCompleted.asCompleted(EventLoop.running(), awaitables, Double.POSITIVE_INFINITY);
    }

    public static <T> Iterable<Coroutine<T>> asCompleted(List<? extends Awaitable<T>> awaitables, double timeoutSeconds) {
        return AsCompleted.asCompleted(EventLoop.running(), awaitables, timeoutSeconds);
    }

    /** asyncio.wait(futures, timeout, return_when). */
    public static <T> Wait.Result<T> wait(Await aw, List<Future<T>> futures, Wait.ReturnWhen when, double timeoutSeconds) {
        return Wait.wait(aw, futures, timeoutSeconds, when);
    }

    public static <T> Wait.Result<T> wait(Await aw, List<Future<T>> futures, Wait.ReturnWhen when) {
        return Wait.wait(aw, futures, Double.POSITIVE_INFINITY, when);
    }

    /** asyncio.shield(awaitable). */
    public static <T> Future<T> shield(Awaitable<T> awaitable) {
        EventLoop loop = EventLoop.running();
        return Shield.shield(loop, ensureFuture(loop, awaitable));
    }

    /** asyncio.to_thread(fn) / loop.run_in_executor(None, fn): {@code label} names the job on the worker lane. */
    public static <T> Future<T> toThread(String label, Callable<T> job) {
        return EventLoop.running().runInExecutor(label, job);
    }

    /** print(...) inside a coroutine: recorded with its loop time and lane. */
    public static void print(Object... values) {
        EventLoop.running().print(PyRepr.printed(values));
    }

    public static Task<?> currentTask() {
        return EventLoop.running().currentTask();
    }

    public static EventLoop getRunningLoop() {
        return EventLoop.running();
    }

    /** asyncio.ensure_future: a future stays itself, a coroutine becomes a task, anything else is awaited in a task. */
    @SuppressWarnings("unchecked")
    public static <T> Future<T> ensureFuture(EventLoop loop, Awaitable<? extends T> awaitable) {
        if (awaitable instanceof Future<?> f) {
            return (Future<T>) f;
        }
        if (awaitable instanceof Coroutine<?> c) {
            return (Future<T>) loop.createTask(c);
        }
        return loop.createTask(Coroutine.of("awaitable", aw -> aw.await(awaitable)));
    }
}
