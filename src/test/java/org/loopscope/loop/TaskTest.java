package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.loop.LoopTestSupport.runVirtual;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task and Future semantics, after CPython test_asyncio/test_tasks.py and test_futures.py. */
class TaskTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    @Test
    void aTaskCancelledBeforeItsFirstStepNeverRunsItsBody() {
        runVirtual(clock, coroutine("main", aw -> {
            Task<String> t = createTask(coroutine("child", c -> {
                log.add("body ran");
                return "x";
            }));
            t.cancel("too late");
            assertThatThrownBy(() -> aw.await(t)).isInstanceOf(CancelledError.class);
            assertThat(t.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).isEmpty();
    }

    @Test
    void cancelRaisesCancelledErrorAtTheNextAwaitWithTheMessage() {
        runVirtual(clock, coroutine("main", aw -> {
            Task<String> t = createTask(coroutine("sleeper", c -> {
                try {
                    c.await(sleep(10));
                    return "finished";
                } catch (CancelledError e) {
                    log.add("cancelled at " + c.loop().time() + ": " + e.getMessage());
                    throw e;
                }
            }));
            aw.await(sleep(1));
            assertThat(t.cancel("stop it")).isTrue();
            assertThat(t.cancelling()).isEqualTo(1);
            assertThatThrownBy(() -> aw.await(t)).isInstanceOf(CancelledError.class);
            return null;
        }));
        assertThat(log).containsExactly("cancelled at 1.0: stop it");
        assertThat(clock.now()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aTaskMaySwallowCancellationAndUncancel() {
        String result = runVirtual(clock, coroutine("main", aw -> {
            Task<String> t = createTask(coroutine("stubborn", c -> {
                try {
                    c.await(sleep(10));
                } catch (CancelledError e) {
                    c.task().uncancel();
                }
                c.await(sleep(1));
                return "survived";
            }));
            aw.await(sleep(1));
            t.cancel();
            String r = aw.await(t);
            assertThat(t.cancelling()).isZero();
            return r;
        }));
        assertThat(result).isEqualTo("survived");
        assertThat(clock.now()).isEqualTo(2_000_000_000L);
    }

    @Test
    void cancellingADoneTaskReturnsFalse() {
        runVirtual(clock, coroutine("main", aw -> {
            Task<Integer> t = createTask(coroutine("quick", c -> 42));
            assertThat(aw.await(t)).isEqualTo(42);
            assertThat(t.cancel()).isFalse();
            return null;
        }));
    }

    @Test
    void anExceptionInABodyIsTheTasksOutcomeAndTheLoopGoesOn() {
        String r = runVirtual(clock, coroutine("main", aw -> {
            Task<String> bad = createTask(coroutine("bad", c -> {
                throw new IllegalArgumentException("bad input");
            }));
            Task<String> error = createTask(coroutine("error", c -> {
                throw new OutOfMemoryError("pretend");
            }));
            aw.await(sleep(0.1));
            assertThat(bad.exception()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
            assertThat(error.exception()).isInstanceOf(OutOfMemoryError.class);
            return "still running";
        }));
        assertThat(r).isEqualTo("still running");
    }

    @Test
    void futureResultBeforeDoneAndSettingTwiceRaiseInvalidStateError() {
        EventLoop loop = new EventLoop(clock);
        Future<String> f = new Future<>(loop);
        assertThatThrownBy(f::result).isInstanceOf(InvalidStateError.class).hasMessage("Result is not ready.");
        assertThatThrownBy(f::exception).isInstanceOf(InvalidStateError.class);
        f.setResult("a");
        assertThatThrownBy(() -> f.setResult("b")).isInstanceOf(InvalidStateError.class);
        assertThatThrownBy(() -> f.setException(new RuntimeException())).isInstanceOf(InvalidStateError.class);
        assertThat(f.cancel()).isFalse();
        assertThat(f.result()).isEqualTo("a");
    }

    @Test
    void doneCallbacksRunThroughTheLoopNotInline() {
        EventLoop loop = new EventLoop(clock);
        Future<String> f = new Future<>(loop);
        f.addDoneCallback(x -> log.add("callback " + x.result()));
        f.setResult("r");
        assertThat(log).isEmpty();
        loop.runOnce();
        assertThat(log).containsExactly("callback r");
    }

    @Test
    void awaitingADoneFutureDoesNotYield() {
        runVirtual(clock, coroutine("main", aw -> {
            Future<String> done = new Future<>(aw.loop());
            done.setResult("ready");
            createTask(coroutine("other", c -> {
                log.add("other ran");
                return null;
            }));
            log.add("awaited " + aw.await(done));
            aw.await(sleep(0));
            return null;
        }));
        assertThat(log).containsExactly("awaited ready", "other ran");
    }

    @Test
    void sleepZeroLetsEveryReadyTaskRunInTurn() {
        runVirtual(clock, coroutine("main", aw -> {
            for (String name : List.of("a", "b")) {
                createTask(coroutine(name, c -> {
                    for (int i = 0; i < 3; i++) {
                        log.add(name + i);
                        c.await(sleep(0));
                    }
                    return null;
                }));
            }
            aw.await(sleep(1));
            return null;
        }));
        assertThat(log).containsExactly("a0", "b0", "a1", "b1", "a2", "b2");
    }

    @Test
    void aTaskCannotAwaitItself() {
        assertThatThrownBy(() -> runVirtual(clock, coroutine("main", aw -> aw.await(aw.task()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot await itself");
    }

    @Test
    void aCoroutineRunsAtMostOnce() {
        assertThatThrownBy(() -> runVirtual(clock, coroutine("main", aw -> {
            Coroutine<Integer> once = coroutine("once", c -> 1);
            aw.await(once);
            return aw.await(once);
        }))).hasMessage("cannot reuse already awaited coroutine 'once'");
    }

    @Test
    void aCoroutineNeverAwaitedIsReportedWithWhereItWasCreated() {
        EventLoop[] loopSeen = new EventLoop[1];
        runVirtual(clock, coroutine("main", aw -> {
            loopSeen[0] = aw.loop();
            coroutine("fetch(url1)", c -> {
                log.add("never runs");
                return null;
            });
            return null;
        }));
        assertThat(log).isEmpty();
        assertThat(loopSeen[0].messages()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(org.loopscope.trace.MarkKind.NEVER_AWAITED);
            assertThat(m.text()).startsWith("coroutine 'fetch(url1)' was never awaited (created at TaskTest.java:");
            assertThat(m.laneName()).isEqualTo("main");
        });
    }

    @Test
    void debugModeReportsAStepThatHoldsTheLoopTooLong() {
        EventLoop[] loopSeen = new EventLoop[1];
        try (var runner = new org.loopscope.asyncio.Runner(clock).debug(true)) {
            runner.run(coroutine("main", aw -> {
                loopSeen[0] = aw.loop();
                Blocking.sleep(0.25);
                Blocking.sleep(0.05);
                return null;
            }));
        }
        assertThat(loopSeen[0].messages()).filteredOn(m -> m.kind() == org.loopscope.trace.MarkKind.WARNING)
                .singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Executing <Task pending name='main'> took 0.300 seconds"));
    }

    @Test
    void runInsideARunningLoopIsRefusedAsInAsyncio() {
        assertThatThrownBy(() -> runVirtual(clock, coroutine("main", aw ->
                org.loopscope.asyncio.Asyncio.run(coroutine("inner", c -> 1)))))
                .isInstanceOf(org.loopscope.asyncio.RuntimeError.class)
                .hasMessage("asyncio.run() cannot be called from a running event loop");
    }
}
