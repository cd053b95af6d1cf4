package org.loopscope.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.loopscope.asyncio.Runner;
import org.loopscope.loop.Clock;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.LoopMessage;
import org.loopscope.loop.RealClock;
import org.loopscope.loop.VirtualClock;
import org.loopscope.trace.SegmentBuilder;
import org.loopscope.trace.TraceMeta;
import org.loopscope.trace.TraceModel;
import org.loopscope.trace.TraceRecorder;

/**
 * One run of a pattern: a fresh loop on the chosen clock, traced by a recorder, in debug mode
 * (slow steps are reported). Runs on the caller's thread ({@link #runHere()}, the command line)
 * or on its own platform thread ({@link #start()}, the app), where {@link #stop()} ends it even
 * while a task is stuck in a blocking call.
 */
public final class PatternRun {
    /** Which clock the loop runs on. */
    public enum ClockKind {
        VIRTUAL, REAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static ClockKind parse(String text) {
            for (ClockKind k : values()) {
                if (k.label().equalsIgnoreCase(text.trim())) {
                    return k;
                }
            }
            throw new BadParameterException("clock must be 'virtual' or 'real', got '" + text + "'");
        }
    }

    /** How to run: clock, rate of a real clock (0.05–4), debug mode. */
    public record Options(ClockKind clock, double rate, boolean debug) {
        public static Options virtual() {
            return new Options(ClockKind.VIRTUAL, 1.0, true);
        }

        public static Options real(double rate) {
            return new Options(ClockKind.REAL, rate, true);
        }
    }

    /** How the run ended: main's result or error, whether the user stopped it, and the loop time at the end. */
    public record Outcome(Object result, Throwable error, boolean stopped, long endNs) {
        public boolean succeeded() {
            return error == null && !stopped;
        }
    }

    private final Pattern pattern;
    private final Params params;
    private final Options options;
    private final Clock clock;
    private final TraceRecorder recorder = new TraceRecorder();
    private final RunControl control = new RunControl();
    private final List<Consumer<LoopMessage>> listeners = new ArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Runner runner;
    private volatile Outcome outcome;
    private volatile boolean stopRequested;
    private Thread thread;
    private Runnable threadSetup = () -> {
    };

    public PatternRun(Pattern pattern, Params params, Options options) {
        this.pattern = pattern;
        this.params = params;
        this.options = options;
        if (options.clock() == ClockKind.REAL && !(options.rate() >= RealClock.MIN_RATE && options.rate() <= RealClock.MAX_RATE)) {
            throw new BadParameterException("rate must be between " + RealClock.MIN_RATE + " and " + RealClock.MAX_RATE + ", got " + options.rate());
        }
        this.clock = options.clock() == ClockKind.VIRTUAL ? new VirtualClock() : new RealClock(options.rate());
    }

    public Pattern pattern() {
        return pattern;
    }

    public Params params() {
        return params;
    }

    public Options options() {
        return options;
    }

    public Clock clock() {
        return clock;
    }

    public TraceRecorder recorder() {
        return recorder;
    }

    public RunControl control() {
        return control;
    }

    /** Sees every printed line and warning as it happens, on the loop thread. Call before running. */
    public PatternRun onMessage(Consumer<LoopMessage> listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Runs {@code setup} on the loop thread {@link #start()} creates, before the loop begins: the
     * window notes the thread's id there, to lower its CPU priority if it runs flat out. Call
     * before starting.
     */
    public PatternRun onLoopThread(Runnable setup) {
        threadSetup = setup;
        return this;
    }

    /** Runs on a new platform thread and returns at once. */
    public PatternRun start() {
        Runnable setup = threadSetup;
        thread = new Thread(() -> {
            try {
                setup.run();
            } catch (RuntimeException e) { // the run matters more than its setup: note it and go on
                System.getLogger(PatternRun.class.getName()).log(System.Logger.Level.WARNING, "loop thread setup failed", e);
            }
            runHere();
        }, "loopscope-loop-" + pattern.id());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Runs on the calling thread until the pattern ends (or is stopped). */
    public Outcome runHere() {
        Object result = null;
        Throwable error = null;
        try (PatternEnv env = new PatternEnv(clock); Runner r = new Runner(clock)) {
            runner = r;
            EventLoop loop = r.loop();
            loop.setDebug(options.debug());
            loop.addInstrument(recorder);
            loop.setIterationGate(control);
            listeners.forEach(loop::addMessageListener);
            if (!stopRequested) {
                try {
                    result = r.run(pattern.main(params, env));
                } finally {
                    control.publishFinal(loop); // the inspector's last view is the end, not a throttled older one
                }
            }
        } catch (Throwable t) { // the pattern's failure is part of its lesson, never the caller's crash
            error = t;
        } finally {
            outcome = new Outcome(result, stopRequested ? null : error, stopRequested, clock.now());
            finished.countDown();
        }
        return outcome;
    }

    /** Ends the run from any thread: releases a paused loop and interrupts a blocking call. */
    public void stop() {
        stopRequested = true;
        control.release();
        Runner r = runner;
        if (r != null) {
            r.abort();
        }
    }

    public boolean awaitDone(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    /** How it ended, or null while running. */
    public Outcome outcome() {
        return outcome;
    }

    /** The run's chart model with title and callouts; call when done. */
    public TraceModel buildModel() {
        TraceModel model = new SegmentBuilder(recorder, new TraceModel()).finish(outcome == null ? clock.now() : outcome.endNs());
        model.setMeta(new TraceMeta(pattern.id(), pattern.titleFor(params), options.clock().label(), Version.get()));
        pattern.calloutsOrNone(model, params).forEach(model::addCallout);
        return model;
    }
}
