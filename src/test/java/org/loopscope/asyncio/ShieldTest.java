package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.shield;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.CancelledError;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Future;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

/** asyncio.shield, after CPython test_asyncio/test_tasks.py shield tests, on the virtual clock. */
class ShieldTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<String> log = new ArrayList<>();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private Coroutine<String> work(String value, double seconds) {
        return coroutine("work", c -> {
            c.await(sleep(seconds));
            log.add("inner finished@" + c.loop().time());
            return value;
        });
    }

    @Test
    void cancellingTheAwaiterLeavesTheInnerRunningToItsEnd() {
        run(coroutine("main", aw -> {
            Task<String> inner = createTask(work("result", 2.0));
            Task<String> awaiter = createTask(coroutine("awaiter", c -> c.await(shield(inner))));
            aw.await(sleep(1.0));
            awaiter.cancel();
            try {
                aw.await(awaiter);
            } catch (CancelledError e) {
                log.add("awaiter cancelled@" + aw.loop().time());
            }
            assertThat(inner.isDone()).isFalse();
            assertThat(aw.await(inner)).isEqualTo("result");
            return null;
        }));
        assertThat(log).containsExactly("awaiter cancelled@1.0", "inner finished@2.0");
    }

    @Test
    void cancellingTheShieldItselfDoesNotCancelTheInner() {
        run(coroutine("main", aw -> {
            Task<String> inner = createTask(work("result", 2.0));
            Future<String> outer = shield(inner);
            aw.await(sleep(1.0));
            assertThat(outer.cancel()).isTrue();
            assertThat(aw.await(inner)).isEqualTo("result");
            assertThat(outer.cancelled()).isTrue();
            return null;
        }));
        assertThat(log).containsExactly("inner finished@2.0");
    }

    @Test
    void theInnerResultComesThrough() {
        String r = run(coroutine("main", aw -> aw.await(shield(work("result", 1.0)))));
        assertThat(r).isEqualTo("result");
    }

    @Test
    void theInnerFailurePropagates() {
        assertThatThrownBy(() -> run(coroutine("main", aw -> aw.await(shield(coroutine("bad", c -> {
            c.await(sleep(1.0));
            throw new IllegalStateException("inner failed");
        }))))))
                .isInstanceOf(IllegalStateException.class).hasMessage("inner failed");
        assertThat(clock.now()).isEqualTo(1_000_000_000L);
    }

    @Test
    void anInnerCancelledDirectlyCancelsTheOuter() {
        run(coroutine("main", aw -> {
            Task<String> inner = createTask(work("result", 2.0));
            Future<String> outer = shield(inner);
            aw.await(sleep(1.0));
            inner.cancel();
            assertThatThrownBy(() -> aw.await(outer)).isInstanceOf(CancelledError.class);
            assertThat(outer.cancelled()).isTrue();
            return null;
        }));
    }

    @Test
    void aDoneFutureIsReturnedAsItIs() {
        run(coroutine("main", aw -> {
            Future<String> done = new Future<>(aw.loop());
            done.setResult("x");
            assertThat(shield(done)).isSameAs(done);
            return null;
        }));
    }
}
