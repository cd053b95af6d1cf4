package org.loopscope.asyncio;

import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;

/** {@code asyncio.shield}: cancelling the returned future does not cancel the inner work. */
final class Shield {
    private Shield() {
    }

    static <T> Future<T> shield(EventLoop loop, Future<T> inner) {
        if (inner.isDone()) {
            return inner;
        }
        Future<T> outer = new Future<>(loop, "shield(" + inner.label() + ")");
        java.util.function.Consumer<Future<T>> innerDone = f -> {
            if (outer.cancelled()) {
                return;
            }
            if (f.cancelled()) {
                outer.cancel();
            } else if (f.exception() != null) {
                outer.setException(f.exception());
            } else {
                outer.setResult(f.result());
            }
        };
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(o -> {
            if (!inner.isDone()) {
                inner.removeDoneCallback(innerDone);
            }
        });
        return outer;
    }
}
