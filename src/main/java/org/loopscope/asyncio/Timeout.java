package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Clock;
import org.loopscope.loop.CoroutineBody;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Seconds;
import org.loopscope.loop.Task;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.TimerHandle;

/**
 * {@code async with asyncio.timeout(delay):} (timeouts.py). The body runs inline in the current
 * task; when the deadline passes the task is cancelled, and on the way out our own cancel is told
 * apart from anyone else's by the task's cancel count and turned into TimeoutError.
 */
final class Timeout {
    /** CREATED → ENTERED → (EXPIRING → EXPIRED | EXITED). */
    enum State { CREATED, ENTERED, EXPIRING, EXPIRED, EXITED }

    private State state = State.CREATED;

    private Timeout() {
    }

    static <T> T run(Await aw, double seconds, CoroutineBody<T> body) {
        return new Timeout().enter(aw, seconds, body);
    }

    private <T> T enter(Await aw, double seconds, CoroutineBody<T> body) {
        Task<?> task = aw.task();
        EventLoop loop = aw.loop();
        int cancellingAtEntry = task.cancelling();
        state = State.ENTERED;
        // A deadline already past (delay <= 0) expires at the body's first await, as timeouts.py
        // does with call_soon; only NaN and infinities are refused.
        long delayNs = Clock.seconds(seconds < 0 ? 0 : seconds);
        TimerHandle timer = loop.callAtNs(loop.nowNs() + delayNs, () -> {
            state = State.EXPIRING;
            task.cancel();
        }, "timeout(" + Seconds.format(seconds) + ") → " + task.name());
        try {
            T result = body.run(aw);
            exit(task, cancellingAtEntry, false);
            return result;
        } catch (CancelledError e) {
            if (exit(task, cancellingAtEntry, true)) {
                TimeoutError timeout = new TimeoutError("timed out after " + Seconds.format(seconds) + " s");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } catch (Throwable e) { // Errors too: __aexit__ runs for any exception and must take back our cancel
            exit(task, cancellingAtEntry, false);
            throw org.loopscope.asyncio.Rethrow.unchecked(e);
        } finally {
            timer.cancel();
        }
    }

    /** Returns true when the CancelledError leaving the block was our own and becomes TimeoutError. */
    private boolean exit(Task<?> task, int cancellingAtEntry, boolean cancelled) {
        if (state == State.EXPIRING) {
            state = State.EXPIRED;
            return task.uncancel() <= cancellingAtEntry && cancelled;
        }
        if (state == State.ENTERED) {
            state = State.EXITED;
        }
        return false;
    }
}
