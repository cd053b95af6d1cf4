package org.loopscope.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.loopscope.trace.Instrument;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.WakeKind;

/**
 * A single-threaded event loop with asyncio's semantics (CPython base_events.py).
 *
 * <p>One iteration ({@code LoopRunner.runOnce}) is the only place callbacks run. Each pass runs exactly the handles that
 * were ready when the pass began; callbacks they schedule wait for the next pass, so a task that
 * yields cannot starve the others. Thread-safe entry points are {@link #callSoonThreadsafe},
 * {@link #stop()} and {@link #abort()}; everything else belongs to the loop thread.
 *
 * <p>Lane 0 of the trace is the loop itself; tasks and executor workers get lanes 1, 2, ... in
 * creation order.
 */
public final class EventLoop implements AutoCloseable {
    public static final long DEFAULT_SLOW_CALLBACK_NS = 100_000_000L;
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

    private final Clock clock;
    // The run machinery (queues, iterations, stop) and the per-step bookkeeping live beside this
    // class; it keeps the public API and the scheduling that feeds both.
    private final LoopRunner runner = new LoopRunner(this);
    final StepBookkeeping steps; // made in the constructor: it needs the clock
    private final ArrayDeque<Handle> ready = runner.ready; // the scheduling below feeds the runner's queues
    private final TimerQueue timers = runner.timers;
    private final InstrumentSet instrumentSet = new InstrumentSet(this);
    // == instrumentSet while any instrument is attached, else null; volatile since worker threads read it
    private volatile InstrumentSet hooks;
    private final List<String> laneNames = new ArrayList<>(List.of("loop"));
    final LoopReports reports = new LoopReports(this);
    final TaskRegistry tasks = new TaskRegistry();
    final StepContext context = new StepContext();
    private java.util.function.Function<Object, String> resultFormatter = String::valueOf;
    private WorkerPool workers;
    private volatile LoopState state = LoopState.CREATED;
    private boolean debug;
    private boolean trackOrigins = true;
    private long slowCallbackNs = DEFAULT_SLOW_CALLBACK_NS;

    public EventLoop(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.steps = new StepBookkeeping(this);
    }

    /** The loop running on this thread, or null (asyncio's _get_running_loop). */
    public static EventLoop runningOrNull() {
        return RUNNING.get();
    }

