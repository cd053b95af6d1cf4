package org.loopscope.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.loopscope.loop.LoopMessage;
import org.loopscope.loop.LoopSnapshot;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.Version;
import org.loopscope.trace.Callout;
import org.loopscope.trace.SegmentBuilder;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;

/**
 * One run of a pattern as the window sees it: the {@link PatternRun} on its own loop thread, and
 * the live {@link TraceModel} the chart draws, grown by a {@link SegmentBuilder}.
 *
 * <p>Threads: the loop thread only appends to {@link #inbox} (a lock-free queue) and to the
 * recorder; everything else here belongs to the FX thread, which calls {@link #pulse()} once per
 * frame and never waits on the loop.
 */
public final class RunSession {
    /**
     * FX time per frame for turning events into segments. A count was not enough: 60,000 events
     * took 30-70 ms in the frames where 100,000 tasks appear at once (bench live), because an
     * event's cost depends on what it does. A burst is spread over frames; the chart catches up
     * when the loop slows down, and the run's end waits until every event is in.
     */
    static final long PUMP_BUDGET_NS = 6_000_000L;
    /** Events between two looks at the clock: small enough to stop near the budget. */
    static final int PUMP_SLICE = 2_048;
    /**
     * Wall time between two looks for callouts while a run streams in: often enough that a note
     * appears with what it explains, rarely enough that a pattern scanning 100,000 lanes for its
     * note costs the frames nothing to speak of.
     */
    static final long LIVE_CALLOUT_INTERVAL_NS = 250_000_000L;

    private final PatternRun run;
    private final TraceModel model = new TraceModel();
    private final SegmentBuilder builder;
    private final ConcurrentLinkedQueue<LoopMessage> inbox = new ConcurrentLinkedQueue<>();
    private boolean finished;
    private long pumpBudgetNs = PUMP_BUDGET_NS;
    private long calloutIntervalNs = LIVE_CALLOUT_INTERVAL_NS;
    private boolean calloutsLookedAt;
    private long calloutsLookedAtNs;
    private long calloutWaitNs;
    private long calloutsLookedAtSize = -1;
    // Set on the loop thread before its first iteration; null where priorities cannot be lowered.
    private volatile LoopPriorityWatch loopPriority;

    public RunSession(Pattern pattern, Params params, PatternRun.Options options) {
        this.run = new PatternRun(pattern, params, options);
        this.builder = new SegmentBuilder(run.recorder(), model);
        model.setMeta(new TraceMeta(pattern.id(), pattern.titleFor(params), options.clock().label(), Version.get()));
        run.onMessage(inbox::add);
        run.onLoopThread(() -> loopPriority = LoopPriorityWatch.ofCurrentThread());
    }

    /** Starts the loop thread; when {@code paused} the loop waits before its first iteration. */
    public RunSession start(boolean paused) {
        if (paused) {
            run.control().pause();
        }
        run.start();
        return this;
    }

    /**
     * Grows the model with what the loop recorded since the last call and returns the lines it
     * printed or warned meanwhile. While the run goes on, the pattern's callouts follow the
     * growing model (a few times a second); when the run is over, the model is closed and its
     * callouts are those of the finished trace.
     */
    public List<LoopMessage> pulse() {
        if (!finished) {
            LoopPriorityWatch priority = loopPriority;
            if (priority != null) {
                priority.pulse();
            }
            boolean done = run.isDone();
            pumpWithinBudget();
            if (done && builder.caughtUp()) {
                builder.finish(run.outcome().endNs());
                finished = true;
                showCallouts(run.pattern().calloutsOrNone(model, run.params()));
            } else if (!done) {
                model.advanceTo(run.clock().now());
                lookForLiveCallouts();
            }
        }
        List<LoopMessage> messages = new ArrayList<>();
        LoopMessage m;
        while ((m = inbox.poll()) != null) {
            messages.add(m);
        }
        return messages;
    }

    private void lookForLiveCallouts() {
        long now = System.nanoTime();
        if (run.pattern().calloutsNeedTheWholeRun() || calloutsLookedAt && now - calloutsLookedAtNs < calloutWaitNs) {
            return;
        }
        calloutsLookedAt = true;
        calloutsLookedAtNs = now;
        // advanceTo moves the model's end on every pulse; only new lanes, segments or marks bring a callout.
        long grown = model.laneCount() + model.segmentCount() + model.marks().size();
        if (grown != calloutsLookedAtSize) {
            calloutsLookedAtSize = grown;
            showCallouts(run.pattern().calloutsOrNone(model, run.params()));
            // A look that scans a huge trace spaces out the next ones: at most ~5 % of the FX thread.
            calloutWaitNs = calloutIntervalNs == 0 ? 0 : Math.max(calloutIntervalNs, 20 * (System.nanoTime() - now));
        }
    }

    /** Replaces the model's callouts, touching it only if they changed: an unchanged chart is not redrawn. */
    private void showCallouts(List<Callout> callouts) {
        if (!model.callouts().equals(callouts)) {
            model.clearCallouts();
            callouts.forEach(model::addCallout);
        }
    }

    /** For tests: whether the model holds every event the loop has published so far. */
    boolean caughtUp() {
        return builder.caughtUp();
    }

    /** For tests: 0 looks for callouts on every pulse, however long a look takes. */
    void setCalloutIntervalNs(long ns) {
        calloutIntervalNs = ns;
    }

    /** For tests: 0 makes every pulse take exactly one slice of events. */
    void setPumpBudgetNs(long ns) {
        pumpBudgetNs = ns;
    }

    private void pumpWithinBudget() {
        long start = System.nanoTime();
        while (builder.pump(PUMP_SLICE) > 0 && !builder.caughtUp() && System.nanoTime() - start < pumpBudgetNs) {
            // next slice
        }
    }

    public TraceModel model() {
        return model;
    }

    public Pattern pattern() {
        return run.pattern();
    }

    public PatternRun.Options options() {
        return run.options();
    }

    /** The latest inspector view published by the loop, or null before its first iteration. */
    public LoopSnapshot snapshot() {
        return run.control().snapshot();
    }

    public void pause() {
        run.control().pause();
    }

    public void resume() {
        run.control().resume();
    }

    /** Lets exactly one loop iteration run, then the loop waits again. */
    public void step() {
        run.control().step();
    }

    /** Ends the run without waiting for it, even inside a blocking call. */
    public void stop() {
        run.stop();
    }

    /** Slow motion for a real-clock run; a virtual clock ignores it. */
    public void setRate(double rate) {
        run.clock().setRate(rate);
    }

    /** True once the loop thread has ended (its last events may still need a {@link #pulse()}). */
    public boolean isDone() {
        return run.isDone();
    }

    /** True once the model is complete: the run ended and the last pulse closed the model. */
    public boolean isFinished() {
        return finished;
    }

    /** How the run ended, or null while it runs. */
    public PatternRun.Outcome outcome() {
        return run.outcome();
    }
}
