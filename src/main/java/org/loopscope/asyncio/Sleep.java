package org.loopscope.asyncio;

import org.loopscope.loop.Await;
import org.loopscope.loop.Awaitable;
import org.loopscope.loop.Clock;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;
import org.loopscope.loop.Seconds;
import org.loopscope.loop.TimerHandle;

/**
 * {@code asyncio.sleep(delay, result)}: 0 yields once to the loop; anything else waits on a
 * future that a timer completes. The waiting shows on the chart as {@code sleep(1.0)}.
 */
final class Sleep<T> implements Awaitable<T> {
    /** sleep(0): the same object every time, since the switch path should not allocate. */
    static final Sleep<Void> YIELD = new Sleep<>(0, null);

    private final long delayNs;
    private final double seconds;
    private final T result;

    Sleep(double seconds, T result) {
        this.delayNs = Clock.seconds(seconds);
        this.seconds = seconds;
        this.result = result;
    }

    @Override
    public T awaitIn(Await aw) {
        if (delayNs == 0) {
            aw.yieldNow();
            return result;
        }
        EventLoop loop = aw.loop();
        String label = "sleep(" + Seconds.format(seconds) + ")";
        Future<T> future = new Future<>(loop, label);
        TimerHandle timer = loop.callAtNs(loop.nowNs() + delayNs, () -> {
            if (!future.isDone()) { // futures._set_result_unless_cancelled
                future.setResult(result);
            }
        }, label + " → " + aw.task().name());
        try {
            return aw.await(future);
        } finally {
            timer.cancel();
        }
    }
}
