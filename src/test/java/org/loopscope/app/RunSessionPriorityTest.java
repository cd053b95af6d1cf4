package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.ThreadNiceness;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;

/** A run the window starts has its loop thread at background priority, before its first iteration. */
class RunSessionPriorityTest {
    @Test
    void theLoopThreadOfAWindowRunIsLoweredBeforeTheLoopBegins() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        Pattern gather = PatternRegistry.require("gather");
        String comm = "loopscope-loop-gather".substring(0, 15); // the kernel keeps 15 characters of a name
        Set<String> before = Set.copyOf(threadsNamed(comm)); // other tests' loops, if any still end
        RunSession session = new RunSession(gather, Params.defaults(gather.params()), PatternRun.Options.virtual());
        session.start(true); // paused: the loop waits before its first iteration
        try {
            OptionalInt niceness = OptionalInt.empty();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                niceness = newThreadNiceness(comm, before);
                if (niceness.isPresent() && niceness.getAsInt() == ThreadNiceness.UNDER_A_WINDOW) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(niceness).hasValue(ThreadNiceness.UNDER_A_WINDOW);
            assertThat(session.isDone()).as("still paused before its first iteration").isFalse();
        } finally {
            session.stop();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!session.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(session.isDone()).isTrue();
    }

    /** The nice value of the one thread named {@code comm} that is not in {@code before}, once it exists. */
    private static OptionalInt newThreadNiceness(String comm, Set<String> before) throws IOException {
        List<String> fresh = threadsNamed(comm).stream().filter(tid -> !before.contains(tid)).toList();
        assertThat(fresh).as("one new loop thread").hasSizeLessThanOrEqualTo(1);
        if (fresh.isEmpty()) {
            return OptionalInt.empty();
        }
        String stat = read(Path.of("/proc/self/task", fresh.get(0), "stat"));
        return stat.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]));
    }

    /** Ids of this process's threads named {@code comm}. */
    private static List<String> threadsNamed(String comm) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> comm.equals(read(t.resolve("comm")).trim())).map(t -> t.getFileName().toString()).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return ""; // the thread ended meanwhile
        }
    }
}
