package org.loopscope.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.loopscope.loop.Await;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;
import org.loopscope.loop.Task;

/**
 * {@code async with asyncio.TaskGroup() as tg:} (taskgroups.py). The block waits for every child.
 * The first child that fails cancels its siblings and the parent's block; all errors are then
 * raised together as an ExceptionGroup. A CancelledError that the group caused in the parent is
 * absorbed (uncancel), one from outside is propagated.
 */
public final class TaskGroup {
    /** The code inside {@code async with TaskGroup() as tg:}. */
    @FunctionalInterface
    public interface Body {
        void run(TaskGroup tg) throws Exception;
    }

    private final EventLoop loop;
    private final Task<?> parent;
    private final Set<Task<?>> tasks = new LinkedHashSet<>();
    private final List<Throwable> errors = new ArrayList<>();
    private boolean exiting;
    private boolean aborting;
    private boolean parentCancelRequested;
    private Future<Boolean> onCompleted;

    private TaskGroup(Await aw) {
        this.loop = aw.loop();
        this.parent = aw.task();
    }

    /** Runs {@code body} as the group's block and waits for every child task it created. */
    public static void run(Await aw, Body body) {
        new TaskGroup(aw).enterAndExit(aw, body);
    }

    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        return createTask(coroutine, coroutine.name());
    }

    public <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        if (exiting && tasks.isEmpty()) {
            throw new RuntimeError("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            throw new RuntimeError("TaskGroup " + this + " is shutting down");
        }
        Task<T> task = loop.createTask(coroutine, name);
        tasks.add(task);
        task.addDoneCallback(this::onTaskDone);
        return task;
    }

    private void enterAndExit(Await aw, Body body) {
        Throwable blockError = null;
        try {
            body.run(this);
        } catch (Throwable t) {
            blockError = t;
        }
        exit(aw, blockError);
    }

    private void exit(Await aw, Throwable blockError) {
        exiting = true;
        CancelledError propagateCancel = blockError instanceof CancelledError c ? c : null;
        if (blockError != null && !aborting) {
            abort();
        }
        while (!tasks.isEmpty()) {
            onCompleted = new Future<>(loop, "taskgroup(" + tasks.size() + ")");
            try {
                aw.await(onCompleted);
            } catch (CancelledError e) {
                if (!aborting) {
                    propagateCancel = e;
                    abort();
                }
            }
            onCompleted = null;
        }
        // Taken back only now, as taskgroups.py does since 3.12: a child may fail after the block
        // ended, and then our cancel of the parent lands in the wait above, not in the block.
        if (parentCancelRequested && parent.uncancel() == 0) {
            propagateCancel = null; // the cancel came from us, not from outside
        }
        if (propagateCancel != null && errors.isEmpty()) {
            throw propagateCancel;
        }
        if (blockError != null && !(blockError instanceof CancelledError)) {
            errors.add(blockError);
        }
        if (!errors.isEmpty()) {
            throw new ExceptionGroup("unhandled errors in a TaskGroup", errors);
        }
    }

    private void abort() {
        aborting = true;
        for (Task<?> t : tasks) {
            if (!t.isDone()) {
                t.cancel();
            }
        }
    }

    private void onTaskDone(Future<?> done) {
        Task<?> task = (Task<?>) done;
        tasks.remove(task);
        if (onCompleted != null && tasks.isEmpty() && !onCompleted.isDone()) {
            onCompleted.setResult(Boolean.TRUE);
        }
        if (task.cancelled()) {
            return;
        }
        Throwable error = task.exception();
        if (error == null) {
            return;
        }
        errors.add(error);
        if (parent.isDone()) {
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // One child failed: cancel the others and interrupt the parent's block, as taskgroups.py does.
            abort();
            parentCancelRequested = true;
            parent.cancel();
        }
    }

    @Override
    public String toString() {
        return "<TaskGroup tasks=" + tasks.size() + (aborting ? " cancelling" : "") + ">";
    }
}
