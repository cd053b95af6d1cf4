package org.loopscope.loop;

import jdk.internal.vm.Continuation;

/**
 * The handle a coroutine body uses to suspend: {@code aw.await(sleep(1.0))}. It belongs to one
 * task and may only be used while that task is running.
 */
public final class Await {
    private final Task<?> task;

    Await(Task<?> task) {
        this.task = task;
    }

    /** Awaits a future, task, coroutine or sleep and returns its result (or throws its exception). */
    public <R> R await(Awaitable<R> awaitable) {
        if (awaitable instanceof Future<R> future) {
            // awaitFuture and Task.suspendOn written out, three calls shallower: a waiting task keeps
            // every frame down to the yield in its stack chunk (see Task.suspendOn).
            checkAwaitable(future);
            if (!future.isDone()) {
                task.prepareSuspendOn(future);
                if (!Continuation.yield(Task.SCOPE)) {
                    throw task.cannotSuspend();
                }
                task.raisePendingOnResume();
            }
            return future.result();
        }
        try {
            return awaitable.awaitIn(this);
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
    }

    /** The task this body runs in. */
    public Task<?> task() {
        return task;
    }

    public EventLoop loop() {
        return task.loop();
    }

    <R> R awaitFuture(Future<R> future) {
        checkAwaitable(future);
        if (!future.isDone()) {
            // Awaiting a done future does not suspend (asyncio returns at once, no loop pass).
            task.suspendOn(future);
        }
        return future.result();
    }

    private void checkAwaitable(Future<?> future) {
        if (future.loop() != task.loop()) {
            throw new IllegalStateException(future + " is attached to a different loop");
        }
        if (future == task) {
            throw new IllegalStateException("a task cannot await itself: " + task.name());
        }
    }

    /** A bare yield, what {@code sleep(0)} does: let every other ready callback run first. */
    public void yieldNow() {
        task.suspendYield();
    }
}
