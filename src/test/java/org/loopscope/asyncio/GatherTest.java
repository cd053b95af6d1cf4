package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.gatherReturnExceptions;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** Ported from CPython test_asyncio/test_tasks.py gather tests, on the virtual clock. */
class GatherTest {
    private final VirtualClock clock = new VirtualClock();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    static Coroutine<String> fetch(String url, double delay) {
        return coroutine("fetch(" + url + ")", aw -> {
            aw.await(sleep(delay));
            return "done: " + url;
        });
    }

    @Test
    void resultsComeInArgumentOrderAfterTheLongestDelay() {
        // given three fetches finishing in the order 2, 3, 1
        List<String> results = run(coroutine("main", aw -> aw.await(gather(fetch("url1", 1.0), fetch("url2", 0.5), fetch("url3", 0.7)))));
        // then the list follows argument order and the whole took 1 s, not 2.2 s
        assertThat(results).containsExactly("done: url1", "done: url2", "done: url3");
        assertThat(clock.now()).isEqualTo(1_000_000_000L);
    }

    @Test
    void anErrorIsRaisedAtOnceAndTheOthersKeepRunning() {
        List<String> finished = new ArrayList<>();
        Coroutine<String> failing = coroutine("fail", aw -> {
            aw.await(sleep(0.5));
            throw new IllegalArgumentException("boom");
        });
        Coroutine<String> slow = coroutine("slow", aw -> {
            aw.await(sleep(2.0));
            finished.add("slow");
            return "slow";
        });
        assertThatThrownBy(() -> run(coroutine("main", aw -> {
            try {
                return aw.await(gather(failing, slow));
            } catch (IllegalArgumentException e) {
                assertThat(aw.loop().time()).isEqualTo(0.5);
                aw.await(sleep(2.0)); // the sibling is still running and finishes
                throw e;
            }
        }))).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
        assertThat(finished).containsExactly("slow");
    }

    @Test
    void returnExceptionsPutsErrorsInTheList() {
        List<Object> results = run(coroutine("main", aw -> aw.await(gatherReturnExceptions(List.of(
                fetch("a", 0.1),
                coroutine("bad", aw2 -> {
                    throw new IllegalStateException("nope");
                }))))));
        assertThat(results.get(0)).isEqualTo("done: a");
        assertThat(results.get(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingGatherCancelsTheChildren() {
        List<Task<?>> children = new ArrayList<>();
        run(coroutine("main", aw -> {
            Task<String> a = Asyncio.createTask(fetch("a", 5));
            Task<String> b = Asyncio.createTask(fetch("b", 5));
            children.add(a);
            children.add(b);
            var g = gather(a, b);
            aw.await(sleep(1));
            g.cancel();
            assertThatThrownBy(() -> aw.await(g)).isInstanceOf(org.loopscope.loop.CancelledError.class);
            return null;
        }));
        assertThat(children).allMatch(Task::cancelled);
        assertThat(clock.now()).isEqualTo(1_000_000_000L);
    }
}
