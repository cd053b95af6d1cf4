package org.loopscope.asyncio;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;

/**
 * {@code asyncio.gather} (tasks.py): wraps each awaitable in a task, completes with the results in
 * argument order. Without return_exceptions the first error (or cancellation) is raised at once
 * and the other children keep running; with it, errors are returned in the list.
 */
final class Gather {
    private Gather() {
    }

    /** The future gather returns; cancelling it cancels every child still running. */
    static final class GatheringFuture<T> extends Future<List<T>> {
        private final List<Future<? extends T>> children;
        private boolean cancelRequested;

        GatheringFuture(EventLoop loop, List<Future<? extends T>> children) {
            super(loop, "gather(" + children.size() + ")");
            this.children = children;
        }

        void cancelAsChild(String message) {
            cancelSelf(message);
        }

        @Override
        public boolean cancel(String message) {
            if (isDone()) {
                return false;
            }
            boolean any = false;
            for (Future<? extends T> child : children) {
                if (child.cancel(message)) {
                    any = true;
                }
            }
            if (any) {
                cancelRequested = true; // the outer future is cancelled once a child reports it
            }
            return any;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> Future<List<T>> gather(EventLoop loop, boolean returnExceptions, List<? extends org.loopscope.loop.Awaitable<? extends T>> awaitables) {
        // Sized up front: a gather of 100,000 coroutines would otherwise rehash its way up.
        Map<Object, Future<? extends T>> seen = new IdentityHashMap<>(awaitables.size());
        List<Future<? extends T>> children = new ArrayList<>(awaitables.size());
        for (var a : awaitables) {
            children.add(seen.computeIfAbsent(a, k -> Asyncio.ensureFuture(loop, a)));
        }
        GatheringFuture<T> outer = new GatheringFuture<>(loop, children);
        if (children.isEmpty()) {
            outer.setResult(List.of());
            return outer;
        }
        // One callback shared by every child, not a lambda each: a gather of 100,000 coroutines
        // (the scaled semaphore lesson) would keep 100,000 of them alive until its children finish.
        ChildDone<T> onChildDone = new ChildDone<>(outer, returnExceptions);
        for (Future<? extends T> child : children) {
            child.addDoneCallback(onChildDone);
        }
        return outer;
    }

    /** Counts finished children in the order their done callbacks run, as the per-child lambdas did. */
    private static final class ChildDone<T> implements java.util.function.Consumer<Future<?>> {
        private final GatheringFuture<T> outer;
        private final boolean returnExceptions;
        private int finished;

        ChildDone(GatheringFuture<T> outer, boolean returnExceptions) {
            this.outer = outer;
            this.returnExceptions = returnExceptions;
        }

        @Override
        public void accept(Future<?> child) {
            childDone(outer, child, ++finished, returnExceptions);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void childDone(GatheringFuture<T> outer, Future<?> child, int finished, boolean returnExceptions) {
        if (outer.isDone()) {
            return;
        }
        if (!returnExceptions) {
            if (child.cancelled()) {
                forceCancel(outer, child.cancelMessage());
                return;
            }
            Throwable error = child.exception();
            if (error != null) {
                outer.setException(error);
                return;
            }
        }
        if (finished < outer.children.size()) {
            return;
        }
        List<Object> results = new ArrayList<>(outer.children.size());
        for (Future<? extends T> c : outer.children) {
            if (c.cancelled()) {
                results.add(new CancelledError(c.cancelMessage()));
            } else {
                Throwable e = c.exception();
                results.add(e != null ? e : c.result());
            }
        }
        if (outer.cancelRequested) {
            forceCancel(outer, null);
        } else {
            outer.setResult((List<T>) results);
        }
    }

    /** Completes the outer future as cancelled (Python sets a CancelledError on it). */
    private static void forceCancel(GatheringFuture<?> outer, String message) {
        if (!outer.isDone()) {
            outer.cancelAsChild(message);
        }
    }
}
