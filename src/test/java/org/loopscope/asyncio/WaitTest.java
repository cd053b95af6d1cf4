package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;


import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Future;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** asyncio.wait, after CPython test_asyncio/test_tasks.py wait tests, on the virtual clock. */
class WaitTest {
    private final VirtualClock clock = new VirtualClock();

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

    private static Coroutine<String> failAfter(double seconds) {
        return coroutine("fail", c -> {
            c.await(sleep(seconds));
            throw new IllegalStateException("bad");
        });
    }

    /** Creates the tasks, waits, and returns what wait() gave plus the time it returned. */
    private Wait.Result<String> waitOn(List<Coroutine<String>> coroutines, Wait.ReturnWhen when, double timeout,
            List<Future<String>> tasks, double[] returnedAt) {
        return run(coroutine("main", aw -> {
            for (Coroutine<String> c : coroutines) {
                tasks.add(createTask(c));
            }
            Wait.Result<String> r = Asyncio.wait(aw, tasks, when, timeout);
            returnedAt[0] = aw.loop().time();
            return r;
        }));
    }

    @Test
    void firstCompletedReturnsWithTheFirstOne() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(after("a", 2.0), after("b", 1.0), after("c", 3.0)),
                Wait.ReturnWhen.FIRST_COMPLETED, Double.POSITIVE_INFINITY, ts, at);
        assertThat(at[0]).isEqualTo(1.0);
        assertThat(r.done()).containsExactly(ts.get(1));
        assertThat(r.pending()).containsExactly(ts.get(0), ts.get(2));
    }

    @Test
    void firstExceptionReturnsWithTheFirstErrorWithoutRaisingIt() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(after("a", 1.0), failAfter(2.0), after("c", 3.0)),
                Wait.ReturnWhen.FIRST_EXCEPTION, Double.POSITIVE_INFINITY, ts, at);
        assertThat(at[0]).isEqualTo(2.0);
        assertThat(r.done()).containsExactly(ts.get(0), ts.get(1));
        assertThat(r.pending()).containsExactly(ts.get(2));
        assertThat(ts.get(1).exception()).hasMessage("bad");
    }

    @Test
    void firstExceptionWithoutErrorsWaitsForAll() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(after("a", 1.0), after("b", 2.0)),
                Wait.ReturnWhen.FIRST_EXCEPTION, Double.POSITIVE_INFINITY, ts, at);
        assertThat(at[0]).isEqualTo(2.0);
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void firstExceptionDoesNotCountACancellationAsAnError() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        run(coroutine("main", aw -> {
            ts.add(createTask(after("a", 1.0)));
            ts.add(createTask(after("b", 3.0)));
            createTask(coroutine("canceller", c -> {
                c.await(sleep(0.5));
                ts.get(0).cancel();
                return null;
            }));
            Wait.Result<String> r = Asyncio.wait(aw, ts, Wait.ReturnWhen.FIRST_EXCEPTION);
            at[0] = aw.loop().time();
            assertThat(r.pending()).isEmpty();
            return null;
        }));
        assertThat(at[0]).isEqualTo(3.0);
    }

    @Test
    void allCompletedWaitsForTheLastAndKeepsErrorsInTheFutures() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(failAfter(1.0), after("b", 3.0)),
                Wait.ReturnWhen.ALL_COMPLETED, Double.POSITIVE_INFINITY, ts, at);
        assertThat(at[0]).isEqualTo(3.0);
        assertThat(r.done()).containsExactlyElementsOf(ts);
        assertThat(r.pending()).isEmpty();
    }

    @Test
    void aTimeoutReturnsWhatIsPendingWithoutCancellingIt() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(after("a", 1.0), after("b", 2.0), after("c", 3.0)),
                Wait.ReturnWhen.ALL_COMPLETED, 1.5, ts, at);
        assertThat(at[0]).isEqualTo(1.5);
        assertThat(r.done()).containsExactly(ts.get(0));
        assertThat(r.pending()).containsExactly(ts.get(1), ts.get(2));
        // the runner cancelled them at the end of main, not wait()
        assertThat(clock.now()).isEqualTo(1_500_000_000L);
    }

    @Test
    void aNegativeTimeoutReturnsAtOnce() {
        List<Future<String>> ts = new ArrayList<>();
        double[] at = new double[1];
        Wait.Result<String> r = waitOn(List.of(after("a", 1.0)), Wait.ReturnWhen.ALL_COMPLETED, -1, ts, at);
        assertThat(at[0]).isZero();
        assertThat(r.pending()).containsExactlyElementsOf(ts);
    }

    @Test
    void pendingFuturesAreNotCancelledByWait() {
        run(coroutine("main", aw -> {
            Task<String> slow = createTask(after("slow", 3.0));
            Wait.Result<String> r = Asyncio.wait(aw, List.of(slow), Wait.ReturnWhen.ALL_COMPLETED, 1.0);
            assertThat(r.pending()).containsExactly(slow);
            assertThat(aw.await(slow)).isEqualTo("slow");
            assertThat(aw.loop().time()).isEqualTo(3.0);
            return null;
        }));
    }

    @Test
    void alreadyDoneFuturesReturnAtOnce() {
        run(coroutine("main", aw -> {
            Future<String> done = new Future<>(aw.loop());
            done.setResult("x");
            Task<String> slow = createTask(after("slow", 3.0));
            Wait.Result<String> r = Asyncio.wait(aw, List.of(done, slow), Wait.ReturnWhen.FIRST_COMPLETED);
            assertThat(r.done()).containsExactly(done);
            assertThat(aw.loop().time()).isZero();
            slow.cancel();
            return null;
        }));
    }

    @Test
    void cancellingTheWaitingTaskLeavesTheFuturesAlone() {
        run(coroutine("main", aw -> {
            Task<String> inner = createTask(after("inner", 3.0));
            Task<Object> waiter = createTask(coroutine("waiter", c -> Asyncio.wait(c, List.of(inner), Wait.ReturnWhen.ALL_COMPLETED)));
            aw.await(sleep(1.0));
            waiter.cancel();
            assertThatThrownBy(() -> aw.await(waiter)).isInstanceOf(CancelledError.class);
            assertThat(inner.isDone()).isFalse();
            assertThat(aw.await(inner)).isEqualTo("inner");
            return null;
        }));
    }

    @Test
    void anEmptySetIsRefused() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> Asyncio.wait(aw, List.<Future<String>>of(), Wait.ReturnWhen.ALL_COMPLETED))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Set of Tasks/Futures is empty.");
    }
}
