package org.loopscope.loop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers a thread's CPU priority: its Linux nice value. The window lowers the loop thread of a run
 * that runs flat out, so that, when the loop, the FX thread and the renderer all want a core, the
 * window gets it first; on an idle core the loop still runs flat out. Threads the loop starts
 * afterwards (executor workers) inherit the value from it.
 *
 * <p>Why renice: Java's thread priorities do nothing on Linux unless the JVM runs with
 * {@code -XX:ThreadPriorityPolicy=1}, which prints a warning at every launch for a user who is not
 * root. Raising the nice value of one's own threads needs no privilege.
 */
public final class ThreadNiceness {
    /**
     * The loop thread's nice value under a window (0 is normal, 19 the lowest priority): its weight
     * against the FX thread's is 15 to 1024, so the window is hardly delayed by it (bench live).
     */
    public static final int UNDER_A_WINDOW = 19;

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final long RENICE_WAIT_SECONDS = 5;

    private ThreadNiceness() {
    }

    /** Whether this system has per-thread nice values to set (Linux: /proc/thread-self exists). */
    public static boolean available() {
        return Files.isSymbolicLink(THREAD_SELF);
    }

    /**
     * Gives thread {@code tid} of this process (from {@link #currentThreadId()} on that thread) nice
     * value {@code niceness}, from any thread. Returns null when done, else why not.
     */
    public static String lower(String tid, int niceness) {
        checkRange(niceness);
        return lower(tid, niceness, "renice");
    }

    static String lower(String tid, int niceness, String reniceCommand) {
        try {
            Process renice = new ProcessBuilder(reniceCommand, "-n", Integer.toString(niceness), "-p", tid)
                    .redirectErrorStream(true).start();
            // Waited for before its output is read (a line or two: the pipe never fills), so a
            // renice that hangs cannot hold the caller past the timeout.
            if (!renice.waitFor(RENICE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return reniceCommand + " did not answer within " + RENICE_WAIT_SECONDS + " s";
            }
            String said = new String(renice.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return renice.exitValue() == 0 ? null : reniceCommand + " failed: " + said;
        } catch (IOException e) {
            return "cannot run " + reniceCommand + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while running " + reniceCommand;
        }
    }

    private static void checkRange(int niceness) {
        if (niceness < 0 || niceness > 19) {
            throw new IllegalArgumentException("niceness must be 0-19, got " + niceness);
        }
    }

    /** The calling thread's nice value as the kernel reports it (field 19 of its stat line). */
    public static int currentNiceness() throws IOException {
        String stat = Files.readString(THREAD_SELF.resolve("stat"));
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(after[16]);
    }

    /** The calling thread's Linux thread id: /proc/thread-self links to "&lt;pid&gt;/task/&lt;tid&gt;". */
    public static String currentThreadId() throws IOException {
        return Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
    }
}
