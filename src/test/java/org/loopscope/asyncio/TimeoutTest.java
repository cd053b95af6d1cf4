package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.timeout;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.VirtualClock;

/** {@code async with asyncio.timeout()}, after CPython test_asyncio/test_timeouts.py, on the virtual clock. */
class TimeoutTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private double now() {
        return clock.now() / 1e9;
    }

    @Test
    void theBodyRunsInlineInTheSameTaskAndItsResultIsReturned() {
        String r = run(coroutine("main", aw -> {
            int lanesBefore = aw.loop().laneCount();
            String inside = timeout(aw, 5.0, b -> {
                assertThat(b.task()).isSameAs(aw.task());
                b.await(sleep(1.0));
                return "ok";
            });
            assertThat(aw.loop().laneCount()).as("no task was created").isEqualTo(lanesBefore);
            assertThat(aw.loop().snapshot().timers()).as("the deadline timer is gone").isEmpty();
            return inside;
        }));
        assertThat(r).isEqualTo("ok");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void theDeadlineRaisesTimeoutErrorCausedByCancelledErrorAndLeavesNoCancelBehind() {
        Throwable[] raised = new Throwable[1];
        run(coroutine("main", aw -> {
            try {
                timeout(aw, 1.0, b -> {
                    try {
                        b.await(sleep(10.0));
                    } catch (CancelledError e) {
                        log.add("body cancelled at " + b.loop().time());
                        throw e;
                    }
                    return null;
                });
            } catch (TimeoutError e) {
                raised[0] = e;
                log.add("timeout at " + aw.loop().time());
            }
            assertThat(aw.task().cancelling()).isZero();
            aw.await(sleep(1.0)); // the task is not cancelled any more: it can await again
            log.add("slept on to " + aw.loop().time());
            return null;
        }));
        assertThat(log).containsExactly("body cancelled at 1.0", "timeout at 1.0", "slept on to 2.0");
        assertThat(raised[0].getCause()).isInstanceOf(CancelledError.class);
    }

    @Test
    void aBodyThatCatchesTheCancelAndFinishesReturnsNormally() {
        String r = run(coroutine("main", aw -> timeout(aw, 1.0, b -> {
            try {
                b.await(sleep(10.0));
                return "normal";
            } catch (CancelledError e) {
                b.await(sleep(0.5));
                return "cleaned up";
            }
        })));
        assertThat(r).isEqualTo("cleaned up");
        assertThat(now()).isEqualTo(1.5);
    }

    @Test
    void anErrorInTheBodyPassesThrough() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> timeout(aw, 5.0, b -> {
            b.await(sleep(1.0));
            throw new IllegalArgumentException("bad");
        })))).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void anErrorRaisedWhileExpiringStillTakesBackTheTimeoutsCancel() {
        run(coroutine("main", aw -> {
            try {
                timeout(aw, 1.0, b -> {
                    try {
                        b.await(sleep(10.0));
                    } catch (CancelledError e) {
                        throw new AssertionError("cleanup failed");
                    }
                    return null;
                });
            } catch (AssertionError e) {
                log.add(e.getMessage());
            }
            log.add("cancelling " + aw.task().cancelling());
            return null;
        }));
        assertThat(log).containsExactly("cleanup failed", "cancelling 0");
    }

    @Test
    void nestedTheInnerExpiresFirstAndTheOuterGoesOn() {
        String r = run(coroutine("main", aw -> timeout(aw, 5.0, outer -> {
            try {
                timeout(outer, 1.0, inner -> outer.await(sleep(10.0)));
            } catch (TimeoutError e) {
                log.add("inner timeout at " + outer.loop().time());
            }
            outer.await(sleep(2.0));
            return "outer finished at " + outer.loop().time();
        })));
        assertThat(log).containsExactly("inner timeout at 1.0");
        assertThat(r).isEqualTo("outer finished at 3.0");
    }

    @Test
    void nestedTheOuterExpiresFirstAndTheInnerSeesOnlyACancel() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> timeout(aw, 1.0, outer -> {
            try {
                return timeout(outer, 5.0, inner -> outer.await(sleep(10.0)));
            } catch (TimeoutError e) {
                log.add("inner block raised TimeoutError");
                throw e;
            } catch (CancelledError e) {
                log.add("inner block raised CancelledError at " + outer.loop().time());
                throw e;
            }
        })))).isInstanceOf(TimeoutError.class);
        assertThat(log).containsExactly("inner block raised CancelledError at 1.0");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void nestedBothExpiringAtOnceTheOuterReportsTheTimeout() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> timeout(aw, 1.0, outer -> {
            try {
                return timeout(outer, 1.0, inner -> outer.await(sleep(10.0)));
            } catch (TimeoutError e) {
                log.add("inner block raised TimeoutError");
                throw e;
            } catch (CancelledError e) {
                log.add("inner block raised CancelledError");
                throw e;
            }
        })))).isInstanceOf(TimeoutError.class);
        // two cancels were requested; the inner takes back only its own, so the outer one goes on
        assertThat(log).containsExactly("inner block raised CancelledError");
    }

    @Test
    void aCancelFromOutsideIsNotTurnedIntoTimeoutError() {
        Task<?>[] t = new Task<?>[1];
        run(coroutine("main", aw -> {
            t[0] = createTask(coroutine("worker", c -> timeout(c, 10.0, b -> b.await(sleep(5.0)))));
            aw.await(sleep(1.0));
            t[0].cancel();
            try {
                aw.await(t[0]);
            } catch (CancelledError e) {
                log.add("cancelled at " + aw.loop().time());
            }
            return null;
        }));
        assertThat(log).containsExactly("cancelled at 1.0");
        assertThat(t[0].cancelled()).isTrue();
    }

    @Test
    void aCancelFromOutsideAtTheMomentOfTheDeadlineStaysACancel() {
        Task<?>[] t = new Task<?>[1];
        run(coroutine("main", aw -> {
            t[0] = createTask(coroutine("worker", c -> timeout(c, 1.0, b -> b.await(sleep(5.0)))));
            // our sleep(1.0) timer is older than the worker's deadline: at 1.0 we run first
            aw.await(sleep(1.0));
            t[0].cancel();
            return null;
        }));
        // the deadline cancelled the task too, but cancelling() was 2 at exit: not our timeout alone
        assertThat(t[0].cancelled()).isTrue();
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void aZeroOrNegativeDelayExpiresAtTheFirstAwait() {
        for (double delay : new double[] {0, -1}) {
            log.clear();
            run(coroutine("main", aw -> {
                try {
                    timeout(aw, delay, b -> {
                        log.add("body started");
                        b.await(sleep(1.0));
                        log.add("body finished");
                        return null;
                    });
                } catch (TimeoutError e) {
                    log.add("timeout at " + aw.loop().time());
                }
                return null;
            }));
            assertThat(log).as("delay %s", delay).containsExactly("body started", "timeout at 0.0");
        }
    }

    @Test
    void aZeroDelayDoesNotFireIfTheBodyNeverAwaits() {
        Integer r = run(coroutine("main", aw -> timeout(aw, 0, b -> 42)));
        assertThat(r).isEqualTo(42);
    }
}
