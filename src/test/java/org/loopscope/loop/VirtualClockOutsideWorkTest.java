package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.toThread;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.loopscope.asyncio.Runner;

class VirtualClockOutsideWorkTest {
    /**
     * A worker's time.sleep(1) and a loop timer both end at 1 s. The worker's result must reach the
     * loop in the same iteration as the timer, every time: which one runs first must not depend on
     * how fast the worker thread posts.
     */
    @RepeatedTest(30)
    void outsideWorkReleasedAtADeadlineIsDeliveredWithTheTimersDueThen() {
        VirtualClock clock = new VirtualClock();
        List<String> order = new ArrayList<>();
        try (Runner runner = new Runner(clock)) {
            runner.run(coroutine("main", aw -> {
                var timer = createTask(coroutine("timer", t -> {
                    t.await(sleep(1.0));
                    order.add("timer");
                    return null;
                }));
                aw.await(toThread("time.sleep(1)", () -> {
                    Blocking.sleep(1.0);
                    return null;
                }));
                order.add("worker");
                aw.await(timer);
                return null;
            }));
        }
        // the posted result is drained before the due timers, so main wakes first
        assertThat(order).containsExactly("worker", "timer");
        assertThat(clock.now()).isEqualTo(1_000_000_000L);
    }
}
