package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopscope.loop.ThreadNiceness;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRegistry;
import org.loopscope.patterns.PatternRun;

/**
 * The loop thread of a window's run keeps normal priority while it mostly waits, and is lowered
 * once it runs flat out (LoopPriorityWatch), as the pulses of a window notice.
 */
class RunSessionPriorityTest {
    @BeforeEach
    void onLinux() {
        assumeTrue(ThreadNiceness.available(), "Linux only");
    }

    @Test
    void aLoopComputingInItsStepIsLoweredWhileItRuns() throws Exception {
        Pattern cpu = PatternRegistry.require("cpu_bound");
        String comm = "loopscope-loop-cpu_bound".substring(0, 15); // the kernel keeps 15 characters of a name
        Set<String> before = Set.copyOf(threadsNamed(comm)); // other tests' loops, if any still end
        RunSession session = new RunSession(cpu, Params.parse(cpu.params(), List.of("work=3")), PatternRun.Options.real(1.0)).start(false);
        try {
            OptionalInt niceness = OptionalInt.empty();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!session.isDone() && System.nanoTime() < deadline) {
                session.pulse(); // the window's frames
                niceness = newThreadNiceness(comm, before);
                if (niceness.isPresent() && niceness.getAsInt() == ThreadNiceness.UNDER_A_WINDOW) {
                    break;
                }
                Thread.sleep(16);
            }
            assertThat(niceness).as("lowered before the run ended").hasValue(ThreadNiceness.UNDER_A_WINDOW);
        } finally {
            session.stop();
        }
    }

    @Test
    void aLoopThatWaitsOnItsTimersKeepsNormalPriority() throws Exception {
        Pattern gather = PatternRegistry.require("gather"); // three sleeps of a second
        String comm = "loopscope-loop-gather".substring(0, 15);
        Set<String> before = Set.copyOf(threadsNamed(comm));
        RunSession session = new RunSession(gather, Params.defaults(gather.params()), PatternRun.Options.real(1.0)).start(false);
        try {
            long end = System.nanoTime() + 1_500_000_000L; // three windows
            OptionalInt niceness = OptionalInt.empty();
            while (System.nanoTime() < end && !session.isDone()) {
                session.pulse();
                OptionalInt now = newThreadNiceness(comm, before);
                niceness = now.isPresent() ? now : niceness;
                Thread.sleep(16);
            }
            assertThat(niceness).as("the loop thread was seen").isPresent();
            assertThat(niceness.getAsInt()).isLessThan(ThreadNiceness.UNDER_A_WINDOW);
        } finally {
            session.stop();
        }
    }

    /**
     * The nice value of the loop thread: the oldest thread named {@code comm} that is not in
     * {@code before}, while it exists. Oldest, because a thread the loop starts (the step clock's
     * ticker, the chunk allocator, an executor worker) carries the loop's name from its clone until
     * the JVM names it, and thread ids grow.
     */
    private static OptionalInt newThreadNiceness(String comm, Set<String> before) throws IOException {
        List<String> fresh = threadsNamed(comm).stream().filter(tid -> !before.contains(tid))
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
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
