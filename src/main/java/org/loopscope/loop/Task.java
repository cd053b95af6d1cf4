package org.loopscope.loop;

import java.util.function.Consumer;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.WakeKind;

/**
 * asyncio.Task: runs a coroutine on the loop, one step at a time.
 *
 * <p>A step is one resume of the body's continuation ({@code Task.__step}): it runs until the
 * body awaits something not yet done, or finishes. What it awaited decides what happens next:
 * a future gets our wake-up as a done callback, a bare yield reschedules us at once. A pending
 * cancel becomes a CancelledError at the resume point. The continuation runs on the loop thread
 * itself, so a blocking call in a body really holds the loop, as in Python.
 *
 * <p>Invariants: at most one of {@code waiter} (what we wait on) and a scheduled step exists at
 * a time; {@code mustCancel} is only set while no waiter could be cancelled for us.
 */
public final class Task<T> extends Future<T> {
    static final ContinuationScope SCOPE = new ContinuationScope("loopscope-task");

    private final String name;
    private final int lane;
    private final Await await;
    private final Continuation continuation;
    private final WakeUp<T> wakeUp = new WakeUp<>(this);
    private CoroutineBody<T> body; // cleared when the body starts: its frames keep what they still need
    private final TaskStepHandle stepHandle = new TaskStepHandle(this);
    private boolean started;
    int registrySlot = -1; // where the loop's TaskRegistry keeps us while we are alive
    private Future<?> waiter;
    private boolean mustCancel;
    private String cancelMessage;
    private int cancelRequests;
    // Set by the body just before it yields to the loop; read by step() right after.
    private Future<?> suspendedOn;
    private boolean yieldedBare;
    private Throwable throwOnResume;
    // The body's outcome, set when the continuation finishes.
    private T bodyResult;
    private Throwable bodyError;

    Task(EventLoop loop, Coroutine<T> coroutine, String name, int lane) {
        super(loop, null); // label() builds "task:<name>" when asked: no string per task kept for it
        coroutine.consume();
        this.name = name;
        this.lane = lane;
        this.await = new Await(this);
        this.body = coroutine.body();
        this.continuation = new Continuation(SCOPE, wakeUp);
    }

    /**
     * The done callback a task puts on what it awaits; a named class so the loop can trace whom it
     * wakes. It is also the continuation's entry point, rather than a lambda: one object less per
     * task, and one frame less frozen under every wait (the lambda's frame and its body's).
     */
    private record WakeUp<T>(Task<T> task) implements Consumer<Future<?>>, Runnable {
        @Override
        public void accept(Future<?> done) {
            task.step();
        }

        /** Runs the body, right here rather than through a Task method: one frozen frame less. */
        @Override
        public void run() {
            CoroutineBody<T> b = task.body;
            task.body = null;
            try {
                task.bodyResult = b.run(task.await);
            } catch (Throwable t) { // anything, Errors included: a task's failure is its outcome, never the loop's
                task.bodyError = t;
            }
        }
    }

    /** The task a done callback would wake, or null if the callback is not a task's wake-up. */
    static Task<?> ownerOfWakeUp(Consumer<?> callback) {
        return callback instanceof WakeUp<?> w ? w.task() : null;
    }

    public String name() {
        return name;
    }

    @Override
    public String label() {
        String set = super.label();
        return set != null ? set : "task:" + name;
    }

    /** The chart lane of this task. */
    public int lane() {
        return lane;
    }

    TaskStepHandle stepHandle() {
        return stepHandle;
    }

    /** What the task waits on now, or null. */
    public Future<?> waitingOn() {
        return waiter;
    }

