package org.loopscope.loop;

/**
 * The loop's sense of time, in nanoseconds of "demo time" since the clock started.
 *
 * <p>Two kinds: {@link RealClock} follows the wall clock at an adjustable rate (slow motion
 * slows everything, blocking calls included), {@link VirtualClock} jumps to the next deadline
 * whenever nothing can run, so tests and exports are instant and deterministic.
 *
 * <p>The loop waits through its clock, because only the clock knows what "waiting until t"
 * means; threads that post work to the loop call {@link #wakeUp()}.
 */
public interface Clock {
    /** Current loop time in ns. Any thread may call it. */
    long now();

    /**
     * Called by the loop thread when nothing is ready: returns when {@code deadlineNs} is reached
     * (Long.MAX_VALUE: no timer), when {@link #wakeUp()} was called, or at once if
     * {@code pending} reports thread-safe work already posted.
     *
     * @return false if the clock knows nothing can ever happen (a virtual clock with no deadline and no outside work)
     */
    boolean idleUntil(long deadlineNs, java.util.function.BooleanSupplier pending) throws InterruptedException;

    /** Wakes a loop thread sitting in {@link #idleUntil}. Any thread may call it. */
    void wakeUp();

    /**
     * A blocking call of {@code durationNs} demo time on the calling thread (time.sleep): the real
     * clock sleeps, the virtual clock advances time (loop thread) or waits for virtual time to
     * reach the deadline (worker thread).
     */
    void blockFor(long durationNs) throws InterruptedException;

    /**
     * {@link #blockFor} by a thread outside the loop that names itself ({@code key}: a request
     * path, a worker lane): a virtual clock releases threads due at the same instant in key
     * order, so runs do not depend on which thread the operating system ran first.
     */
    default void blockFor(long durationNs, String key) throws InterruptedException {
        blockFor(durationNs);
    }

    /** {@link #computeFor} by a named thread outside the loop (see {@link #blockFor(long, String)}). */
    default void computeFor(long durationNs, String key) throws InterruptedException {
        computeFor(durationNs);
    }

    /** CPU-bound work of {@code durationNs} demo time: the real clock spins, the virtual clock behaves as {@link #blockFor}. */
    void computeFor(long durationNs) throws InterruptedException;

    /**
     * Outside work the loop awaits (an executor job, a network request) has started: a virtual
     * clock must not jump ahead while such work is running real code.
     */
    default void externalWorkStarted() {
    }

    /** Outside work registered with {@link #externalWorkStarted()} has finished. */
    default void externalWorkFinished() {
    }

    /** True for a clock whose time only moves when the loop lets it (deterministic runs). */
    boolean isVirtual();

    /** Speed of demo time relative to wall time (1.0 for a virtual clock). */
    default double rate() {
        return 1.0;
    }

    /** Freezes a real clock while the run is paused; a virtual clock only moves when the loop lets it anyway. */
    default void pause() {
    }

    default void resume() {
    }

    /** Changes the speed of a real clock; virtual clocks ignore it. */
    default void setRate(double rate) {
    }

    /** Converts seconds to ns, rejecting NaN, infinities and negatives with a clear message. */
    static long seconds(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("a duration must be a finite number of seconds >= 0, got " + seconds);
        }
        return Math.round(seconds * 1e9);
    }
}
