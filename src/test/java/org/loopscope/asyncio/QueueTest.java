package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.gatherReturnExceptions;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** asyncio.Queue, after CPython test_asyncio/test_queues.py, on the virtual clock. */
class QueueTest {
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

    private Coroutine<Integer> getter(Queue<Integer> q, String name) {
        return coroutine(name, c -> {
            Integer item = q.get(c);
            log.add(name + " got " + item + "@" + c.loop().time());
            return item;
        });
    }

    private Coroutine<Void> putter(Queue<Integer> q, String name, int item) {
        return coroutine(name, c -> {
            q.put(c, item);
            log.add(name + " put " + item + "@" + c.loop().time());
            return null;
        });
    }

    @Test
    void getWaitsUntilAPut() {
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            Task<Integer> g = createTask(getter(q, "g"));
            aw.await(sleep(1.0));
            q.putNowait(7);
            return aw.await(g);
        }));
        assertThat(log).containsExactly("g got 7@1.0");
    }

    @Test
    void putWaitsWhileTheQueueIsFull() {
        Queue<Integer> q = new Queue<>(2);
        run(coroutine("main", aw -> {
            Task<Void> producer = createTask(coroutine("producer", c -> {
                for (int i = 0; i < 5; i++) {
                    q.put(c, i);
                    log.add("put " + i + "@" + c.loop().time());
                }
                return null;
            }));
            for (int i = 0; i < 5; i++) {
                aw.await(sleep(1.0));
                log.add("got " + q.get(aw) + "@" + aw.loop().time());
            }
            aw.await(producer);
            return null;
        }));
        assertThat(log).containsExactly("put 0@0.0", "put 1@0.0",
                "got 0@1.0", "put 2@1.0", "got 1@2.0", "put 3@2.0", "got 2@3.0", "put 4@3.0",
                "got 3@4.0", "got 4@5.0");
    }

    @Test
    void gettersAreServedInArrivalOrder() {
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            List<Task<Integer>> gs = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                gs.add(createTask(getter(q, name)));
            }
            aw.await(sleep(1.0));
            for (int i = 1; i <= 3; i++) {
                q.putNowait(i);
            }
            aw.await(gather(gs));
            return null;
        }));
        assertThat(log).containsExactly("a got 1@1.0", "b got 2@1.0", "c got 3@1.0");
    }

    @Test
    void joinWaitsUntilEveryItemIsMarkedDone() {
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            q.join(aw); // nothing unfinished: returns at once
            for (int i = 0; i < 3; i++) {
                q.putNowait(i);
            }
            createTask(coroutine("worker", c -> {
                while (true) {
                    q.get(c);
                    c.await(sleep(1.0));
                    q.taskDone();
                }
            }));
            q.join(aw);
            log.add("joined@" + aw.loop().time());
            return null;
        }));
        assertThat(log).containsExactly("joined@3.0");
    }

    @Test
    void taskDoneTooOftenRaises() {
        Queue<Integer> q = new Queue<>();
        q.putNowait(1);
        q.getNowait();
        q.taskDone();
        assertThatThrownBy(q::taskDone).hasMessage("task_done() called too many times");
    }

    @Test
    void nowaitVariantsRaiseQueueEmptyAndQueueFull() {
        Queue<Integer> q = new Queue<>(1);
        assertThatThrownBy(q::getNowait).isInstanceOf(Queue.QueueEmpty.class);
        q.putNowait(1);
        assertThat(q.full()).isTrue();
        assertThatThrownBy(() -> q.putNowait(2)).isInstanceOf(Queue.QueueFull.class);
        assertThat(q.getNowait()).isEqualTo(1);
        assertThat(q.empty()).isTrue();
    }

    @Test
    void nullIsAnItemLikeAnyOther() {
        // Python queues carry None; as_completed relies on it for its timeout markers
        Queue<Integer> q = new Queue<>();
        String r = run(coroutine("main", aw -> {
            Task<Integer> g = createTask(getter(q, "g"));
            aw.await(sleep(1.0));
            q.putNowait(null);
            aw.await(g);
            return "ok";
        }));
        assertThat(r).isEqualTo("ok");
        assertThat(log).containsExactly("g got null@1.0");
    }

    @Test
    void zeroOrNegativeMaxsizeMeansUnbounded() {
        for (int maxsize : new int[] {0, -1}) {
            Queue<Integer> q = new Queue<>(maxsize);
            for (int i = 0; i < 1000; i++) {
                q.putNowait(i);
            }
            assertThat(q.full()).isFalse();
            assertThat(q.qsize()).isEqualTo(1000);
        }
    }

    @Test
    void aCancelledGetterLosesNoItem() {
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            Task<Integer> a = createTask(getter(q, "a"));
            Task<Integer> b = createTask(getter(q, "b"));
            aw.await(sleep(1.0));
            a.cancel();
            aw.await(sleep(0));
            q.putNowait(1);
            aw.await(gatherReturnExceptions(List.of(a, b)));
            return null;
        }));
        assertThat(log).containsExactly("b got 1@1.0");
    }

    @Test
    void aGetterWokenThenCancelledHandsTheItemOn() {
        // test_get_cancelled_race
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            Task<Integer> a = createTask(getter(q, "a"));
            Task<Integer> b = createTask(getter(q, "b"));
            aw.await(sleep(1.0));
            q.putNowait(1); // wakes a...
            a.cancel(); // ...which is cancelled before it can take the item
            aw.await(gatherReturnExceptions(List.of(a, b)));
            assertThat(a.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("b got 1@1.0");
        assertThat(now()).isEqualTo(1.0);
    }

    @Test
    void aPutterWokenThenCancelledHandsTheSlotOn() {
        // test_put_cancelled_race
        Queue<Integer> q = new Queue<>(1);
        run(coroutine("main", aw -> {
            q.putNowait(0);
            Task<Void> a = createTask(putter(q, "a", 1));
            Task<Void> b = createTask(putter(q, "b", 2));
            aw.await(sleep(1.0));
            q.getNowait(); // wakes a...
            a.cancel(); // ...which is cancelled before it can put
            aw.await(gatherReturnExceptions(List.of(a, b)));
            assertThat(q.getNowait()).isEqualTo(2);
            return null;
        }));
        assertThat(log).containsExactly("b put 2@1.0");
    }

    @Test
    void aCancelledPutterWhoseSlotWasTakenDoesNotPushTheNextPutterBack() {
        // "if not self.full() and not putter.cancelled(): self._wakeup_next(self._putters)"
        Queue<Integer> q = new Queue<>(1);
        run(coroutine("main", aw -> {
            q.putNowait(0);
            Task<Void> a = createTask(putter(q, "a", 1));
            Task<Void> b = createTask(putter(q, "b", 2));
            aw.await(sleep(1.0));
            q.getNowait(); // wakes a...
            q.putNowait(9); // ...but the slot is taken at once...
            a.cancel(); // ...and a is cancelled: there is no slot to hand on
            Task<Void> c = createTask(putter(q, "c", 3)); // queues while a handles its cancel
            aw.await(sleep(0));
            aw.await(sleep(0));
            // b must still be first in line, ahead of c
            assertThat(q.getNowait()).isEqualTo(9);
            aw.await(sleep(0));
            assertThat(q.getNowait()).isEqualTo(2);
            aw.await(sleep(0));
            assertThat(q.getNowait()).isEqualTo(3);
            aw.await(gatherReturnExceptions(List.of(a, b, c)));
            return null;
        }));
        assertThat(log).containsExactly("b put 2@1.0", "c put 3@1.0");
    }

    @Test
    void aCancelledGetterWhoseItemWasTakenDoesNotPushTheNextGetterBack() {
        // "if not self.empty() and not getter.cancelled(): self._wakeup_next(self._getters)"
        Queue<Integer> q = new Queue<>();
        run(coroutine("main", aw -> {
            Task<Integer> a = createTask(getter(q, "a"));
            Task<Integer> b = createTask(getter(q, "b"));
            aw.await(sleep(1.0));
            q.putNowait(1); // wakes a...
            assertThat(q.getNowait()).isEqualTo(1); // ...but the item is taken at once...
            a.cancel(); // ...and a is cancelled: there is no item to hand on
            Task<Integer> c = createTask(getter(q, "c")); // queues while a handles its cancel
            aw.await(sleep(0));
            aw.await(sleep(0));
            q.putNowait(2);
            q.putNowait(3);
            aw.await(gatherReturnExceptions(List.of(a, b, c)));
            return null;
        }));
        // b must still be first in line, ahead of c
        assertThat(log).containsExactly("b got 2@1.0", "c got 3@1.0");
    }
}
