package org.loopscope.app;

import java.util.Locale;
import java.util.function.Consumer;
import org.loopscope.patterns.PatternRun;
import org.loopscope.patterns.PatternRun.ClockKind;

/**
 * The window's runs: the main one and, in compare mode, a second one, paused, stepped, stopped
 * and pulsed together. FX thread only.
 */
final class RunPair {
    private RunSession main;
    private RunSession compare;

    /** Takes over freshly started runs; {@code compare} may be null. */
    void set(RunSession main, RunSession compare) {
        this.main = main;
        this.compare = compare;
    }

    /** Forgets the runs (stop them first). */
    void clear() {
        main = null;
        compare = null;
    }

    RunSession main() {
        return main;
    }

    RunSession compare() {
        return compare;
    }

    void each(Consumer<RunSession> action) {
        if (main != null) {
            action.accept(main);
        }
        if (compare != null) {
            action.accept(compare);
        }
    }

    /** Grows both live models and hands what each run printed to the console (run 0 and 1). */
    void pulseInto(ConsoleViewModel output) {
        output.add(0, main.pattern().id(), main.pulse());
        if (compare != null) {
            output.add(1, compare.pattern().id(), compare.pulse());
        }
    }

    /** True once every run's model is complete. */
    boolean finished() {
        return main.isFinished() && (compare == null || compare.isFinished());
    }

    /** A new speed for a live real-clock run; others ignore it. */
    void setRate(double rate) {
        if (main != null && main.options().clock() == ClockKind.REAL && !main.isDone()) {
            main.setRate(rate);
        }
    }

    /** Only what the badge and the loop time do not already say: how a run was stopped or failed. */
    static String summary(PatternRun.Outcome outcome) {
        String at = String.format(Locale.ROOT, "%.3f s", outcome.endNs() / 1e9);
        if (outcome.stopped()) {
            return "Stopped at " + at + " loop time.";
        }
        if (outcome.error() != null) {
            String message = outcome.error().getMessage();
            return "main() raised " + outcome.error().getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return "";
    }
}
