package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Scheduling behaviour, after CPython test_asyncio/test_base_events.py. */
class EventLoopTest {
    private final VirtualClock clock = new VirtualClock();
    private final EventLoop loop = new EventLoop(clock);
    private final List<String> calls = new ArrayList<>();

    private void runUntilIdle() {
        loop.callLater(1000, loop::stop);
        loop.runForever();
    }

    @Test
    void callSoonRunsInFifoOrder() {
        loop.callSoon(() -> calls.add("a"));
        loop.callSoon(() -> calls.add("b"));
        loop.callSoon(() -> calls.add("c"));
        loop.runOnce();
        assertThat(calls).containsExactly("a", "b", "c");
    }

    @Test
    void anIterationRunsOnlyWhatWasReadyWhenItBegan() {
        // given a callback that schedules another one
        loop.callSoon(() -> {
            calls.add("first");
            loop.callSoon(() -> calls.add("scheduled during the pass"));
        });
        // when one iteration runs
        loop.runOnce();
        // then the newly scheduled callback waits for the next iteration
        assertThat(calls).containsExactly("first");
        loop.runOnce();
        assertThat(calls).containsExactly("first", "scheduled during the pass");
    }

    @Test
    void timersRunInDueOrderThenSchedulingOrder() {
        loop.callLater(0.2, () -> calls.add("0.2"));
        loop.callLater(0.1, () -> calls.add("0.1-a"));
        loop.callLater(0.1, () -> calls.add("0.1-b"));
        loop.callLater(0.3, () -> {
            calls.add("0.3 at " + loop.time());
            loop.stop();
        });
        loop.runForever();
        assertThat(calls).containsExactly("0.1-a", "0.1-b", "0.2", "0.3 at 0.3");
    }

    @Test
    void aCancelledTimerNeverRuns() {
        TimerHandle h = loop.callLater(0.1, () -> calls.add("cancelled"));
        loop.callLater(0.2, () -> calls.add("kept"));
        h.cancel();
        runUntilIdle();
        assertThat(calls).containsExactly("kept");
    }

    @Test
    void cancelledTimersAreForgottenWhenMostOfTheHeapIsCancelled() {
        List<TimerHandle> timers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            timers.add(loop.callLater(10 + i, () -> calls.add("x")));
        }
        for (int i = 0; i < 900; i++) {
            timers.get(i).cancel();
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(loop.snapshot().timers()).hasSize(100);
    }

    @Test
    void theInspectorSnapshotKeepsTheNextToRunAndTheSoonestTimersAndCountsTheRest() {
        for (int i = 0; i < 1000; i++) {
            loop.callLater(1000 - i, () -> calls.add("x")); // due 1000 s, 999 s, ... 1 s
        }
        for (int i = 0; i < 500; i++) {
            loop.callSoon(() -> calls.add("y"));
        }
        LoopSnapshot snapshot = loop.snapshot();
        assertThat(snapshot.readyTotal()).isEqualTo(500);
        assertThat(snapshot.ready()).hasSize(LoopSnapshot.SHOWN);
        assertThat(snapshot.timersTotal()).isEqualTo(1000);
        assertThat(snapshot.timers()).hasSize(LoopSnapshot.SHOWN)
                .extracting(LoopSnapshot.Timer::dueNs)
                .isSorted()
                .startsWith(1_000_000_000L, 2_000_000_000L)
                .endsWith((long) LoopSnapshot.SHOWN * 1_000_000_000L);
    }

    @Test
    void anExceptionInACallbackIsReportedAndTheLoopGoesOn() {
        loop.callSoon(() -> {
            throw new IllegalStateException("boom");
        });
        loop.callSoon(() -> calls.add("after"));
        loop.runOnce();
        assertThat(calls).containsExactly("after");
        assertThat(loop.messages()).anySatisfy(m -> assertThat(m.text()).contains("boom").contains("Exception in callback"));
    }

    @Test
    void aCustomExceptionHandlerSeesTheError() {
        List<Throwable> seen = new ArrayList<>();
        loop.setExceptionHandler((context, error) -> seen.add(error));
        loop.callSoon(() -> {
            throw new StackOverflowError("deep");
        });
        loop.runOnce();
        assertThat(seen).singleElement().isInstanceOf(StackOverflowError.class);
    }

    @Test
    void callSoonThreadsafeWakesAnIdleLoopOnARealClock() throws Exception {
        EventLoop real = new EventLoop(new RealClock());
        CountDownLatch idle = new CountDownLatch(1);
        real.addInstrument(new org.loopscope.trace.Instrument() {
            @Override
            public void beforeIdle(long atNs, long deadlineNs) {
                idle.countDown();
            }
        });
        real.callLater(60, () -> calls.add("timer"));
        Thread poster = new Thread(() -> {
            try {
                idle.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            real.callSoonThreadsafe(() -> {
                calls.add("posted");
                real.stop();
            });
        });
        poster.start();
        real.runForever();
        poster.join();
        // the posted callback ran long before the 60 s timer
        assertThat(calls).containsExactly("posted");
        assertThat(real.time()).isLessThan(30);
    }

    @Test
    void stopEndsRunForeverAfterTheCurrentIteration() {
        loop.callSoon(() -> {
            calls.add("a");
            loop.stop();
        });
        loop.callSoon(() -> calls.add("b"));
        loop.runForever();
        assertThat(calls).containsExactly("a", "b");
        assertThat(loop.state()).isEqualTo(LoopState.STOPPED);
    }

    @Test
    void aClosedLoopRefusesWork() {
        loop.close();
        assertThatThrownBy(() -> loop.callSoon(() -> { })).hasMessage("Event loop is closed");
        assertThatThrownBy(loop::runForever).hasMessage("Event loop is closed");
    }

    @Test
    void aVirtualClockJumpsToTheNextTimerWhenIdle() {
        loop.callLater(3600, () -> {
            calls.add("an hour later");
            loop.stop();
        });
        loop.runForever();
        assertThat(calls).containsExactly("an hour later");
        assertThat(clock.now()).isEqualTo(3_600_000_000_000L);
    }

    @Test
    void aVirtualLoopWithNothingLeftToWaitForReportsADeadlock() {
        Future<String> never = new Future<>(loop);
        assertThatThrownBy(() -> loop.runUntilComplete(never))
                .isInstanceOf(LoopDeadlock.class)
                .hasMessageContaining("nothing is ready");
    }

    @Test
    void runningTwoLoopsOnOneThreadIsRefused() {
        loop.callSoon(() -> {
            EventLoop other = new EventLoop(new VirtualClock());
            try {
                other.runForever();
            } catch (IllegalStateException e) {
                calls.add(e.getMessage());
            }
            loop.stop();
        });
        loop.runForever();
        assertThat(calls).containsExactly("Cannot run the event loop while another loop is running");
    }
}
