package org.loopscope.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.loop.VirtualClock;

class TaskGroupTest {
    private final VirtualClock clock = new VirtualClock();

    private <T> T run(Coroutine<T> main) {
        try (Runner runner = new Runner(clock)) {
            return runner.run(main);
        }
    }

    private static Coroutine<String> failAfter(double seconds) {
        return coroutine("fail", aw -> {
            aw.await(sleep(seconds));
            throw new IllegalStateException("boom");
        });
    }

    @Test
    void aChildFailingAfterTheBlockEndedCancelsTheOthersAndLeavesNoCancelBehind() {
        List<Task<?>> children = new ArrayList<>();
        // given a group whose block only creates tasks, so the failure lands while the group waits
        int cancellingAfter = run(coroutine("main", aw -> {
            try {
                TaskGroup.run(aw, tg -> {
                    children.add(tg.createTask(failAfter(0.2)));
                    children.add(tg.createTask(coroutine("slow", s -> {
                        s.await(sleep(1.0));
                        return "slow";
                    })));
                });
            } catch (ExceptionGroup eg) {
                assertThat(eg.exceptions()).singleElement().satisfies(e -> assertThat(e).hasMessage("boom"));
            }
            return aw.task().cancelling();
        }));
        // then the sibling was cancelled at once, and the group took back its own cancel of main
        assertThat(children.get(1).cancelled()).isTrue();
        assertThat(clock.now()).isEqualTo(200_000_000L);
        assertThat(cancellingAfter).isZero();
    }

    @Test
    void aChildFailingWhileTheBlockRunsInterruptsTheBlock() {
        int cancellingAfter = run(coroutine("main", aw -> {
            try {
                TaskGroup.run(aw, tg -> {
                    tg.createTask(failAfter(0.2));
                    aw.await(sleep(5.0)); // interrupted by the group's cancel
                });
            } catch (ExceptionGroup eg) {
                assertThat(aw.loop().time()).isEqualTo(0.2);
            }
            return aw.task().cancelling();
        }));
        assertThat(cancellingAfter).isZero();
    }
}
