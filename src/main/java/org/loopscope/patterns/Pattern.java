package org.loopscope.patterns;

import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.trace.Callout;
import org.loopscope.trace.TraceModel;

/**
 * One example or pitfall of the guide, runnable on the loop. The Python snippet is the guide's,
 * verbatim ({@code patterns/<id>.py}); the Java version is the pattern class's own code between
 * its {@code // snippet:start} and {@code // snippet:end} markers, so what the app shows is what runs.
 */
public interface Pattern {
    /** Stable id used on the command line and in files ("gather", "blocking_call"). */
    String id();

    String title();

    /** The title of one run's chart, which may name its parameters (500 requests or 100,000). */
    default String titleFor(Params params) {
        return title();
    }

    Category category();

    /** A short explanation of what the pattern shows. */
    String explanation();

    /** The "what to notice" points, each checked by a test. */
    List<String> notice();

    /** Parameters a teacher may change; defaults follow the guide. */
    List<ParamSpec> params();

    /** Builds the main coroutine for one run. */
    Coroutine<?> main(Params params, PatternEnv env);

    /**
     * Teaching notes anchored on the trace, e.g. where a heartbeat was late. Asked of the growing
     * trace while a run streams in (a note appears as soon as what it points at is on the chart:
     * closed segments and marks) and of the finished one at the end.
     */
    default List<Callout> callouts(TraceModel model, Params params) {
        return List.of();
    }

    /**
     * {@link #callouts}, or none if the pattern's code for them fails: a bug in a note must not stop
     * a chart from growing, a run from finishing or an export from being written.
     */
    default List<Callout> calloutsOrNone(TraceModel model, Params params) {
        try {
            return callouts(model, params);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * True when the callouts speak of the whole run ("done after 3.0 s"): the window then adds
     * them only once the run has ended, never to a trace still growing.
     */
    default boolean calloutsNeedTheWholeRun() {
        return false;
    }

    /**
     * Lines of the Python snippet (1-based, inclusive) that a lane runs, keyed by the start of the
     * lane's name ("fetch" matches {@code fetch(url1)}): the app highlights them for the selected task.
     */
    default Map<String, int[]> pythonLines() {
        return Map.of();
    }
}
