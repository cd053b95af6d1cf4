package org.loopscope.loop;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A cheap signal that wall time has moved: one daemon thread bumps a counter every
 * {@link #PERIOD_NS} while some traced loop on the real clock is busy running steps.
 *
 * <p>Why: a traced loop timestamps every task step, and {@code System.nanoTime} costs ~19 ns here,
 * as much as the rest of tracing together. Reading a counter costs ~1 ns; the loop reads the real
 * clock every so many steps and whenever the counter moved (see {@link TraceTime}), so a step that
 * spans a tick is timed exactly even when the steps around it are short.
 *
 * <p>The thread sleeps while every loop is idle and ends after {@link #IDLE_EXIT_NS} without a
 * busy loop; the next busy loop starts a new one.
 */
public final class WallTicker {
    /**
     * Nominal tick period; the operating system's timer slack adds to it (bench switch prints the
     * measured one). Ticks only have to catch a long step among short ones: the resolution of
     * ordinary steps comes from {@link TraceTime}'s counted reads. Each tick wakes a thread, and
     * on two cores that thread often shares one with the loop: 10,000 wake-ups a second (a 100 µs
     * period) cost a loop on the same core ~24 % of its task switches (bench overhead --pin-cpu).
     */
    static final long PERIOD_NS = 1_000_000;
    private static final long IDLE_EXIT_NS = 500_000_000L;

    private static volatile int ticks;
    private static final AtomicInteger busyLoops = new AtomicInteger();
    private static Thread thread; // guarded by WallTicker.class

    private WallTicker() {
    }

    /** The tick count, never negative; only its changes matter (benchmarks divide time by it to report the real period). */
    public static int ticks() {
        return ticks;
    }

    /** A loop starts needing ticks (it began running steps). Pair with {@link #loopQuiet()}. */
    static void loopBusy() {
        if (busyLoops.getAndIncrement() == 0) {
            wakeOrStart();
        }
    }

    /** A loop stopped needing ticks (it went idle or its run ended). */
    static void loopQuiet() {
        busyLoops.decrementAndGet();
    }

    private static synchronized void wakeOrStart() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("loopscope-ticker").unstarted(WallTicker::tickWhileBusy);
            thread.setPriority(Thread.MAX_PRIORITY);
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    private static void tickWhileBusy() {
        while (true) {
            if (busyLoops.get() == 0) {
                LockSupport.parkNanos(IDLE_EXIT_NS); // a busy loop unparks us at once
                if (busyLoops.get() == 0 && endIfStillQuiet()) {
                    return;
                }
            } else {
                LockSupport.parkNanos(PERIOD_NS);
            }
            ticks = (ticks + 1) & Integer.MAX_VALUE; // one writer at a time; never negative (TraceTime.NO_TICK)
        }
    }

    private static synchronized boolean endIfStillQuiet() {
        if (busyLoops.get() == 0) {
            thread = null;
            return true;
        }
        return false;
    }
}
