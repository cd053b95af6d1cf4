package org.loopscope.loop;

import org.loopscope.trace.Instrument;

/**
 * Blocking calls as the guide's pitfalls use them: {@code time.sleep(5)} and CPU-heavy work.
 * They take "demo time" from the loop's clock, so they slow down with slow motion and take
 * exact virtual time on a virtual clock. Inside a coroutine they hold the whole loop; on an
 * executor worker they hold only that worker.
 */
public final class Blocking {
    private Blocking() {
    }

    /** Python's {@code time.sleep(seconds)}. */
    public static void sleep(double seconds) {
        block(String.format(java.util.Locale.ROOT, "time.sleep(%s)", Seconds.format(seconds)), Clock.seconds(seconds), false);
    }

    /** CPU-bound work lasting {@code seconds} of demo time (a real busy loop on a real clock). */
    public static void compute(String what, double seconds) {
        block(what, Clock.seconds(seconds), true);
    }

    private static void block(String call, long ns, boolean compute) {
        EventLoop loop = EventLoop.runningOrNull();
        if (loop != null) {
            loop.blockingCall(call, ns, compute);
            return;
        }
        EventLoop owner = WorkerPool.currentWorkerLoop();
        if (owner == null) {
            throw new IllegalStateException(call + " called outside a loop and outside an executor worker");
        }
        blockOnWorker(owner, call, ns, compute);
    }

    private static void blockOnWorker(EventLoop loop, String call, long ns, boolean compute) {
        int lane = WorkerPool.currentWorkerLane();
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null) {
            long now = loop.clock().now();
            hooks.each((Instrument i) -> i.workerBlocking(lane, now, call));
        }
        try {
            // Named by the worker's lane, so workers due at the same virtual instant resume in lane order.
            String key = String.format(java.util.Locale.ROOT, "worker %08d", lane);
            if (compute) {
                loop.clock().computeFor(ns, key);
            } else {
                loop.clock().blockFor(ns, key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoopStopped("stopped during " + call);
        } finally {
            if (hooks != null) {
                long now = loop.clock().now();
                hooks.each((Instrument i) -> i.workerBlocking(lane, now, null));
            }
        }
    }
}
