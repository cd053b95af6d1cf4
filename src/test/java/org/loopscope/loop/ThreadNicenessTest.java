package org.loopscope.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A thread lowers its own CPU priority, threads it starts inherit it, and a failure leaves it as it was. */
class ThreadNicenessTest {
    @BeforeEach
    void onLinuxWithRenice() {
        assumeTrue(ThreadNiceness.available(), "Linux only");
        assertThat(Files.isSymbolicLink(Path.of("/proc/thread-self"))).isTrue();
    }

    @Test
    void aThreadLowersItselfAndTheThreadsItStartsInheritTheValue() throws Exception {
        int[] seen = onNewThread(() -> {
            int before = ThreadNiceness.currentNiceness();
            String problem = ThreadNiceness.lowerCurrentThread(ThreadNiceness.UNDER_A_WINDOW);
            assertThat(problem).isNull();
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
    void anotherThreadOfTheProcessCanBeLoweredByItsId() throws Exception {
        CompletableFuture<String> tid = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch lowered = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        Thread target = new Thread(() -> {
            try {
                tid.complete(ThreadNiceness.currentThreadId());
                lowered.await();
                seen.complete(ThreadNiceness.currentNiceness());
            } catch (Exception e) {
                seen.completeExceptionally(e);
            }
        });
        target.start();
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
    void aReniceThatRefusesIsSaidWithWhatItPrinted() throws Exception {
        // `false` takes the arguments and exits 1: the caller hears that it failed.
        String problem = onNewThread(() -> ThreadNiceness.lower(ThreadNiceness.currentThreadId(), 5, "false"));
        assertThat(problem).startsWith("false failed");
    }

    @Test
    void aVirtualThreadIsNotRenicedAndANicenessOutOfRangeIsRefused() throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> said.complete(ThreadNiceness.lowerCurrentThread(10)));
        assertThat(said.get(10, TimeUnit.SECONDS)).contains("virtual thread");
        assertThatThrownBy(() -> ThreadNiceness.lowerCurrentThread(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-19");
        assertThatThrownBy(() -> ThreadNiceness.lowerCurrentThread(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs {@code body} on a new platform thread (each test lowers only threads of its own). */
    private static <T> T onNewThread(Callable<T> body) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        t.start();
        return result.get(10, TimeUnit.SECONDS);
    }
}
