package org.loopscope.loop;

import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Deterministic time, in the spirit of Trio's MockClock with autojump: time stands still while
 * anything runs and jumps to the next deadline when the loop has nothing to do.
 *
 * <p>Outside work complicates "nothing to do": an executor job or a network request runs real
 * code on another thread. Such work is counted ({@link #externalWorkStarted()}); the clock only
 * jumps while every piece of running outside work is itself parked in a virtual sleep
 * ({@link #blockFor} on a non-loop thread). So a job that does {@code time.sleep(5)} in a worker
 * takes exactly five virtual seconds, however long the real thread took to get there.
 *
 * <p>Invariant: {@code sleepers} holds threads blocked in {@link #blockFor}, each waiting for
 * {@code now >= deadline}; they are released in deadline order as time moves.
 */
public final class VirtualClock implements Clock {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Sleeper> sleepers = new PriorityQueue<>();
    private volatile long now;
    private volatile Thread loopThread;
    private int externalActive;
    private boolean wakeRequested;
    private long sleeperSeq;

    private static final class Sleeper implements Comparable<Sleeper> {
        final long deadline;
        final String key;
        final long seq;
        boolean released;

        Sleeper(long deadline, String key, long seq) {
            this.deadline = deadline;
            this.key = key == null ? "" : key;
            this.seq = seq;
        }

        /** By deadline, then by key: which of several threads registered first is thread timing, the key is not. */
        @Override
        public int compareTo(Sleeper o) {
            int c = Long.compare(deadline, o.deadline);
            if (c == 0) {
                c = key.compareTo(o.key);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    @Override
    public long now() {
        return now;
    }

    /** The loop announces its thread: blocking calls there advance time instead of waiting for it. */
    void bindLoopThread(Thread thread) {
        loopThread = thread;
    }

    @Override
    public boolean idleUntil(long deadlineNs, BooleanSupplier pending) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (wakeRequested || pending.getAsBoolean()) {
                    wakeRequested = false;
                    return true;
                }
                if (externalActive > sleepers.size()) {
                    changed.await(); // outside work is running real code: let it reach a result or a sleep
                    continue;
                }
                long target = sleepers.isEmpty() ? deadlineNs : Math.min(deadlineNs, sleepers.peek().deadline);
                if (target == Long.MAX_VALUE) {
                    return false;
                }
                if (target > now) {
                    now = target;
                }
                if (!releaseDueSleepers() && deadlineNs <= now) {
                    return true;
                }
                // Outside work just released at this time goes first: the loop waits (above) until
                // it has posted its result or slept again, then runs that result together with the
                // timers due now. Otherwise whether a worker's result and a timer due at the same
                // instant share an iteration would depend on thread timing, and runs would differ.
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Releases the first sleeper whose deadline has come; true if there was one. One at a time:
     * the loop then waits until that thread has posted its result (or slept again) before the
     * next is released, so three responses due at the same instant reach the loop in key order,
     * not in the order the operating system happens to run their threads.
     */
    private boolean releaseDueSleepers() {
        if (sleepers.isEmpty() || sleepers.peek().deadline > now) {
            return false;
        }
        sleepers.poll().released = true;
        changed.signalAll();
        return true;
    }

    @Override
    public void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void blockFor(long durationNs) throws InterruptedException {
        blockFor(durationNs, null);
    }

    @Override
    public void blockFor(long durationNs, String key) throws InterruptedException {
        if (Thread.currentThread() == loopThread || loopThread == null) {
            advance(durationNs);
            return;
        }
        lock.lock();
        try {
            Sleeper me = new Sleeper(now + durationNs, key, sleeperSeq++);
            sleepers.add(me);
            changed.signalAll();
            try {
                while (!me.released) {
                    changed.await();
                }
            } finally {
                if (!me.released) {
                    sleepers.remove(me);
                    changed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Moves time forward by {@code durationNs}, as a blocking call on the loop thread does. */
    public void advance(long durationNs) {
        lock.lock();
        try {
            now += durationNs;
            while (releaseDueSleepers()) {
                // a blocking call on the loop thread: every sleeper due by now wakes
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void computeFor(long durationNs) throws InterruptedException {
        blockFor(durationNs);
    }

    @Override
    public void computeFor(long durationNs, String key) throws InterruptedException {
        blockFor(durationNs, key);
    }

    @Override
    public void externalWorkStarted() {
        lock.lock();
        try {
            externalActive++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void externalWorkFinished() {
        lock.lock();
        try {
            externalActive--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }
}
