package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A thread of the process is lowered by its id, threads it starts inherit that, and a failure leaves it as it was. */
class ThreadNicenessTest {
    @BeforeEach
    void onLinux() {
        assumeTrue(ThreadNiceness.available(), "Linux only");
        assertThat(Files.isSymbolicLink(Path.of("/proc/thread-self"))).isTrue();
    }

    @Test
    void aThreadLowersItselfAndTheThreadsItStartsInheritTheValue() throws Exception {
        int[] seen = onNewThread(() -> {
            int before = ThreadNiceness.currentNiceness();
            assertThat(ThreadNiceness.lower(ThreadNiceness.currentThreadId(), ThreadNiceness.UNDER_A_WINDOW)).isNull();
            int after = ThreadNiceness.currentNiceness();
            int child = onNewThread(ThreadNiceness::currentNiceness);
            return new int[] {before, after, child};
        });
        assertThat(seen[0]).as("a new thread starts at the test runner's value").isLessThan(ThreadNiceness.UNDER_A_WINDOW);
        assertThat(seen[1]).isEqualTo(ThreadNiceness.UNDER_A_WINDOW);
        assertThat(seen[2]).as("a thread started by the lowered one").isEqualTo(ThreadNiceness.UNDER_A_WINDOW);
        assertThat(ThreadNiceness.currentNiceness()).as("the calling thread is untouched").isEqualTo(seen[0]);
    }

    @Test
    void anotherThreadOfTheProcessIsLoweredByItsId() throws Exception {
        CompletableFuture<String> tid = new CompletableFuture<>();
        CountDownLatch lowered = new CountDownLatch(1);
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        new Thread(() -> {
            try {
                tid.complete(ThreadNiceness.currentThreadId());
                lowered.await();
                seen.complete(ThreadNiceness.currentNiceness());
            } catch (Exception e) {
                seen.completeExceptionally(e);
            }
        }).start();
        assertThat(ThreadNiceness.lower(tid.get(10, TimeUnit.SECONDS), 7)).isNull();
        lowered.countDown();
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(ThreadNiceness.currentNiceness()).as("the caller is untouched").isLessThan(7);
    }

    @Test
    void aMissingReniceIsSaidAndTheThreadRunsOnUnchanged() throws Exception {
        Object[] seen = onNewThread(() -> {
            int before = ThreadNiceness.currentNiceness();
            String problem = ThreadNiceness.lower(ThreadNiceness.currentThreadId(), 5, "/nonexistent/renice");
            return new Object[] {problem, before, ThreadNiceness.currentNiceness()};
        });
        assertThat((String) seen[0]).startsWith("cannot run /nonexistent/renice");
        assertThat(seen[2]).isEqualTo(seen[1]);
    }

    @Test
    void aReniceThatRefusesIsSaid() throws Exception {
        // `false` takes the arguments and exits 1: the caller hears that it failed.
        String problem = onNewThread(() -> ThreadNiceness.lower(ThreadNiceness.currentThreadId(), 5, "false"));
        assertThat(problem).startsWith("false failed");
    }

    @Test
    void aNicenessOutOfRangeIsRefused() throws Exception {
        String tid = ThreadNiceness.currentThreadId();
        assertThatThrownBy(() -> ThreadNiceness.lower(tid, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-19");
        assertThatThrownBy(() -> ThreadNiceness.lower(tid, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs {@code body} on a new platform thread (each test lowers only threads of its own). */
    private static <T> T onNewThread(Callable<T> body) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        new Thread(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }).start();
        return result.get(10, TimeUnit.SECONDS);
    }
}
