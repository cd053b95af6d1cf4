package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
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

/** asyncio.Event, after CPython test_asyncio/test_locks.py EventTests, on the virtual clock. */
class EventTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private Coroutine<Boolean> waiter(Event event, String name) {
        return coroutine(name, c -> {
            boolean r = event.await(c);
            log.add(name + "@" + c.loop().time());
            return r;
        });
    }

    @Test
    void setWakesEveryWaiterInArrivalOrder() {
        Event event = new Event();
        List<Boolean> results = run(coroutine("main", aw -> {
            List<Task<Boolean>> ts = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                ts.add(createTask(waiter(event, name)));
            }
            aw.await(sleep(2.0));
            assertThat(log).isEmpty();
            event.set();
            return aw.await(gather(ts));
        }));
        assertThat(results).containsExactly(true, true, true);
        assertThat(log).containsExactly("a@2.0", "b@2.0", "c@2.0");
    }

    @Test
    void waitingOnASetEventReturnsWithoutYielding() {
        Event event = new Event();
        run(coroutine("main", aw -> {
            event.set();
            createTask(coroutine("other", c -> {
                log.add("other ran");
                return null;
            }));
            assertThat(event.await(aw)).isTrue();
            log.add("waited");
            aw.await(sleep(0));
            return null;
        }));
        assertThat(log).containsExactly("waited", "other ran");
    }

    @Test
    void clearRightAfterSetStillWakesTheWaiters() {
        // test_clear_with_waiters
        Event event = new Event();
        run(coroutine("main", aw -> {
            Task<Boolean> t = createTask(waiter(event, "a"));
            aw.await(sleep(1.0));
            event.set();
            event.clear();
            assertThat(event.isSet()).isFalse();
            aw.await(t);
            return null;
        }));
        assertThat(log).containsExactly("a@1.0");
    }

    @Test
    void aCancelledWaiterDoesNotDisturbTheOthers() {
        Event event = new Event();
        run(coroutine("main", aw -> {
            Task<Boolean> a = createTask(waiter(event, "a"));
            Task<Boolean> b = createTask(waiter(event, "b"));
            aw.await(sleep(1.0));
            a.cancel();
            aw.await(sleep(1.0));
            event.set();
            event.set(); // a second set changes nothing
            aw.await(gatherReturnExceptions(List.of(a, b)));
            assertThat(a.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("b@2.0");
    }
}
