package org.loopscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.loopscope.loop.ThreadNiceness;

/**
 * Lowers a window run's loop thread to {@link ThreadNiceness#UNDER_A_WINDOW} once it has wanted a
 * core all the time for a quarter of a second: on two cores such a loop (a 100,000-task run) kept
 * the FX thread and the renderer waiting for a core, and frames of 60-120 ms came (bench live,
 * docs/RELIABILITY.md §8). "Wanted" is the time the kernel counts the thread on a CPU plus the time
 * it waited in a run queue for one ({@code /proc/self/task/<tid>/schedstat}): CPU time alone is not
 * enough, since a loop that competes with the window for the cores gets about half of one.
 *
 * <p>Why not from the start: a loop lowered at once loses its core to the JIT compiler while a
 * fresh window warms up, and a small lesson's first run then shows loop stalls its code never
 * caused (semaphore, 500 requests, real clock, first run of a new window: one or two stalls in
 * each nice-19 run, none at normal priority or with this watch). A loop that mostly waits on its
 * timers never gets here and keeps normal priority.
 *
 * <p>The FX thread calls {@link #pulse} once per frame; the renice runs on a short-lived thread
 * of its own, so neither the FX thread nor the loop waits for the process.
 */
final class LoopPriorityWatch {
    /** Wall time over which the loop's demand for a core is measured. */
    static final long WINDOW_NS = 250_000_000L;
    /** The share of a window in which the thread wanted a core, that counts as running flat out. */
    static final double FLAT_OUT_SHARE = 0.8;

    /** Whether the log already said that a loop thread could not be lowered: once per app, not per run. */
    private static final AtomicBoolean PROBLEM_SAID = new AtomicBoolean();

    private final String linuxThreadId;
    private final Path schedstat;
    private final Window window = new Window();
    private boolean lowered;

    private LoopPriorityWatch(String linuxThreadId) {
        this.linuxThreadId = linuxThreadId;
        this.schedstat = Path.of("/proc/self/task", linuxThreadId, "schedstat");
    }

    /**
     * A watch over the calling thread (the loop's), or null where its priority cannot be lowered
     * (not Linux) or its demand not read (no schedstat; the log says so once).
     */
    static LoopPriorityWatch ofCurrentThread() {
        if (!ThreadNiceness.available() || Thread.currentThread().isVirtual()) {
            return null;
        }
        try {
            LoopPriorityWatch watch = new LoopPriorityWatch(ThreadNiceness.currentThreadId());
            if (watch.demandNs() < 0) {
                sayOnce("no " + watch.schedstat + " to read");
                return null;
            }
            return watch;
        } catch (IOException e) {
            sayOnce("no Linux thread id: " + e.getMessage());
            return null;
        }
    }

    /** Looks at the loop's demand for a core; lowers it (once) when it ran flat out over the last window. */
    void pulse() {
        if (lowered) {
            return;
        }
        long demand = demandNs(); // -1 once the thread has ended
        if (demand >= 0 && window.ranFlatOut(System.nanoTime(), demand)) {
            lowered = true;
            Thread.ofPlatform().daemon().name("loopscope-renice").start(() -> {
                String problem = ThreadNiceness.lower(linuxThreadId, ThreadNiceness.UNDER_A_WINDOW);
                if (problem != null) {
                    sayOnce(problem);
                }
            });
        }
    }

    /** Time the thread spent on a CPU plus waiting for one, in ns; -1 if unreadable (the thread ended). */
    private long demandNs() {
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return Long.parseLong(fields[0]) + Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void sayOnce(String problem) {
        if (PROBLEM_SAID.compareAndSet(false, true)) {
            System.getLogger(LoopPriorityWatch.class.getName()).log(System.Logger.Level.INFO,
                    "the loop runs at normal priority beside the window: " + problem);
        }
    }

    /**
     * Consecutive windows of at least {@link #WINDOW_NS} of wall time; says yes at the end of one in
     * which the thread's demand (time on or waiting for a CPU) grew by {@link #FLAT_OUT_SHARE} of it
     * or more.
     */
    static final class Window {
        private long startWallNs = Long.MIN_VALUE;
        private long startDemandNs;

        boolean ranFlatOut(long wallNs, long demandNs) {
            if (startWallNs == Long.MIN_VALUE) {
                startWallNs = wallNs;
                startDemandNs = demandNs;
                return false;
            }
            long wall = wallNs - startWallNs;
            if (wall < WINDOW_NS) {
                return false;
            }
            long demand = demandNs - startDemandNs;
            startWallNs = wallNs;
            startDemandNs = demandNs;
            return demand >= FLAT_OUT_SHARE * wall;
        }
    }
}
