package org.loopscope.trace;

/**
 * Hooks the loop calls as it runs, in the spirit of Trio's {@code Instrument}: a recorder, a
 * live inspector or a test can listen. Every method has an empty default, so an instrument
 * implements only what it needs. Arguments are lanes (the loop is lane 0; tasks and executor
 * workers get the next free numbers) and loop times in ns, so this package knows nothing of
 * the loop's classes.
 *
 * <p>All methods are called on the loop thread, except the {@code worker*} ones, which executor
 * threads call and which must therefore be thread-safe. An instrument that throws is removed
 * and reported; the run goes on.
 */
public interface Instrument {
    /**
     * Whether this instrument wants to hear of bare yields: a task's step ending with
     * {@code afterTaskStep(lane, at, null)} and the same task at once {@code taskReady(lane,
     * YIELD, ...)}. Only when no attached instrument does does the loop skip those two calls, the
     * most frequent of all (one each per task switch); the next step, idle wait or run end still
     * follows, so an instrument that says no can infer the yield, as the recorder does.
     */
    default boolean hearsYields() {
        return true;
    }

    /** A lane exists from now on: a task was created, or an executor worker thread started. */
    default void laneAdded(int lane, String name, LaneKind kind, int parentLane, long atNs) {
    }

    /**
     * A task became ready to run. It could run from {@code sinceNs} on (a timer's due time, the
     * moment a thread posted a result), the loop learned it at {@code atNs}; {@code cause} and
     * {@code sourceLane} say who woke it.
     */
    default void taskReady(int lane, WakeKind cause, int sourceLane, long sinceNs, long atNs) {
    }

    default void beforeTaskStep(int lane, long atNs) {
    }

    /** The step ended; {@code waitingOn} names what the task now waits on, null if it is ready again or done. */
    default void afterTaskStep(int lane, long atNs, String waitingOn) {
    }

    /** The task finished: with a result, cancelled, or with an error ({@code detail} is the result or message). */
    default void taskExited(int lane, long atNs, MarkKind outcome, String detail) {
    }

    default void beforeIdle(long atNs, long deadlineNs) {
    }

    default void afterIdle(long atNs) {
    }

    /** A task entered a known blocking call such as {@code time.sleep(5)}: it holds the loop. */
    default void blockingStarted(int lane, long atNs, String call) {
    }

    default void blockingEnded(int lane, long atNs) {
    }

    /** A step held the loop longer than the slow-callback threshold without a known blocking call. */
    default void slowStep(int lane, long startNs, long endNs) {
    }

    /** A warning, a printed line or a never-awaited coroutine, at a lane and a moment. */
    default void mark(int lane, long atNs, MarkKind kind, String detail) {
    }

    /** A run of the loop ended (it stopped, or failed): nothing more happens until the next run. */
    default void afterRun(long atNs) {
    }

    /** An executor worker started a job (called on the worker thread). */
    default void workerJobStarted(int lane, long atNs, String job) {
    }

    /** An executor worker finished its job (called on the worker thread). */
    default void workerJobEnded(int lane, long atNs) {
    }

    /** An executor worker entered ({@code call} non-null) or left (null) a blocking call (worker thread). */
    default void workerBlocking(int lane, long atNs, String call) {
    }
}
