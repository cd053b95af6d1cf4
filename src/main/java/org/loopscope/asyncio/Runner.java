package org.loopscope.asyncio;

import java.util.List;
import org.loopscope.loop.Clock;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Task;
import org.loopscope.trace.Instrument;

/**
 * {@code asyncio.Runner} / {@code asyncio.run}: a fresh loop for one main coroutine. When main
 * returns, tasks still alive are cancelled and given a chance to finish, the executor is shut
 * down and the loop closed.
 */
public final class Runner implements AutoCloseable {
    private final EventLoop loop;
    private volatile boolean aborted;

    public Runner(Clock clock) {
        this.loop = new EventLoop(clock);
        loop.setResultFormatter(PyRepr::str); // outcome marks read like print(task.result()): None, done, {'id': 1}
    }

    public Runner debug(boolean debug) {
        loop.setDebug(debug);
        return this;
    }

    public Runner instrument(Instrument instrument) {
        loop.addInstrument(instrument);
        return this;
    }

    public EventLoop loop() {
        return loop;
    }

    /** Runs {@code main} to completion and returns its result (or throws its exception). */
    public <T> T run(Coroutine<T> main) {
        if (EventLoop.runningOrNull() != null) {
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        }
        Task<T> task = loop.createTask(main, main.name());
        try {
            return loop.runUntilComplete(task);
        } finally {
            if (!aborted) {
                cancelRemaining();
            }
        }
    }

    /** Stops the run from another thread, interrupting a blocking call if one holds the loop. */
    public void abort() {
        aborted = true;
        loop.abort();
    }

    public boolean aborted() {
        return aborted;
    }

    private void cancelRemaining() {
        List<Task<?>> remaining = loop.allTasks();
        if (remaining.isEmpty() || loop.isClosed()) {
            return;
        }
        for (Task<?> t : remaining) {
            t.cancel();
        }
        try {
            loop.runUntilComplete(Gather.gather(loop, true, remaining));
        } catch (RuntimeException e) {
            loop.warn(0, "while cancelling remaining tasks: " + e.getMessage());
        }
        for (Task<?> t : remaining) {
            if (t.isDone() && !t.cancelled() && t.exception() != null) {
                loop.warn(t.lane(), "unhandled exception during asyncio.run() shutdown: " + t.exception());
            }
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
