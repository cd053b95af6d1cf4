package org.loopscope.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The measurement behind the choice of coroutine mechanism (docs/DESIGN.md): the cost of one
 * resume-and-suspend round trip, which is what a task switch costs at least.
 * <ul>
 *   <li>a {@code jdk.internal.vm.Continuation} run on the loop's own thread (what Task uses);</li>
 *   <li>two virtual threads handing a baton back and forth with park/unpark;</li>
 *   <li>a platform thread and a virtual thread doing the same.</li>
 * </ul>
 * Run with {@code -Djdk.virtualThreadScheduler.parallelism=1} to see virtual threads at their best.
 */
public final class MechanismBench {
    private static final ContinuationScope SCOPE = new ContinuationScope("bench");

    private MechanismBench() {
    }

    public static void run(int roundTrips, PrintStream out) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            continuation(roundTrips / 10);
            handOff(roundTrips / 10, true);
        }
        out.printf(Locale.ROOT, "continuation_ns_per_round_trip=%.1f%n", continuation(roundTrips));
        out.printf(Locale.ROOT, "virtual_to_virtual_ns_per_round_trip=%.1f%n", handOff(roundTrips, true));
        out.printf(Locale.ROOT, "platform_to_virtual_ns_per_round_trip=%.1f%n", handOff(Math.max(1, roundTrips / 50), false));
        out.printf(Locale.ROOT, "carrier_parallelism=%s%n", System.getProperty("jdk.virtualThreadScheduler.parallelism", "default"));
    }

    static double continuation(int roundTrips) {
        Continuation c = new Continuation(SCOPE, () -> {
            while (true) {
                Continuation.yield(SCOPE);
            }
        });
        long start = System.nanoTime();
        for (int i = 0; i < roundTrips; i++) {
            c.run();
        }
        return (System.nanoTime() - start) / (double) roundTrips;
    }

    /** Ping-pong between a "loop" and a "task" thread: each side unparks the other, then parks until its turn. */
    static double handOff(int roundTrips, boolean loopIsVirtual) throws InterruptedException {
        Baton baton = new Baton();
        Thread task = Thread.ofVirtual().unstarted(() -> {
            for (int i = 0; i < roundTrips; i++) {
                baton.await(1);
                baton.pass(0);
            }
        });
        long[] elapsed = new long[1];
        Runnable loop = () -> {
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                baton.pass(1);
                baton.await(0);
            }
            elapsed[0] = System.nanoTime() - start;
        };
        Thread loopThread = loopIsVirtual ? Thread.ofVirtual().unstarted(loop) : Thread.ofPlatform().unstarted(loop);
        baton.threads[0] = loopThread;
        baton.threads[1] = task;
        task.start();
        loopThread.start();
        loopThread.join();
        task.join();
        return elapsed[0] / (double) roundTrips;
    }

    private static final class Baton {
        final Thread[] threads = new Thread[2];
        volatile int holder;

        void pass(int to) {
            holder = to;
            LockSupport.unpark(threads[to]);
        }

        void await(int me) {
            while (holder != me) {
                LockSupport.park(this);
            }
        }
    }
}
