package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.waitFor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Future;
import org.loopscope.loop.Task;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.VirtualClock;

/** asyncio.wait_for, after CPython 3.11 test_asyncio/test_waitfor.py, on the virtual clock. */
class WaitForTest {
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

    private static Coroutine<String> work(String name, double seconds) {
        return coroutine(name, c -> {
            c.await(sleep(seconds));
            return name + " done";
        });
    }

    /** Sleeps {@code seconds}; when cancelled, logs, cleans up for {@code cleanup} more seconds, then re-raises. */
    private Coroutine<String> slowToCancel(double seconds, double cleanup) {
        return coroutine("slow", c -> {
            try {
                c.await(sleep(seconds));
                return "finished";
            } catch (CancelledError e) {
                log.add("inner cancelled at " + c.loop().time());
                c.await(sleep(cleanup));
                log.add("inner cleaned up at " + c.loop().time());
                throw e;
            }
        });
    }

    @Test
    void aResultInTimeIsReturnedAtTheInnerTime() {
        String r = run(coroutine("main", aw -> waitFor(aw, work("job", 1.0), 5.0)));
        assertThat(r).isEqualTo("job done");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void theInnerExceptionIsRaisedAsIs() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> waitFor(aw, coroutine("bad", c -> {
            c.await(sleep(0.5));
            throw new IllegalArgumentException("bad input");
        }), 5.0)))).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
        assertThat(now()).isEqualTo(0.5);
    }

    @Test
    void aTimeoutCancelsTheInnerTaskAndRaisesTimeoutErrorCausedByCancelledError() {
        Task<?>[] inner = new Task<?>[1];
        Throwable[] raised = new Throwable[1];
        run(coroutine("main", aw -> {
            inner[0] = createTask(work("job", 10.0));
            try {
                waitFor(aw, inner[0], 1.0);
            } catch (TimeoutError e) {
                raised[0] = e;
                log.add("timeout at " + aw.loop().time());
            }
            return null;
        }));
        assertThat(log).containsExactly("timeout at 1.0");
        assertThat(inner[0].cancelled()).isTrue();
        // CPython: raise exceptions.TimeoutError() from exc
        assertThat(raised[0].getCause()).isInstanceOf(CancelledError.class);
    }

    @Test
    void aTimeoutWaitsUntilTheCancelledInnerTaskHasReallyFinished() {
        // given an inner task that needs one more second to clean up after the cancel
        assertThatThrownBy(() -> run(coroutine("main", aw -> waitFor(aw, slowToCancel(10.0, 1.0), 2.0))))
                .isInstanceOf(TimeoutError.class);
        // then wait_for raises only after the cleanup, at timeout + 1 s
        assertThat(log).containsExactly("inner cancelled at 2.0", "inner cleaned up at 3.0");
        assertThat(now()).isEqualTo(3.0);
    }

    @Test
    void anInnerTaskThatSwallowsTheCancelAndReturnsGivesItsResult() {
        // 3.11: after _cancel_and_wait, fut.result() is returned if the inner did not end cancelled
        String r = run(coroutine("main", aw -> waitFor(aw, coroutine("stubborn", c -> {
            try {
                c.await(sleep(10.0));
                return "normal";
            } catch (CancelledError e) {
                c.await(sleep(0.5));
                return "salvaged";
            }
        }), 1.0)));
        assertThat(r).isEqualTo("salvaged");
        assertThat(now()).isEqualTo(1.5);
    }

    @Test
    void anInnerTaskThatFailsWhileBeingCancelledRaisesItsError() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> waitFor(aw, coroutine("flaky", c -> {
            try {
                c.await(sleep(10.0));
                return "normal";
            } catch (CancelledError e) {
                throw new IllegalStateException("failed during cleanup");
            }
        }), 1.0)))).isInstanceOf(IllegalStateException.class).hasMessage("failed during cleanup");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void cancellingTheOuterTaskCancelsTheInnerAndPropagatesCancelledError() {
        Task<?>[] waiter = new Task<?>[1];
        run(coroutine("main", aw -> {
            waiter[0] = createTask(coroutine("waiter", c -> waitFor(c, slowToCancel(10.0, 1.0), 5.0)));
            aw.await(sleep(1.0));
            waiter[0].cancel();
            try {
                aw.await(waiter[0]);
            } catch (CancelledError e) {
                log.add("outer cancelled at " + aw.loop().time());
            }
            return null;
        }));
        // the inner saw the cancel at 1.0 and wait_for waited for its cleanup; no TimeoutError at 5.0
        assertThat(log).containsExactly("inner cancelled at 1.0", "inner cleaned up at 2.0", "outer cancelled at 2.0");
        assertThat(waiter[0].cancelled()).isTrue();
    }

    @Test
    void anOuterCancelAtTheSameMomentAsTheTimeoutIsACancelNotATimeout() {
        Task<?>[] waiter = new Task<?>[1];
        run(coroutine("main", aw -> {
            waiter[0] = createTask(coroutine("waiter", c -> waitFor(c, work("job", 10.0), 1.0)));
            aw.await(sleep(0)); // wait_for's timer is set first, so at 1.0 it fires just before ours
            aw.await(sleep(1.0));
            // wait_for has seen its timeout and is now waiting for the inner task to end
            assertThat(waiter[0].waitingOn().label()).startsWith("cancelling");
            waiter[0].cancel();
            try {
                aw.await(waiter[0]);
            } catch (CancelledError e) {
                log.add("cancelled");
            } catch (TimeoutError e) {
                log.add("timeout");
            }
            return null;
        }));
        // cancelled while cancelling the inner after its own timeout: CancelledError wins
        assertThat(log).containsExactly("cancelled");
        assertThat(waiter[0].cancelled()).isTrue();
    }

    @Test
    void zeroTimeoutOnADoneFutureReturnsItsResult() {
        String r = run(coroutine("main", aw -> {
            Future<String> done = new Future<>(aw.loop());
            done.setResult("ready");
            return waitFor(aw, done, 0);
        }));
        assertThat(r).isEqualTo("ready");
    }

    @Test
    void zeroOrNegativeTimeoutCancelsACoroutineBeforeItStarts() {
        for (double timeout : new double[] {0, -1}) {
            log.clear();
            Throwable[] raised = new Throwable[1];
            run(coroutine("main", aw -> {
                try {
                    waitFor(aw, coroutine("never", c -> {
                        log.add("body ran");
                        return "x";
                    }), timeout);
                } catch (TimeoutError e) {
                    raised[0] = e;
                }
                return null;
            }));
            assertThat(log).as("timeout %s", timeout).isEmpty();
            assertThat(raised[0]).as("timeout %s", timeout).isInstanceOf(TimeoutError.class);
            assertThat(raised[0].getCause()).isInstanceOf(CancelledError.class);
        }
        assertThat(now()).isZero();
    }

    @Test
    void zeroTimeoutWaitsForTheCancelledTaskToFinish() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> {
            Task<String> t = createTask(slowToCancel(10.0, 1.0));
            aw.await(sleep(0)); // let it start
            return waitFor(aw, t, 0);
        }))).isInstanceOf(TimeoutError.class);
        assertThat(log).containsExactly("inner cancelled at 0.0", "inner cleaned up at 1.0");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void zeroTimeoutReturnsTheResultOfATaskThatSwallowsTheCancel() {
        // 3.11 (timeout <= 0): after _cancel_and_wait, return fut.result()
        String r = run(coroutine("main", aw -> {
            Task<String> t = createTask(coroutine("stubborn", c -> {
                try {
                    c.await(sleep(10.0));
                    return "normal";
                } catch (CancelledError e) {
                    return "salvaged";
                }
            }));
            aw.await(sleep(0));
            return waitFor(aw, t, 0);
        }));
        assertThat(r).isEqualTo("salvaged");
    }

    @Test
    void theTimeoutTimerIsCancelledWhenTheResultComesFirst() {
        run(coroutine("main", aw -> {
            waitFor(aw, work("job", 1.0), 100.0);
            assertThat(aw.loop().snapshot().timers()).isEmpty();
            return null;
        }));
        assertThat(now()).isEqualTo(1.0);
    }
}
