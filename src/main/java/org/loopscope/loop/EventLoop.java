package org.loopscope.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.loopscope.trace.Instrument;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.WakeKind;

/**
 * A single-threaded event loop with asyncio's semantics (CPython base_events.py).
 *
 * <p>{@link #runOnce()} is the only place callbacks run. Each pass runs exactly the handles that
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
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final TimerQueue timers = new TimerQueue();
    private final ConcurrentLinkedQueue<Handle> inbox = new ConcurrentLinkedQueue<>();
    private final InstrumentSet instrumentSet = new InstrumentSet(this);
    // == instrumentSet while any instrument is attached, else null; volatile since worker threads read it
    private volatile InstrumentSet hooks;
    private final List<String> laneNames = new ArrayList<>(List.of("loop"));
    private final LoopReports reports = new LoopReports(this);
    private final NeverAwaited neverAwaited = new NeverAwaited();
    private final TaskRegistry tasks = new TaskRegistry();
    private final StepContext context = new StepContext();
    private java.util.function.Function<Object, String> resultFormatter = String::valueOf;
    private IterationGate gate;
    private WorkerPool workers;
    private volatile LoopState state = LoopState.CREATED;
    private volatile boolean stopping;
    private volatile boolean inBlockingCall;
    private volatile Thread thread;
    private boolean debug;
    private boolean trackOrigins = true;
    private long slowCallbackNs = DEFAULT_SLOW_CALLBACK_NS;
    private long iteration;
    // The latest loop time read on the switch path: a step starts when the handle before it ended,
    // so a traced switch reads the clock once (at the step's end), not twice.
    private long lastNow;
    private long stepsEnded;
    private List<String> lastRan = List.of();

    public EventLoop(Clock clock) {
        this.clock = clock;
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
        this.gate = gate;
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
        context.inheritInto(handle, traceTime());
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
        inbox.add(handle);
        clock.wakeUp();
        return handle;
    }

    /** Schedules a future's done callback; a task's wake-up is traced as the task becoming ready. */
    <F extends Future<?>> void scheduleDoneCallback(Consumer<? super F> callback, F future) {
        long now = traceTime();
        Handle handle = new DoneCallbackHandle<>(callback, future);
        context.inheritInto(handle, now);
        ready.add(handle);
        Task<?> woken = Task.ownerOfWakeUp(callback);
        if (woken != null && hooks != null) {
            hooks.taskReady(woken.lane(), handle.cause, handle.sourceLane, handle.readySinceNs, now);
        }
    }

    void scheduleStep(Task<?> task, WakeKind cause) {
        scheduleStep(task, cause, traceTime());
    }

    /** Schedules a task's next step; {@code now} is the loop time if anyone traces, else unused. */
    void scheduleStep(Task<?> task, WakeKind cause, long now) {
        // A task has at most one scheduled step at a time, so it reuses one handle: no allocation per switch.
        Handle handle = task.stepHandle();
        handle.cause = cause;
        handle.sourceLane = context.currentLane();
        handle.readySinceNs = now;
        ready.add(handle);
        if (hooks != null) {
            hooks.taskReady(task.lane(), cause, handle.sourceLane, now, now);
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
            long now = clock.now();
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

    void enterStep(Task<?> task) {
        context.enter(task, hooks != null || debug ? lastNow : 0);
        if (hooks != null) {
            hooks.beforeTaskStep(task.lane(), context.stepStartNs());
        }
    }

    void leaveStep(Task<?> task) {
        context.leave();
    }

    /** Bookkeeping at the end of a step; returns the loop time if anyone traces (else 0). */
    long afterStep(Task<?> task, String waitingOn) {
        long now = traceTime();
        lastNow = now;
        stepsEnded++;
        if (hooks != null) {
            hooks.afterTaskStep(task.lane(), now, waitingOn);
        }
        neverAwaited.endOfStep(task.lane(), this::reportNeverAwaited);
        if (debug && now - context.stepStartNs() >= slowCallbackNs) {
            reportSlowStep(task, context.stepStartNs(), now);
        }
        return now;
    }

    /**
     * The loop time, read only when someone needs it: instruments and debug mode timestamp every
     * step, an untraced loop in normal mode never reads the clock on the switch path.
     */
    private long traceTime() {
        return hooks != null || debug ? clock.now() : 0;
    }

    private void reportSlowStep(Task<?> task, long start, long end) {
        warn(task.lane(), String.format(java.util.Locale.ROOT, "Executing %s took %.3f seconds", task, (end - start) / 1e9));
        if (!context.stepBlocked() && hooks != null) {
            hooks.each(i -> i.slowStep(task.lane(), start, end));
        }
    }

    void taskExited(Task<?> task, MarkKind outcome, String detail) {
        tasks.remove(task);
        if (hooks != null) {
            long now = clock.now();
            hooks.each(i -> i.taskExited(task.lane(), now, outcome, detail));
        }
    }

    void coroutineCreated(Coroutine<?> coroutine) {
        neverAwaited.created(coroutine, context.task() != null);
    }

    private void reportNeverAwaited(int lane, String text) {
        reports.mark(lane, MarkKind.NEVER_AWAITED, text);
    }

    // ---- blocking calls, prints, warnings -------------------------------------------------

    /**
     * Runs a blocking call ({@code time.sleep}, heavy computation) on the loop thread inside the
     * current step: it holds the loop for its whole duration, which is the lesson.
     */
    void blockingCall(String call, long durationNs, boolean compute) {
        Task<?> task = context.task();
        int lane = task == null ? 0 : task.lane();
        if (hooks != null) {
            long now = clock.now();
            hooks.each(i -> i.blockingStarted(lane, now, call));
        }
        context.markBlocked();
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
            if (hooks != null) {
                long now = clock.now();
                hooks.each(i -> i.blockingEnded(lane, now));
            }
        }
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
        if (instrumentSet.isEmpty()) {
            hooks = null;
        }
        reports.instrumentFailed(instrument, error, thread);
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
        thread = Thread.currentThread();
        RUNNING.set(this);
        if (clock instanceof VirtualClock v) {
            v.bindLoopThread(thread);
        }
        state = LoopState.RUNNING;
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            state = LoopState.STOPPED;
            RUNNING.remove();
            neverAwaited.endOfRun(this::reportNeverAwaited);
        }
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
        long now = clock.now();
        lastNow = now;
        timers.popDue(now, ready::add);
        int count = ready.size();
        List<String> ran = gate != null ? new ArrayList<>(count) : null;
        for (int i = 0; i < count; i++) {
            Handle handle = ready.poll();
            if (handle.cancelled()) {
                continue;
            }
            if (ran != null) {
                ran.add(handle.label());
            }
            runHandle(handle);
        }
        if (ran != null) {
            lastRan = ran;
        }
        iteration++;
    }

    private void idle(long deadline) {
        if (deadline <= clock.now()) {
            return;
        }
        InstrumentSet h = hooks;
        if (h != null) {
            long now = clock.now();
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
            long now = clock.now();
            h.each(i -> i.afterIdle(now));
        }
        drainInbox();
        if (!possible) {
            stopping = true;
            throw new LoopDeadlock("nothing is ready, no timer is pending and no outside work is running: "
                    + tasks.alive().size() + " task(s) wait forever");
        }
    }

    private void runHandle(Handle handle) {
        context.beginHandle(handle);
        long stepsBefore = stepsEnded;
        try {
            handle.run();
        } catch (LoopStopped e) {
            stopping = true;
        } catch (Throwable t) { // a callback's failure is reported, never fatal to the loop
            callExceptionHandler("Exception in callback " + handle.label(), t);
        } finally {
            context.endHandle();
            if (stepsEnded == stepsBefore && (hooks != null || debug)) {
                lastNow = clock.now(); // a plain callback ran: the next step starts after it
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
                g.beforeIteration(this);
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }

    /** Asks the loop to stop after the current iteration (loop.stop()); safe from any thread. */
    public void stop() {
        stopping = true;
        clock.wakeUp();
    }

    /**
     * Stops the loop even if a task is stuck in a blocking call: the call is interrupted and the
     * task ends with a LoopStopped error. Safe from any thread.
     */
    public void abort() {
        stop();
        Thread t = thread;
        if (inBlockingCall && t != null) {
            t.interrupt();
        }
    }

    /** True while a task holds the loop inside a known blocking call. */
    public boolean inBlockingCall() {
        return inBlockingCall;
    }

    /** The inspector's view: ready queue, timers, what ran last. Call on the loop thread (e.g. from the gate). */
    public LoopSnapshot snapshot() {
        return LoopSnapshot.capture(clock.now(), iteration, ready, inbox, timers.snapshotInOrder(), lastRan);
    }

    public long iteration() {
        return iteration;
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
        ready.clear();
        inbox.clear();
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
