package org.loopscope.loop;

import java.util.function.Consumer;

/** A ready-queue entry that runs a future's done callback (a task's wake-up, a gather's bookkeeping). */
final class DoneCallbackHandle<F extends Future<?>> extends Handle {
    private final Consumer<? super F> callback;
    private final F future;

    DoneCallbackHandle(Consumer<? super F> callback, F future) {
        super(null, null);
        this.callback = callback;
        this.future = future;
    }

    @Override
    void run() {
        callback.accept(future);
    }

    @Override
    public String label() {
        Task<?> woken = Task.ownerOfWakeUp(callback);
        return woken != null ? "wake up " + woken.name() + " (" + future.label() + " done)" : "done callback of " + future.label();
    }
}
