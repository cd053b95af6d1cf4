package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/**
 * "Forgetting await": calling fetch("url1") only creates a coroutine object; nothing runs and a
 * warning says so. Both of the guide's versions run in one run, the ❌ one first, so the chart shows
 * them side by side.
 */
public final class ForgotAwaitPattern implements Pattern {
    @Override
    public String id() {
        return "forgot_await";
    }

    @Override
    public String title() {
        return "Pitfall: calling a coroutine without await";
    }

    @Override
    public Category category() {
        return Category.PITFALLS;
    }

    @Override
    public String explanation() {
        return "fetch(\"url1\") without await creates a coroutine object and drops it: its body never runs, there is no "
                + "error, only a \"never awaited\" warning. Loopscope runs both of the guide's mains, one after the other: "
                + "the one that forgot await ends at once, the one with await waits the fetch's second.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "main (forgot await) ends at once: fetch never ran, so there is no fetch wait on its lane.",
                "A never-awaited warning names the coroutine fetch(url1) and the line that created it.",
                "main (with await) waits on sleep(1.0) inside fetch and returns 'done: url1' at 1 s.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.seconds("delay", "Fetch delay (s)", 0.0, 60.0, 1.0, "how long fetch waits"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("main (forgot await)", new int[] {2, 3}, "main (with await)", new int[] {6, 7},
                "run_both", new int[] {15, 17});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static Coroutine<String> fetch(String url, double delay) {
                return coroutine("fetch(" + url + ")", aw -> {
                    aw.await(sleep(delay)); // simulates a network call
                    return "done: " + url;
                });
            }

            // ❌ Does nothing (no error, just a warning)
            static Coroutine<Void> mainForgotAwait(double delay) {
                return coroutine("main (forgot await)", aw -> {
                    fetch("url1", delay); // coroutine created but never executed
                    return null;
                });
            }

            // ✅
            static Coroutine<String> mainWithAwait(double delay) {
                return coroutine("main (with await)", aw -> aw.await(fetch("url1", delay)));
            }
        }

        return coroutine("run_both", aw -> {
            aw.await(createTask(Guide.mainForgotAwait(delay)));
            return aw.await(createTask(Guide.mainWithAwait(delay)));
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.NEVER_AWAITED) {
                return List.of(new Callout(m.lane(), m.timeNs(), "fetch(\"url1\") was created here and dropped: it never ran"));
            }
        }
        return List.of();
    }
}
