package org.loopscope.loop;

import org.loopscope.trace.MarkKind;

/**
 * What the loop notes around each task step, apart from scheduling and running: the hooks before
 * and after a step, slow-step warnings in debug mode, never-awaited coroutines, exits, and the
 * one clock read a traced switch needs. Loop thread only.
 */
final class StepBookkeeping {
    private final EventLoop loop;
    private final NeverAwaited neverAwaited = new NeverAwaited();
    private final TraceTime time;
    private final java.util.function.BiConsumer<Integer, String> neverAwaitedReport = this::reportNeverAwaited;
    // The latest loop time read on the switch path: a step starts when the handle before it ended,
    // so a traced switch reads the clock once (at the step's end), not twice.
    private long lastNow;
    private long stepsEnded;

    StepBookkeeping(EventLoop loop) {
        this.loop = loop;
        this.time = new TraceTime(loop.clock());
    }

    /**
     * The loop time on the switch path, read only when someone needs it: instruments and debug
     * mode timestamp every step (coarsely on the real clock, see {@link TraceTime}); an untraced
     * loop in normal mode never reads the clock here.
     */
    long traceTime() {
        return loop.hooksOrNull() != null || loop.debug() ? time.coarse() : 0;
    }

    /** The clock, exactly, for a traced moment that stands alone (idle, a blocking call, an exit, a mark). */
    long exactTime() {
        return time.exact();
    }

    /** The iteration read the clock anyway: steps that start now started at {@code now}. */
    void loopTimeRead(long now) {
        lastNow = time.observe(now);
    }

    /** The loop goes idle or stops running: the coarse clock may sleep. */
    void quiet() {
        time.quiet();
    }

    /** A plain callback (no task step) just ended: the next step starts after it. */
    void plainCallbackEnded() {
        if (loop.hooksOrNull() != null || loop.debug()) {
            lastNow = time.coarse();
        }
    }

    long stepsEnded() {
        return stepsEnded;
    }

    void enterStep(Task<?> task) {
        InstrumentSet hooks = loop.hooksOrNull();
        loop.context.enter(task, hooks != null || loop.debug() ? lastNow : 0);
        if (hooks != null) {
            hooks.beforeTaskStep(task.lane(), loop.context.stepStartNs());
        }
    }

    void leaveStep(Task<?> task) {
        loop.context.leave();
    }

    /** Bookkeeping at the end of a step; returns the loop time if anyone traces (else 0). */
    long afterStep(Task<?> task, String waitingOn) {
        return afterStep(task, waitingOn, false);
    }

    /** The same for a step that ended with a bare yield, which instruments hear only if one wants to. */
    long afterYield(Task<?> task) {
        return afterStep(task, null, true);
    }

    private long afterStep(Task<?> task, String waitingOn, boolean bareYield) {
        long now = traceTime();
        lastNow = now;
        stepsEnded++;
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null && (!bareYield || hooks.hearsYields())) {
            hooks.afterTaskStep(task.lane(), now, waitingOn);
        }
        neverAwaited.endOfStep(task.lane(), neverAwaitedReport);
        long start = loop.context.stepStartNs();
        if (loop.debug() && now - start >= loop.slowCallbackNs()) {
            reportSlowStep(task, start, now);
        }
        return now;
    }

    private void reportSlowStep(Task<?> task, long start, long end) {
        loop.warn(task.lane(), String.format(java.util.Locale.ROOT, "Executing %s took %.3f seconds", task, (end - start) / 1e9));
        InstrumentSet hooks = loop.hooksOrNull();
        if (!loop.context.stepBlocked() && hooks != null) {
            hooks.each(i -> i.slowStep(task.lane(), start, end));
        }
    }

    void taskExited(Task<?> task) {
        loop.tasks.remove(task);
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null) {
            long now = time.exact();
            MarkKind outcome = task.outcome();
            String detail = task.outcomeText();
            hooks.each(i -> i.taskExited(task.lane(), now, outcome, detail));
        }
    }

    void coroutineCreated(Coroutine<?> coroutine) {
        neverAwaited.created(coroutine, loop.context.task() != null);
    }

    /**
     * At the end of a run: coroutines created outside any task and never run are reported, the
     * instruments hear that the run ended, and the coarse clock may sleep.
     */
    void endOfRun() {
        neverAwaited.endOfRun(this::reportNeverAwaited);
        InstrumentSet hooks = loop.hooksOrNull();
        if (hooks != null) {
            long now = time.exact();
            hooks.each(i -> i.afterRun(now));
        }
        quiet();
    }

    private void reportNeverAwaited(int lane, String text) {
        loop.reports.mark(lane, MarkKind.NEVER_AWAITED, text);
    }
}
