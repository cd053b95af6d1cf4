package org.loopscope.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds coroutine objects nobody awaited. CPython warns when such an object is garbage
 * collected, which for the guide's {@code fetch("url1")} is the end of the statement; here the
 * check runs at the end of the task step that created it (or the end of the run for coroutines
 * created outside any task) — deterministic, and at the same moment on the chart.
 */
final class NeverAwaited {
    private final List<Coroutine<?>> createdInStep = new ArrayList<>();
    private final List<Coroutine<?>> createdOutside = new ArrayList<>();

    void created(Coroutine<?> coroutine, boolean insideStep) {
        (insideStep ? createdInStep : createdOutside).add(coroutine);
    }

    /** Reports what the step that just ended created and dropped. */
    void endOfStep(int lane, BiConsumer<Integer, String> report) {
        check(createdInStep, lane, report);
    }

    /** Reports coroutines created outside tasks and never run. */
    void endOfRun(BiConsumer<Integer, String> report) {
        check(createdOutside, 0, report);
    }

    private static void check(List<Coroutine<?>> created, int lane, BiConsumer<Integer, String> report) {
        if (created.isEmpty()) {
            return;
        }
        for (Coroutine<?> c : created) {
            if (!c.consumed()) {
                String where = c.origin() == null ? "" : " (created at " + c.origin() + ")";
                report.accept(lane, "coroutine '" + c.name() + "' was never awaited" + where);
            }
        }
        created.clear();
    }
}
