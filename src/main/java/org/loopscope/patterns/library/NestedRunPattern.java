package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.Map;
import org.loopscope.asyncio.Asyncio;
import org.loopscope.asyncio.RuntimeError;
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

/** "asyncio.run() inside already-async code": RuntimeError, and the coroutine passed to it never runs. */
public final class NestedRunPattern implements Pattern {
    @Override
    public String id() {
        return "nested_run";
    }

    @Override
    public String title() {
        return "Pitfall: asyncio.run() inside a coroutine";
    }

    @Override
    public Category category() {
        return Category.PITFALLS;
    }

    @Override
    public String explanation() {
        return "asyncio.run() starts a new event loop, and a thread can run only one. Called from a handler that "
                + "already runs on the loop it raises RuntimeError (\"asyncio.run() cannot be called from a running "
                + "event loop\"; the guide paraphrases it as \"cannot run nested event loops\"), and the coroutine "
                + "handed to it is never awaited. The fix awaits it directly. Both handlers run, ❌ first.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "handler (nested run) ends at once in RuntimeError: asyncio.run() cannot be called from a running event loop.",
                "A never-awaited warning names some_coroutine: the coroutine passed to asyncio.run() never started.",
                "handler (fixed) awaits some_coroutine directly: its lane waits on sleep(1.0) and ends at 1 s.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.seconds("delay", "some_coroutine (s)", 0.0, 60.0, 1.0, "how long some_coroutine sleeps"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("handler (nested run)", new int[] {2, 3}, "handler (fixed)", new int[] {6, 7},
                "main", new int[] {15, 20});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static Coroutine<String> someCoroutine(double delay) {
                return coroutine("some_coroutine", aw -> {
                    aw.await(sleep(delay));
                    return "some result";
                });
            }

            // ❌ RuntimeError: cannot run nested event loops
            static Coroutine<Void> handlerNestedRun(double delay) {
                return coroutine("handler (nested run)", aw -> {
                    Asyncio.run(someCoroutine(delay));
                    return null;
                });
            }

            // ✅
            static Coroutine<Void> handlerFixed(double delay) {
                return coroutine("handler (fixed)", aw -> {
                    aw.await(someCoroutine(delay));
                    return null;
                });
            }
        }

        return coroutine("main", aw -> {
            try {
                aw.await(createTask(Guide.handlerNestedRun(delay)));
            } catch (RuntimeError error) {
                print("RuntimeError:", error.getMessage());
            }
            aw.await(createTask(Guide.handlerFixed(delay)));
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.ERROR) {
                return List.of(new Callout(m.lane(), m.timeNs(), "asyncio.run() refuses: this thread already runs a loop"));
            }
        }
        return List.of();
    }
}
