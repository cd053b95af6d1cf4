package org.loopscope.loop;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Wall time scaled by a rate: at 0.25× one demo second lasts four real seconds. A rate change
 * rebases the clock so time stays continuous.
 */
public final class RealClock implements Clock {
    public static final double MIN_RATE = 0.05;
    public static final double MAX_RATE = 4.0;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeRequested;
    // (realBase, demoBase, rate) change together under the lock; now() reads a consistent triple.
    private volatile Base base;

    private record Base(long realNs, long demoNs, double rate, boolean paused) {
    }

    public RealClock() {
        this(1.0);
    }

    public RealClock(double rate) {
        base = new Base(System.nanoTime(), 0, checkRate(rate), false);
    }

    private static double checkRate(double rate) {
        if (!(rate >= MIN_RATE && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("rate must be between " + MIN_RATE + " and " + MAX_RATE + ", got " + rate);
        }
        return rate;
    }

    @Override
    public long now() {
        Base b = base;
        return b.paused ? b.demoNs : b.demoNs + (long) ((System.nanoTime() - b.realNs) * b.rate);
    }

    /** Freezes demo time (the run is paused); timers stay due where they were. */
    @Override
    public void pause() {
        lock.lock();
        try {
            Base b = base;
            if (!b.paused) {
                base = new Base(System.nanoTime(), now(), b.rate, true);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void resume() {
        lock.lock();
        try {
            Base b = base;
            if (b.paused) {
                base = new Base(System.nanoTime(), b.demoNs, b.rate, false);
                woken.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public double rate() {
        return base.rate;
    }

    @Override
    public void setRate(double rate) {
        checkRate(rate);
        lock.lock();
        try {
            long real = System.nanoTime();
            Base b = base;
            base = new Base(real, now(), rate, b.paused);
            woken.signalAll(); // an idle loop recomputes its real deadline at the new rate
        } finally {
            lock.unlock();
        }
    }

    private long realNanosFor(long demoNs) {
        return (long) (demoNs / base.rate);
    }

    @Override
    public boolean idleUntil(long deadlineNs, BooleanSupplier pending) throws InterruptedException {
        lock.lock();
        try {
            while (!wakeRequested && !pending.getAsBoolean()) {
                long left = deadlineNs == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNs - now();
                if (left <= 0) {
                    break;
                }
                if (left == Long.MAX_VALUE || base.paused) {
                    woken.await();
                } else {
                    woken.awaitNanos(Math.max(1, realNanosFor(left)));
                }
            }
            wakeRequested = false;
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void blockFor(long durationNs) throws InterruptedException {
        long end = now() + durationNs;
        for (long left = durationNs; left > 0; left = end - now()) {
            TimeUnit.NANOSECONDS.sleep(Math.max(1, realNanosFor(left)));
        }
    }

    @Override
    public void computeFor(long durationNs) throws InterruptedException {
        long end = now() + durationNs;
        long sink = 0;
        while (now() < end) {
            for (int i = 0; i < 10_000; i++) {
                sink += i * 31L ^ sink;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("computation interrupted");
            }
        }
        Blackhole.consume(sink);
    }

    @Override
    public boolean isVirtual() {
        return false;
    }
}
