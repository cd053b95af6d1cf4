package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.gatherReturnExceptions;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.timeout;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.TimeoutError;
import org.loopscope.loop.VirtualClock;

/** asyncio.Lock, after CPython test_asyncio/test_locks.py LockTests, on the virtual clock. */
class LockTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private Coroutine<Void> acquirer(Lock lock, String name) {
        return coroutine(name, c -> {
            lock.acquire(c);
            log.add(name + "@" + c.loop().time());
            return null;
        });
    }

    @Test
    void waitersGetTheLockInArrivalOrder() {
        Lock lock = new Lock();
        run(coroutine("main", aw -> {
            List<Task<Void>> ts = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                ts.add(createTask(coroutine(name, c -> lock.hold(c, b -> {
                    log.add(name + "@" + c.loop().time());
                    c.await(sleep(1.0));
                    return null;
                }))));
            }
            aw.await(gather(ts));
            return null;
        }));
        assertThat(log).containsExactly("a@0.0", "b@1.0", "c@2.0");
    }

    @Test
    void theLockIsNotReentrantAndHasNoOwner() {
        Lock lock = new Lock();
        run(coroutine("main", aw -> {
            lock.acquire(aw);
            // acquiring again from the same task waits like anyone else
            assertThatThrownBy(() -> timeout(aw, 1.0, b -> {
                lock.acquire(b);
                return null;
            })).isInstanceOf(TimeoutError.class);
            assertThat(aw.loop().time()).isEqualTo(1.0);
            assertThat(lock.locked()).isTrue();
            // any task may release it: asyncio locks have no owner
            aw.await(createTask(coroutine("other", c -> {
                lock.release();
                return null;
            })));
            assertThat(lock.locked()).isFalse();
            return null;
        }));
    }

    @Test
    void releasingAnUnlockedLockIsARuntimeError() {
        Lock lock = new Lock();
        assertThatThrownBy(lock::release).isInstanceOf(RuntimeError.class).hasMessage("Lock is not acquired.");
    }

    @Test
    void aNewcomerDoesNotOvertakeAWokenWaiter() {
        Lock lock = new Lock();
        run(coroutine("main", aw -> {
            lock.acquire(aw);
            Task<Void> queued = createTask(acquirer(lock, "queued"));
            aw.await(sleep(1.0));
            lock.release();
            assertThat(lock.locked()).isFalse(); // free, but promised to the woken waiter
            Task<Void> newcomer = createTask(acquirer(lock, "newcomer"));
            aw.await(sleep(0));
            assertThat(log).containsExactly("queued@1.0");
            lock.release();
            aw.await(gather(queued, newcomer));
            return null;
        }));
        assertThat(log).containsExactly("queued@1.0", "newcomer@1.0");
    }

    @Test
    void aCancelledWaiterIsSkipped() {
        Lock lock = new Lock();
        run(coroutine("main", aw -> {
            lock.acquire(aw);
            Task<Void> b = createTask(acquirer(lock, "b"));
            Task<Void> c = createTask(acquirer(lock, "c"));
            aw.await(sleep(1.0));
            b.cancel();
            aw.await(sleep(1.0));
            lock.release();
            aw.await(gatherReturnExceptions(List.of(b, c)));
            assertThat(b.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("c@2.0");
    }

    @Test
    void aWaiterWokenThenCancelledHandsTheLockOn() {
        // test_cancel_race: B is cancelled in the same step in which A releases the lock to it
        Lock lock = new Lock();
        run(coroutine("main", aw -> {
            lock.acquire(aw);
            Task<Void> b = createTask(acquirer(lock, "b"));
            Task<Void> c = createTask(acquirer(lock, "c"));
            aw.await(sleep(1.0));
            lock.release();
            b.cancel();
            aw.await(gatherReturnExceptions(List.of(b, c)));
            assertThat(b.cancelled()).isTrue();
            assertThat(lock.locked()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("c@1.0");
    }

    @Test
    void holdReleasesWhenTheBodyFails() {
        Lock lock = new Lock();
        assertThatThrownBy(() -> run(coroutine("main", aw -> lock.hold(aw, b -> {
            throw new IllegalStateException("inside");
        })))).hasMessage("inside");
        assertThat(lock.locked()).isFalse();
    }
}
