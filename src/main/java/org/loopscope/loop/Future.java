package org.loopscope.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * asyncio.Future: a result that will exist later. Done callbacks never run inline: they are
 * scheduled on the loop when the future completes, as in asyncio, so their order and timing
 * show on the chart. Not thread-safe: only the loop thread touches a future (other threads go
 * through {@link EventLoop#callSoonThreadsafe}).
 */
public class Future<T> implements Awaitable<T> {
    /** PENDING until a result, an exception or a cancellation makes it done, once. */
    public enum State { PENDING, CANCELLED, FINISHED }

    protected final EventLoop loop;
    private State state = State.PENDING;
    private T result;
    private Throwable exception;
    private String cancelMessage;
    // Most futures get one callback (the awaiting task's wake-up): it lives in a field, a list only for more.
    private Consumer<? super Future<T>> firstCallback;
    private List<Consumer<? super Future<T>>> moreCallbacks;
    private String label;

    public Future(EventLoop loop) {
        this(loop, "future");
    }

    public Future(EventLoop loop, String label) {
        this.loop = loop;
        this.label = label;
    }

    public EventLoop loop() {
        return loop;
    }

    /** What a task awaiting this future is said to wait on ("sleep(1.0)", "gather(3)", "executor"). */
    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public State state() {
        return state;
    }

    public boolean isDone() {
        return state != State.PENDING;
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** The result; throws CancelledError if cancelled, the exception if it failed, InvalidStateError if pending. */
    public T result() {
        switch (state) {
            case PENDING -> throw new InvalidStateError("Result is not ready.");
            case CANCELLED -> throw makeCancelledError();
            default -> {
                if (exception != null) {
                    throw Sneaky.rethrow(exception);
                }
                return result;
            }
        }
    }

    /** The exception (null if it succeeded); CancelledError if cancelled; InvalidStateError if pending. */
    public Throwable exception() {
        if (state == State.PENDING) {
            throw new InvalidStateError("Exception is not set.");
        }
        if (state == State.CANCELLED) {
            throw makeCancelledError();
        }
        return exception;
    }

    protected CancelledError makeCancelledError() {
        return new CancelledError(cancelMessage);
    }

    public String cancelMessage() {
        return cancelMessage;
    }

    public void setResult(T value) {
        if (state != State.PENDING) {
            throw new InvalidStateError(state + ": " + this);
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    public void setException(Throwable error) {
        if (state != State.PENDING) {
            throw new InvalidStateError(state + ": " + this);
        }
        if (error instanceof CancelledError) {
            throw new IllegalArgumentException("CancelledError cannot be set as a future's exception; cancel() it");
        }
        exception = error;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /** Cancels a pending future and schedules its callbacks; false if it was already done. */
    public boolean cancel(String message) {
        return cancelSelf(message);
    }

    /** The plain future cancel, for subclasses whose cancel() means something more (Task, gather). */
    protected final boolean cancelSelf(String message) {
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        cancelMessage = message;
        scheduleCallbacks();
        return true;
    }

    public boolean cancel() {
        return cancel(null);
    }

    /** Adds a callback run (through the loop) when this is done; scheduled at once if already done. */
    public void addDoneCallback(Consumer<? super Future<T>> callback) {
        if (state != State.PENDING) {
            loop.scheduleDoneCallback(callback, this);
            return;
        }
        if (firstCallback == null && moreCallbacks == null) {
            firstCallback = callback;
            return;
        }
        if (moreCallbacks == null) {
            moreCallbacks = new ArrayList<>(4);
            moreCallbacks.add(firstCallback);
            firstCallback = null;
        }
        moreCallbacks.add(callback);
    }

    /** Removes every registration of {@code callback}; returns how many. */
    public int removeDoneCallback(Consumer<? super Future<T>> callback) {
        if (firstCallback != null) {
            if (firstCallback != callback) {
                return 0;
            }
            firstCallback = null;
            return 1;
        }
        if (moreCallbacks == null) {
            return 0;
        }
        int before = moreCallbacks.size();
        moreCallbacks.removeIf(c -> c == callback);
        return before - moreCallbacks.size();
    }

    private void scheduleCallbacks() {
        Consumer<? super Future<T>> first = firstCallback;
        List<Consumer<? super Future<T>>> more = moreCallbacks;
        firstCallback = null;
        moreCallbacks = null;
        if (first != null) {
            loop.scheduleDoneCallback(first, this);
        } else if (more != null) {
            for (Consumer<? super Future<T>> cb : more) {
                loop.scheduleDoneCallback(cb, this);
            }
        }
        onDone();
    }

    /** Subclasses hook here (a Task reports its outcome). */
    protected void onDone() {
    }

    /** Final: {@link Await#await} takes a shortcut for futures that must mean the same as this. */
    @Override
    public final T awaitIn(Await await) {
        return await.awaitFuture(this);
    }

    @Override
    public String toString() {
        return "<Future " + state.name().toLowerCase(java.util.Locale.ROOT) + " " + label + ">";
    }
}