    /** Requests cancellation: the task sees a CancelledError at its next await (asyncio Task.cancel). */
    @Override
    public boolean cancel(String message) {
        if (isDone()) {
            return false;
        }
        cancelRequests++;
        if (waiter != null && waiter.cancel(message)) {
            // The waiter's done callback wakes us; the await then raises CancelledError.
            return true;
        }
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    /** Number of pending cancel requests (asyncio Task.cancelling). */
    public int cancelling() {
        return cancelRequests;
    }

    /** Takes back one cancel request, as timeouts and TaskGroup do after absorbing their own cancel. */
    public int uncancel() {
        if (cancelRequests > 0) {
            cancelRequests--;
            if (cancelRequests == 0) {
                mustCancel = false;
            }
        }
        return cancelRequests;
    }

    void scheduleFirstStep() {
        loop.scheduleStep(this, WakeKind.SPAWN);
    }

    /** One resume of the body. Runs on the loop thread from a ready handle. */
    void step() {
        if (isDone()) {
            throw new InvalidStateError("step(): already done: " + this);
        }
        waiter = null;
        if (mustCancel) {
            mustCancel = false;
            throwOnResume = new CancelledError(cancelMessage);
        }
        loop.steps.enterStep(this);
        boolean finished;
        try {
            if (!started && throwOnResume != null) {
                bodyError = throwOnResume; // cancelled before its first step: the body never runs
                throwOnResume = null;
                finished = true;
            } else {
                started = true;
                continuation.run();
                finished = continuation.isDone();
            }
            if (finished) {
                // Still inside the step, as Task.__step sets its result: the callbacks this schedules
                // (an awaiting task's wake-up) are caused by this task, now — not inherited from the
                // handle that started the step, which may have been ready long before a blocking step.
                finish();
            }
        } finally {
            loop.steps.leaveStep(this);
        }
        if (finished) {
            return;
        }
        if (yieldedBare) {
            yieldedBare = false;
            loop.scheduleStep(this, WakeKind.YIELD, loop.steps.afterYield(this));
        } else {
            parkOn(suspendedOn);
        }
    }

    private void parkOn(Future<?> future) {
        suspendedOn = null;
        waiter = future;
        loop.steps.afterStep(this, future.label());
        future.addDoneCallback(wakeUp);
        if (mustCancel && future.cancel(cancelMessage)) {
            mustCancel = false;
        }
    }

    private void finish() {
        loop.steps.afterStep(this, null);
        Throwable error = bodyError;
        bodyError = null;
        if (error == null) {
            if (mustCancel) { // cancelled right before the body returned
                mustCancel = false;
                cancelSelf(cancelMessage);
            } else {
                setResult(bodyResult);
            }
        } else if (error instanceof CancelledError cancelled) {
            cancelSelf(cancelled.getMessage());
        } else {
            setException(error);
        }
        bodyResult = null;
    }

    @Override
    protected void onDone() {
        loop.steps.taskExited(this);
    }

    /** How the task ended, for its outcome mark; only for a done task. */
    MarkKind outcome() {
        if (cancelled()) {
            return MarkKind.CANCELLED;
        }
        return exception() == null ? MarkKind.RESULT : MarkKind.ERROR;
    }

    /**
     * The text of the outcome mark (a Python-like repr of the result, the error, the cancel
     * message); built only when an instrument will hear it: an untraced loop formats no results.
     */
    String outcomeText() {
        if (cancelled()) {
            return cancelMessage() == null ? "cancelled" : "cancelled: " + cancelMessage();
        }
        Throwable e = exception();
        return e == null ? loop.formatResult(result()) : describe(e);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null ? type : type + ": " + message;
    }

    // Called from inside the continuation (the body's await), on the loop thread. Each yields in
    // its own frame, not through a shared helper: a parked task keeps every frame down to the
    // yield in its stack chunk, and 100,000 parked tasks (the scaled semaphore lesson) make those
    // frames most of the live heap the GC copies. What runs after the resume may be a call.
    void suspendOn(Future<?> future) {
        prepareSuspendOn(future);
        if (!Continuation.yield(SCOPE)) {
            throw cannotSuspend();
        }
        raisePendingOnResume();
    }

    /** The first half of {@link #suspendOn}, for {@link Await#await}, which yields in its own frame. */
    void prepareSuspendOn(Future<?> future) {
        checkRunningHere();
        suspendedOn = future;
    }

    void suspendYield() {
        checkRunningHere();
        yieldedBare = true;
        if (!Continuation.yield(SCOPE)) {
            throw cannotSuspend();
        }
        raisePendingOnResume();
    }

    void raisePendingOnResume() {
        Throwable t = throwOnResume;
        if (t != null) {
            throwOnResume = null;
            throw Sneaky.rethrow(t);
        }
    }

    IllegalStateException cannotSuspend() {
        return new IllegalStateException("task " + name + " could not suspend (is it holding a monitor?)");
    }

    private void checkRunningHere() {
        if (loop.currentTask() != this) {
            throw new IllegalStateException("await used outside the step of task " + name);
        }
    }

    @Override
    public String toString() {
        return "<Task " + state().name().toLowerCase(java.util.Locale.ROOT) + " name='" + name + "'>";
    }
}
