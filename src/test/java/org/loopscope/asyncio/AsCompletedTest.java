package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.asCompleted;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.VirtualClock;

/** asyncio.as_completed, after CPython test_asyncio/test_tasks.py as_completed tests, on the virtual clock. */
class AsCompletedTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private static Coroutine<String> after(String value, double seconds) {
        return coroutine("after(" + value + ")", c -> {
            c.await(sleep(seconds));
            return value;
        });
    }

    @Test
    void resultsComeInCompletionOrderAtTheirTimes() {
        run(coroutine("main", aw -> {
            for (Coroutine<String> next : asCompleted(List.of(after("c", 3.0), after("a", 1.0), after("b", 2.0)))) {
                log.add(aw.await(next) + "@" + aw.loop().time());
            }
            return null;
        }));
        assertThat(log).containsExactly("a@1.0", "b@2.0", "c@3.0");
    }

    @Test
    void anErrorIsRaisedInItsTurnAndTheOthersGoOn() {
        run(coroutine("main", aw -> {
            Coroutine<String> failing = coroutine("fail", c -> {
                c.await(sleep(2.0));
                throw new IllegalStateException("bad");
            });
            for (Coroutine<String> next : asCompleted(List.of(after("a", 1.0), failing, after("c", 3.0)))) {
                try {
                    log.add(aw.await(next) + "@" + aw.loop().time());
                } catch (IllegalStateException e) {
                    log.add(e.getMessage() + "@" + aw.loop().time());
                }
            }
            return null;
        }));
        assertThat(log).containsExactly("a@1.0", "bad@2.0", "c@3.0");
    }

    @Test
    void theTimeoutRaisesTimeoutErrorForEveryOneStillRunning() {
        List<Task<String>> tasks = new ArrayList<>();
        run(coroutine("main", aw -> {
            tasks.add(createTask(after("a", 1.0)));
            tasks.add(createTask(after("b", 5.0)));
            tasks.add(createTask(after("c", 6.0)));
            for (Coroutine<String> next : asCompleted(tasks, 2.0)) {
                try {
                    log.add(aw.await(next) + "@" + aw.loop().time());
                } catch (TimeoutError e) {
                    log.add("timeout@" + aw.loop().time());
                }
            }
            // as_completed does not cancel what is left
            assertThat(tasks.get(1).isDone()).isFalse();
            assertThat(tasks.get(2).isDone()).isFalse();
            return null;
        }));
        assertThat(log).containsExactly("a@1.0", "timeout@2.0", "timeout@2.0");
    }

    @Test
    void aNegativeTimeoutHasAlreadyPassed() {
        run(coroutine("main", aw -> {
            List<Task<String>> tasks = List.of(createTask(after("a", 1.0)));
            for (Coroutine<String> next : asCompleted(tasks, -1)) {
                try {
                    log.add(aw.await(next));
                } catch (TimeoutError e) {
                    log.add("timeout@" + aw.loop().time());
                }
            }
            tasks.get(0).cancel();
            return null;
        }));
        assertThat(log).containsExactly("timeout@0.0");
    }

    @Test
    void theTimeoutTimerIsCancelledWhenEverythingFinishesFirst() {
        run(coroutine("main", aw -> {
            for (Coroutine<String> next : asCompleted(List.of(after("a", 1.0), after("b", 2.0)), 10.0)) {
                log.add(aw.await(next));
            }
            assertThat(aw.loop().snapshot().timers()).isEmpty();
            return null;
        }));
        assertThat(log).containsExactly("a", "b");
        assertThat(clock.now()).isEqualTo(2_000_000_000L);
    }

    @Test
    void theSameFutureTwiceIsReportedOnce() {
        run(coroutine("main", aw -> {
            Task<String> t = createTask(after("a", 1.0));
            int count = 0;
            for (Coroutine<String> next : asCompleted(List.of(t, t))) {
                log.add(aw.await(next));
                count++;
            }
            assertThat(count).isEqualTo(1);
            return null;
        }));
        assertThat(log).containsExactly("a");
    }
}
