package org.loopscope.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.loopscope.loop.Await;
import org.loopscope.loop.Clock;
import org.loopscope.loop.Future;
import org.loopscope.loop.TimerHandle;

/** {@code asyncio.wait(fs, timeout, return_when)}: returns (done, pending) without raising the children's errors. */
public final class Wait {
    private Wait() {
    }

    /** When asyncio.wait returns. */
    public enum ReturnWhen { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED }

    /** The two sets asyncio.wait returns, in the order the futures were given. */
    public record Result<T>(List<Future<T>> done, List<Future<T>> pending) {
    }

    static <T> Result<T> wait(Await aw, List<Future<T>> futures, double timeoutSeconds, ReturnWhen when) {
        if (futures.isEmpty()) {
            throw new IllegalArgumentException("Set of Tasks/Futures is empty.");
        }
        Set<Future<T>> fs = new LinkedHashSet<>(futures);
        Future<Boolean> waiter = new Future<>(aw.loop(), "wait(" + fs.size() + ")");
        int[] counter = {fs.size()};
        Consumer<Future<T>> onCompletion = f -> {
            counter[0]--;
            boolean wake = counter[0] <= 0 || when == ReturnWhen.FIRST_COMPLETED
                    || (when == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null);
            if (wake && !waiter.isDone()) {
                waiter.setResult(Boolean.TRUE);
            }
        };
        TimerHandle timer = null;
        {
            // No timeout only when infinite: a negative one has passed already (call_later fires at once).
            if (timeoutSeconds != Double.POSITIVE_INFINITY) {
                timer = aw.loop().callAtNs(aw.loop().nowNs() + Clock.seconds(Math.max(0, timeoutSeconds)), () -> {
                    if (!waiter.isDone()) {
                        waiter.setResult(Boolean.FALSE);
                    }
                }, "wait timeout → " + aw.task().name());
            }
            for (Future<T> f : fs) {
                f.addDoneCallback(onCompletion);
            }
            try {
                aw.await(waiter);
            } finally {
                if (timer != null) {
                    timer.cancel();
                }
                for (Future<T> f : fs) {
                    f.removeDoneCallback(onCompletion);
                }
            }
        }
        List<Future<T>> done = new ArrayList<>();
        List<Future<T>> pending = new ArrayList<>();
        for (Future<T> f : fs) {
            (f.isDone() ? done : pending).add(f);
        }
        return new Result<>(done, pending);
    }
}
