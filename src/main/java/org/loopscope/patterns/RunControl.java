package org.loopscope.patterns;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.IterationGate;
import org.loopscope.loop.LoopSnapshot;

/**
 * Pause, resume and single-step for a run. The loop thread consults it before each iteration and
 * waits there while paused; the UI thread only flips flags and never waits. The inspector's
 * snapshot is published here, between iterations, where reading the loop is safe.
 */
public final class RunControl implements IterationGate {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private int steps;
    private boolean cancelled;
    private volatile LoopSnapshot snapshot;
    private volatile long lastPublishNs;

    @Override
    public void beforeIteration(EventLoop loop) throws InterruptedException {
        publish(loop, false);
        lock.lock();
        try {
            if (paused && steps == 0 && !cancelled) {
                loop.clock().pause();
                publish(loop, true);
                while (paused && steps == 0 && !cancelled) {
                    changed.await();
                }
                loop.clock().resume();
            }
            if (steps > 0) {
                steps--;
            }
        } finally {
            lock.unlock();
        }
    }

    private void publish(EventLoop loop, boolean force) {
        long now = System.nanoTime();
        if (force || paused || now - lastPublishNs > 50_000_000L) {
            snapshot = loop.snapshot();
            lastPublishNs = now;
        }
    }

    /** Publishes the loop's state after its last iteration; called on the loop thread when the run ends. */
    void publishFinal(EventLoop loop) {
        snapshot = loop.snapshot();
    }

    /** The latest inspector view (ready queue, timers, what ran last), or null before the first iteration. */
    public LoopSnapshot snapshot() {
        return snapshot;
    }

    public void pause() {
        set(true, 0);
    }

    public void resume() {
        set(false, 0);
    }

    /** Lets exactly one more loop iteration run, then pauses again. */
    public void step() {
        lock.lock();
        try {
            paused = true;
            steps++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean paused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    /** Releases a paused loop for good (the run is being stopped). */
    public void release() {
        lock.lock();
        try {
            cancelled = true;
            paused = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void set(boolean pause, int stepCount) {
        lock.lock();
        try {
            paused = pause;
            steps = stepCount;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
