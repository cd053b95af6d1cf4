package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.gatherReturnExceptions;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.waitFor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** asyncio.Semaphore and BoundedSemaphore, after CPython test_asyncio/test_locks.py, on the virtual clock. */
class SemaphoreTest {
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

    /** Acquires, logs when, holds for {@code seconds}, releases. */
    private Coroutine<Void> holder(Semaphore sem, String name, double seconds) {
        return coroutine(name, c -> sem.hold(c, b -> {
            log.add(name + "@" + c.loop().time());
            c.await(sleep(seconds));
            return null;
        }));
    }

    private Coroutine<Void> acquirer(Semaphore sem, String name) {
        return coroutine(name, c -> {
            sem.acquire(c);
            log.add(name);
            return null;
        });
    }

    @Test
    void neverMoreHoldersThanTheValue() {
        Semaphore sem = new Semaphore(3);
        run(coroutine("main", aw -> {
            List<Coroutine<Void>> workers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                workers.add(holder(sem, "w" + i, 1.0));
            }
            aw.await(gather(workers));
            return null;
        }));
        assertThat(sem.maxHolders()).isEqualTo(3);
        assertThat(log).containsExactly("w0@0.0", "w1@0.0", "w2@0.0", "w3@1.0", "w4@1.0", "w5@1.0",
                "w6@2.0", "w7@2.0", "w8@2.0", "w9@3.0");
        assertThat(now()).isEqualTo(4.0);
        assertThat(sem.value()).isEqualTo(3);
    }

    @Test
    void waitersAcquireInArrivalOrder() {
        Semaphore sem = new Semaphore(1);
        run(coroutine("main", aw -> {
            List<Task<Void>> ts = new ArrayList<>();
            ts.add(createTask(holder(sem, "first", 1.0)));
            // arrivals at 0.3, 0.1, 0.2: the order of arrival, not of creation, decides
            for (String[] w : new String[][] {{"c", "0.3"}, {"a", "0.1"}, {"b", "0.2"}}) {
                ts.add(createTask(coroutine(w[0], c -> {
                    c.await(sleep(Double.parseDouble(w[1])));
                    return c.await(holder(sem, w[0], 1.0));
                })));
            }
            aw.await(gather(ts));
            return null;
        }));
        assertThat(log).containsExactly("first@0.0", "a@1.0", "b@2.0", "c@3.0");
    }

    @Test
    void aNewcomerDoesNotOvertakeAQueuedWaiterWhenASlotFrees() {
        Semaphore sem = new Semaphore(1);
        run(coroutine("main", aw -> {
            sem.acquire(aw);
            Task<Void> queued = createTask(acquirer(sem, "queued"));
            aw.await(sleep(1.0));
            sem.release(); // the slot goes to the queued waiter, although it has not run yet
            assertThat(sem.locked()).isTrue();
            Task<Void> newcomer = createTask(acquirer(sem, "newcomer"));
            aw.await(sleep(0));
            assertThat(log).containsExactly("queued");
            sem.release();
            aw.await(gather(queued, newcomer));
            return null;
        }));
        assertThat(log).containsExactly("queued", "newcomer");
    }

    @Test
    void aReleasingHolderThatAcquiresAgainQueuesBehindTheWoken() {
        // test_acquire_fifo_order_2
        Semaphore sem = new Semaphore(1);
        run(coroutine("main", aw -> {
            Task<Void> t1 = createTask(acquirer(sem, "1"));
            Task<Void> t2 = createTask(coroutine("c2", c -> {
                sem.acquire(c);
                log.add("2");
                sem.release();
                sem.acquire(c);
                log.add("4");
                return null;
            }));
            Task<Void> t3 = createTask(acquirer(sem, "3"));
            aw.await(sleep(0));
            sem.release();
            sem.release();
            aw.await(gather(t1, t2, t3));
            return null;
        }));
        assertThat(log).containsExactly("1", "2", "3", "4");
    }

    @Test
    void aCancelledWaiterIsSkippedAndTakesNoSlot() {
        // test_acquire_fifo_order_3
        Semaphore sem = new Semaphore(0);
        run(coroutine("main", aw -> {
            Task<Void> t1 = createTask(acquirer(sem, "1"));
            Task<Void> t2 = createTask(acquirer(sem, "2"));
            Task<Void> t3 = createTask(acquirer(sem, "3"));
            aw.await(sleep(0));
            t1.cancel();
            aw.await(sleep(0));
            sem.release();
            sem.release();
            aw.await(gatherReturnExceptions(List.of(t1, t2, t3)));
            assertThat(t1.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("2", "3");
        assertThat(sem.value()).isZero();
    }

    @Test
    void aWaiterWokenThenCancelledHandsTheSlotOn() {
        Semaphore sem = new Semaphore(1);
        run(coroutine("main", aw -> {
            sem.acquire(aw);
            Task<Void> woken = createTask(acquirer(sem, "woken"));
            Task<Void> next = createTask(acquirer(sem, "next"));
            aw.await(sleep(1.0));
            sem.release(); // wakes "woken"...
            woken.cancel(); // ...which is cancelled before it can run
            aw.await(gatherReturnExceptions(List.of(woken, next)));
            assertThat(woken.cancelled()).isTrue();
            assertThat(aw.loop().time()).isEqualTo(1.0);
            sem.release();
            return null;
        }));
        assertThat(log).containsExactly("next");
        assertThat(sem.value()).isEqualTo(1);
    }

    @Test
    void aHolderCancelledRightAfterReleaseDoesNotHang() {
        // test_acquire_no_hang
        Semaphore sem = new Semaphore(1);
        run(coroutine("main", aw -> {
            Task<Void>[] t2 = new Task[1];
            Task<Void> t1 = createTask(coroutine("c1", c -> {
                sem.hold(c, b -> b.await(sleep(0)));
                t2[0].cancel();
                return null;
            }));
            t2[0] = createTask(coroutine("c2", c -> sem.hold(c, b -> {
                log.add("c2 must not get the semaphore");
                return null;
            })));
            List<Object> results = aw.await(gatherReturnExceptions(List.of(t1, t2[0])));
            assertThat(results.get(0)).isNull();
            assertThat(results.get(1)).isInstanceOf(CancelledError.class);
            waitFor(aw, coroutine("acquire", c -> {
                sem.acquire(c);
                return null;
            }), 1.0);
            return null;
        }));
        assertThat(log).isEmpty();
        assertThat(now()).isZero();
    }

    @Test
    void holdReleasesWhenTheBodyFails() {
        Semaphore sem = new Semaphore(1);
        assertThatThrownBy(() -> run(coroutine("main", aw -> sem.hold(aw, b -> {
            throw new IllegalArgumentException("inside");
        })))).hasMessage("inside");
        assertThat(sem.value()).isEqualTo(1);
        assertThat(sem.locked()).isFalse();
    }

    @Test
    void aNegativeInitialValueIsRefused() {
        assertThatThrownBy(() -> new Semaphore(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundedSemaphoreRaisesOnOverRelease() {
        BoundedSemaphore sem = new BoundedSemaphore(2);
        run(coroutine("main", aw -> {
            sem.acquire(aw);
            sem.release();
            assertThatThrownBy(sem::release).hasMessage("BoundedSemaphore released too many times");
            return null;
        }));
        assertThat(sem.value()).isEqualTo(2);
    }

    @Test
    void boundedSemaphoreCountsASlotHandedToAWaiterAsTaken() {
        BoundedSemaphore sem = new BoundedSemaphore(1);
        run(coroutine("main", aw -> {
            sem.acquire(aw);
            Task<Void> waiter = createTask(acquirer(sem, "waiter"));
            aw.await(sleep(0));
            sem.release(); // handed to the waiter: the value stays 0, so one more release is legal
            assertThat(sem.value()).isZero();
            aw.await(waiter);
            sem.release();
            assertThatThrownBy(sem::release).hasMessage("BoundedSemaphore released too many times");
            return null;
        }));
    }
}
