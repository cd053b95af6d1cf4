package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.Awaitable;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;
import org.loopscope.loop.Seconds;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.TimerHandle;
import java.util.function.Consumer;

/**
 * {@code asyncio.wait_for} as in Python 3.11: the awaited work runs as its own task; if the
 * timeout comes first, that task is cancelled, we wait until it has really finished, and
 * TimeoutError is raised. A cancel of the caller cancels the inner task too.
 */
final class WaitFor {
    private WaitFor() {
    }

    static <T> T waitFor(Await aw, Awaitable<T> awaitable, double timeoutSeconds) {
        EventLoop loop = aw.loop();
        Future<T> inner = Asyncio.ensureFuture(loop, awaitable);
        if (timeoutSeconds <= 0) {
            if (inner.isDone()) {
                return inner.result();
            }
            cancelAndWait(aw, inner);
            return resultOrTimeout(inner, timeoutSeconds);
        }
        Future<Boolean> waiter = new Future<>(loop, "wait_for(" + Seconds.format(timeoutSeconds) + ")");
        Consumer<Future<T>> release = f -> releaseWaiter(waiter);
        TimerHandle timer = loop.callAtNs(loop.nowNs() + org.loopscope.loop.Clock.seconds(timeoutSeconds),
                () -> releaseWaiter(waiter), "wait_for timeout → " + aw.task().name());
        inner.addDoneCallback(release);
        try {
            try {
                aw.await(waiter);
            } catch (CancelledError e) {
                if (inner.isDone()) {
                    return inner.result();
                }
                inner.removeDoneCallback(release);
                cancelAndWait(aw, inner);
                throw e;
            }
            if (inner.isDone()) {
                return inner.result();
            }
            inner.removeDoneCallback(release);
            cancelAndWait(aw, inner);
            return resultOrTimeout(inner, timeoutSeconds);
        } finally {
            timer.cancel();
        }
    }

    /**
     * After the inner work was cancelled and has ended: its result or error if it finished anyway
     * (it may swallow the cancel), else TimeoutError caused by its CancelledError, as 3.11's
     * {@code raise exceptions.TimeoutError() from exc}.
     */
    private static <T> T resultOrTimeout(Future<T> inner, double seconds) {
        try {
            return inner.result();
        } catch (CancelledError cancelled) {
            TimeoutError timeout = new TimeoutError("timed out after " + Seconds.format(seconds) + " s");
            timeout.initCause(cancelled);
            throw timeout;
        }
    }

    private static void releaseWaiter(Future<Boolean> waiter) {
        if (!waiter.isDone()) {
            waiter.setResult(Boolean.FALSE);
        }
    }

    /** Cancels {@code fut} and waits until it is done, whatever the outcome (tasks._cancel_and_wait). */
    static void cancelAndWait(Await aw, Future<?> fut) {
        Future<Boolean> waiter = new Future<>(aw.loop(), "cancelling " + fut.label());
        Consumer<Future<?>> release = f -> releaseWaiter(waiter);
        fut.addDoneCallback(release);
        try {
            fut.cancel();
            aw.await(waiter);
        } finally {
            fut.removeDoneCallback(release);
        }
    }
}
