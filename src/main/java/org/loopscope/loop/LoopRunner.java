package org.loopscope.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The loop's run machinery, apart from its scheduling API ({@link EventLoop}): the queues of what
 * runs next, one iteration at a time, the idle wait, and how a run is stopped or aborted.
 * Everything here runs on the loop thread except {@link #stop()}, {@link #abort()} and the inbox.
 */
final class LoopRunner {
    private final EventLoop loop;
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    final TimerQueue timers = new TimerQueue();
    // Callbacks posted by other threads (callSoonThreadsafe, workers); moved to ready by the loop thread.
    final ConcurrentLinkedQueue<Handle> inbox = new ConcurrentLinkedQueue<>();
    private IterationGate gate;
    private volatile boolean stopping;
    private volatile boolean inBlockingCall;
    private volatile Thread thread;
    private long iteration;
    private List<String> lastRan = List.of();
    private int lastRanTotal;

    LoopRunner(EventLoop loop) {
        this.loop = loop;
    }

    void setGate(IterationGate gate) {
        this.gate = gate;
    }

    /** Binds the run to the calling thread; {@link #abort()} interrupts this thread's blocking calls. */
    void bindThread(Thread t) {
        thread = t;
    }

    Thread thread() {
        return thread;
    }

    boolean stopping() {
        return stopping;
    }

    /** Called when a run ends, so the next run starts fresh. */
    void clearStop() {
        stopping = false;
    }

    long iteration() {
        return iteration;
    }

    /**
     * One iteration: purge cancelled timers, wait (through the clock) until something can run,
     * move due timers and thread-posted callbacks into the ready queue, then run exactly the
     * handles that were ready when the iteration began.
     */
    void runOnce() {
        awaitGate();
        timers.purgeCancelled();
        drainInbox();
        if (ready.isEmpty() && !stopping) {
            idle(timers.nextDeadline());
        }
        long now = loop.clock().now();
        loop.steps.loopTimeRead(now);
        timers.popDue(now, ready::add);
        int count = ready.size();
        // Labels for the inspector, only with a gate (the app) and only as many as it shows.
        List<String> ran = gate != null ? new ArrayList<>(Math.min(count, LoopSnapshot.SHOWN)) : null;
        int ranTotal = 0;
        for (int i = 0; i < count; i++) {
            Handle handle = ready.poll();
            if (handle.cancelled()) {
                continue;
            }
            if (ran != null && ranTotal++ < LoopSnapshot.SHOWN) {
                ran.add(handle.label());
            }
            runHandle(handle);
        }
        if (ran != null) {
            lastRan = ran;
            lastRanTotal = ranTotal;
        }
        iteration++;
    }

    private void idle(long deadline) {
        Clock clock = loop.clock();
        if (deadline <= clock.now()) {
            return;
        }
        loop.steps.quiet();
        InstrumentSet h = loop.hooksOrNull();
        if (h != null) {
            long now = loop.steps.exactTime();
            h.each(i -> i.beforeIdle(now, deadline));
        }
        boolean possible;
        try {
            possible = clock.idleUntil(deadline, () -> stopping || !inbox.isEmpty());
        } catch (InterruptedException e) {
            stopping = true;
            possible = true;
        }
        if (h != null) {
            long now = loop.steps.exactTime();
            h.each(i -> i.afterIdle(now));
        }
        drainInbox();
        if (!possible) {
            stopping = true;
            throw new LoopDeadlock("nothing is ready, no timer is pending and no outside work is running: "
                    + loop.allTasks().size() + " task(s) wait forever");
        }
    }

    private void runHandle(Handle handle) {
        StepContext context = loop.context;
        context.beginHandle(handle);
        long stepsBefore = loop.steps.stepsEnded();
        try {
            handle.run();
        } catch (LoopStopped e) {
            stopping = true;
        } catch (Throwable t) { // a callback's failure is reported, never fatal to the loop
            loop.callExceptionHandler("Exception in callback " + handle.label(), t);
        } finally {
            context.endHandle();
            if (loop.steps.stepsEnded() == stepsBefore) {
                loop.steps.plainCallbackEnded(); // the next step starts after it
            }
        }
    }

    private void drainInbox() {
        Handle handle;
        while ((handle = inbox.poll()) != null) {
            ready.add(handle);
        }
    }

    private void awaitGate() {
        IterationGate g = gate;
        if (g != null) {
            try {
                g.beforeIteration(loop);
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }

    /**
     * Runs a blocking call ({@code time.sleep}, heavy computation) on the loop thread inside the
     * current step: it holds the loop for its whole duration, which is the lesson. Here, not in
     * the step bookkeeping, because {@link #abort()} must be able to interrupt it.
     */
    void blockingCall(String call, long durationNs, boolean compute) {
        Task<?> task = loop.context.task();
        int lane = task == null ? 0 : task.lane();
        Clock clock = loop.clock();
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null) {
            long now = loop.steps.exactTime();
            hooks.each(i -> i.blockingStarted(lane, now, call));
        }
        loop.context.markBlocked();
        inBlockingCall = true;
        try {
            if (stopping) {
                throw new InterruptedException();
            }
            if (compute) {
                clock.computeFor(durationNs);
            } else {
                clock.blockFor(durationNs);
            }
        } catch (InterruptedException e) {
            throw new LoopStopped("stopped during " + call);
        } finally {
            inBlockingCall = false;
            Thread.interrupted(); // an abort() that came late must not hit the next wait
            InstrumentSet after = loop.hooksOrNull();
            if (after != null) {
                long now = loop.steps.exactTime();
                after.each(i -> i.blockingEnded(lane, now));
            }
        }
    }

    /** Asks the loop to stop after the current iteration; safe from any thread. */
    void stop() {
        stopping = true;
        loop.clock().wakeUp();
    }

    /** Stops the loop even inside a blocking call, which is interrupted. Safe from any thread. */
    void abort() {
        stop();
        Thread t = thread;
        if (inBlockingCall && t != null) {
            t.interrupt();
        }
    }

    boolean inBlockingCall() {
        return inBlockingCall;
    }

    LoopSnapshot snapshot() {
        return LoopSnapshot.capture(loop.clock().now(), iteration, ready, inbox, timers.all(), lastRan, lastRanTotal);
    }

    /** A closed loop forgets what was queued. */
    void clearQueues() {
        ready.clear();
        inbox.clear();
    }
}