    /** The loop running on this thread (asyncio.get_running_loop); RuntimeError-like if none. */
    public static EventLoop running() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw new IllegalStateException("no running event loop");
        }
        return loop;
    }

    public Clock clock() {
        return clock;
    }

    /** Loop time in seconds (loop.time()). */
    public double time() {
        return clock.now() / 1e9;
    }

    public long nowNs() {
        return clock.now();
    }

    public LoopState state() {
        return state;
    }

    public boolean isRunning() {
        return state == LoopState.RUNNING;
    }

    public boolean isClosed() {
        return state == LoopState.CLOSED;
    }

    // ---- settings -------------------------------------------------------------------------

    /** Debug mode: report steps that hold the loop longer than {@link #slowCallbackNs()}. */
    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public boolean debug() {
        return debug;
    }

    public void setSlowCallbackDuration(double seconds) {
        slowCallbackNs = Clock.seconds(seconds);
    }

    public long slowCallbackNs() {
        return slowCallbackNs;
    }

    /** Whether coroutine objects remember where they were created (for never-awaited warnings). */
    public void setTrackCoroutineOrigins(boolean track) {
        trackOrigins = track;
    }

    boolean tracksCoroutineOrigins() {
        return trackOrigins;
    }

    /** Replaces the default handler, which records the error as a warning on the chart. */
    public void setExceptionHandler(BiConsumer<String, Throwable> handler) {
        reports.setExceptionHandler(handler);
    }

    /** How a task's result is written on its outcome mark; the asyncio layer makes it read like Python's repr. */
    public void setResultFormatter(java.util.function.Function<Object, String> formatter) {
        resultFormatter = formatter;
    }

    String formatResult(Object result) {
        return resultFormatter.apply(result);
    }

    public void setIterationGate(IterationGate gate) {
        runner.setGate(gate);
    }

    public void addInstrument(Instrument instrument) {
        instrumentSet.add(instrument);
        hooks = instrumentSet;
    }

    public void removeInstrument(Instrument instrument) {
        instrumentSet.remove(instrument);
        hooks = instrumentSet.isEmpty() ? null : instrumentSet;
    }

    /** Listeners see every printed line and warning, on the loop thread, as they happen. */
    public void addMessageListener(Consumer<LoopMessage> listener) {
        reports.addListener(listener);
    }

    /** Every line printed and warning raised so far, in order. */
    public List<LoopMessage> messages() {
        return reports.all();
    }

    public String laneName(int lane) {
        return lane >= 0 && lane < laneNames.size() ? laneNames.get(lane) : "?";
    }

    public int laneCount() {
        return laneNames.size();
    }

    // ---- scheduling -----------------------------------------------------------------------

    public Handle callSoon(Runnable callback) {
        return callSoon(callback, "callback");
    }

    public Handle callSoon(Runnable callback, String label) {
        checkNotClosed();
        Handle handle = new Handle(callback, label);
        context.inheritInto(handle, steps.traceTime());
        ready.add(handle);
        return handle;
    }

    public TimerHandle callLater(double delaySeconds, Runnable callback) {
        return callAtNs(clock.now() + Clock.seconds(delaySeconds), callback, "callback");
    }

    public TimerHandle callAt(double whenSeconds, Runnable callback) {
        return callAtNs(Math.round(whenSeconds * 1e9), callback, "callback");
    }

    public TimerHandle callAtNs(long whenNs, Runnable callback, String label) {
        checkNotClosed();
        return timers.schedule(whenNs, callback, label);
    }

    /** Schedules a callback from any thread and wakes the loop if it is idle. */
    public Handle callSoonThreadsafe(Runnable callback) {
        return postFromThread(callback, WorkerPool.currentWorkerLane(), "from thread");
    }

    Handle postFromThread(Runnable callback, int sourceLane, String label) {
        checkNotClosed();
        Handle handle = new Handle(callback, label);
        handle.cause = WakeKind.THREAD;
        handle.sourceLane = sourceLane;
        handle.readySinceNs = clock.now();
        runner.inbox.add(handle);
        clock.wakeUp();
        return handle;
    }

    /** Schedules a future's done callback; a task's wake-up is traced as the task becoming ready. */
    <F extends Future<?>> void scheduleDoneCallback(Consumer<? super F> callback, F future) {
        long now = steps.traceTime();
        Handle handle = new DoneCallbackHandle<>(callback, future);
        context.inheritInto(handle, now);
        ready.add(handle);
        Task<?> woken = Task.ownerOfWakeUp(callback);
        if (woken != null && hooks != null) {
            hooks.taskReady(woken.lane(), handle.cause, handle.sourceLane, handle.readySinceNs, now);
        }
    }

    void scheduleStep(Task<?> task, WakeKind cause) {
        scheduleStep(task, cause, steps.traceTime());
    }

    /** Schedules a task's next step; {@code now} is the loop time if anyone traces, else unused. */
    void scheduleStep(Task<?> task, WakeKind cause, long now) {
        // A task has at most one scheduled step at a time, so it reuses one handle: no allocation per switch.
        Handle handle = task.stepHandle();
        handle.cause = cause;
        handle.sourceLane = context.currentLane();
        handle.readySinceNs = now;
        ready.add(handle);
        InstrumentSet h = hooks;
        if (h != null && (cause != WakeKind.YIELD || h.hearsYields())) {
            h.taskReady(task.lane(), cause, handle.sourceLane, now, now);
        }
    }

    // ---- tasks ----------------------------------------------------------------------------

    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        return createTask(coroutine, coroutine.name());
    }

    public <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        checkNotClosed();
        int lane = newLane(name, LaneKind.TASK, context.currentLane());
        Task<T> task = new Task<>(this, coroutine, name, lane);
        tasks.add(task);
        task.scheduleFirstStep();
        return task;
    }

    int newLane(String name, LaneKind kind, int parent) {
        int lane = laneNames.size();
        laneNames.add(name);
        InstrumentSet h = hooks;
        if (h != null) {
            long now = steps.exactTime();
            h.each(i -> i.laneAdded(lane, name, kind, parent, now));
        }
        return lane;
    }

    /** The task whose step is running now, or null (asyncio.current_task). */
    public Task<?> currentTask() {
        return context.task();
    }

    /** Tasks not yet done, in creation order (asyncio.all_tasks). */
    public List<Task<?>> allTasks() {
        return tasks.alive();
    }

    // ---- blocking calls, prints, warnings -------------------------------------------------

    /** A blocking call on the loop thread holds the loop; {@link LoopRunner#blockingCall} says how. */
    void blockingCall(String call, long durationNs, boolean compute) {
        runner.blockingCall(call, durationNs, compute);
    }

    /** Records a line printed by the running task (print() in the guide's code). */
    public void print(String text) {
        reports.mark(context.currentLane(), MarkKind.PRINT, text);
    }

    /** Records a warning on a lane; it shows on the chart and in the event log. */
    public void warn(int lane, String text) {
        reports.mark(lane, MarkKind.WARNING, text);
    }

    void instrumentFailed(Instrument instrument, Throwable error) {
        hooks = instrumentSet.isEmpty() ? null : instrumentSet; // a volatile write: publishes the smaller set
        reports.instrumentFailed(instrument, error, runner.thread());
    }

    /** An exception escaped a callback: reported, never fatal to the loop. */
    void callExceptionHandler(String context, Throwable error) {
        reports.exceptionInCallback(context, error);
    }

    // ---- executor -------------------------------------------------------------------------

    /** loop.run_in_executor(None, fn): runs {@code job} on a worker thread; the future completes on the loop. */
    public <T> Future<T> runInExecutor(String label, java.util.concurrent.Callable<T> job) {
        checkNotClosed();
        if (workers == null) {
            workers = new WorkerPool(this, WorkerPool.defaultSize());
        }
        return workers.submit(label, job);
    }

    InstrumentSet hooksOrNull() {
        return hooks;
    }

    // ---- running --------------------------------------------------------------------------

    /** Runs until {@code awaitable} is done and returns its result (run_until_complete). */
    public <T> T runUntilComplete(Awaitable<T> awaitable) {
        checkNotClosed();
        Future<T> future = awaitable instanceof Future<T> f ? f
                : createTask(awaitable instanceof Coroutine<T> c ? c : Coroutine.of("main", aw -> aw.await(awaitable)));
        future.addDoneCallback(f -> stop());
        runForever();
        if (!future.isDone()) {
            throw new IllegalStateException("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    /** Runs iterations until {@link #stop()}. */
    public void runForever() {
        checkNotClosed();
        if (state == LoopState.RUNNING) {
            throw new IllegalStateException("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw new IllegalStateException("Cannot run the event loop while another loop is running");
        }
        Thread thread = Thread.currentThread();
        runner.bindThread(thread);
        RUNNING.set(this);
        if (clock instanceof VirtualClock v) {
            v.bindLoopThread(thread);
        }
        state = LoopState.RUNNING;
        try {
            while (true) {
                runOnce();
                if (runner.stopping()) {
                    break;
                }
            }
        } finally {
            runner.clearStop();
            state = LoopState.STOPPED;
            RUNNING.remove();
            steps.endOfRun();
        }
    }

    /** One iteration (CPython's _run_once); see {@link LoopRunner#runOnce()}. */
    void runOnce() {
        runner.runOnce();
    }

    /** Asks the loop to stop after the current iteration (loop.stop()); safe from any thread. */
    public void stop() {
        runner.stop();
    }

    /**
     * Stops the loop even if a task is stuck in a blocking call: the call is interrupted and the
     * task ends with a LoopStopped error. Safe from any thread.
     */
    public void abort() {
        runner.abort();
    }

    /** True while a task holds the loop inside a known blocking call. */
    public boolean inBlockingCall() {
        return runner.inBlockingCall();
    }

    /** The inspector's view: ready queue, timers, what ran last. Call on the loop thread (e.g. from the gate). */
    public LoopSnapshot snapshot() {
        return runner.snapshot();
    }

    public long iteration() {
        return runner.iteration();
    }

    /** Closes the loop: no more scheduling; executor threads are stopped. Idempotent. */
    @Override
    public void close() {
        if (state == LoopState.RUNNING) {
            throw new IllegalStateException("Cannot close a running event loop");
        }
        if (state == LoopState.CLOSED) {
            return;
        }
        state = LoopState.CLOSED;
        runner.clearQueues();
        steps.quiet(); // a loop stepped by hand (runOnce) and closed without a run's end lets the ticker sleep too
        if (workers != null) {
            workers.shutdown();
        }
    }

    /** Waits up to {@code millis} for executor threads to end (after close). */
    public boolean awaitWorkersTerminated(long millis) throws InterruptedException {
        return workers == null || workers.awaitTermination(millis);
    }

    private void checkNotClosed() {
        if (state == LoopState.CLOSED) {
            throw new IllegalStateException("Event loop is closed");
        }
    }
}
