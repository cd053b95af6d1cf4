package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.asyncio.Asyncio.waitFor;

import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.TimeoutError;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/** "Timeout": wait_for gives slow_operation 3 s of its 10, then cancels it and raises TimeoutError. */
public final class WaitForTimeoutPattern implements Pattern {
    @Override
    public String id() {
        return "wait_for_timeout";
    }

    @Override
    public String title() {
        return "asyncio.wait_for: give up after 3 seconds";
    }

    @Override
    public Category category() {
        return Category.PATTERNS;
    }

    @Override
    public String explanation() {
        return "wait_for runs slow_operation as a task and starts a 3 s timer. The timer fires first: wait_for "
                + "cancels the task, waits until it has really stopped, and raises TimeoutError in main, which "
                + "prints \"timed out!\". The remaining 7 s of the sleep never happen.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "main waits on wait_for(3.0) while slow_operation waits on sleep(10.0).",
                "At 3 s slow_operation is cancelled (its lane ends there) and main prints \"timed out!\".",
                "The run ends at 3 s, not 10 s: a timeout really stops the work instead of abandoning it.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("work", "slow_operation (s)", 0.0, 3600.0, 10.0, "how long slow_operation sleeps"),
                ParamSpec.seconds("timeout", "Timeout (s)", 0.0, 3600.0, 3.0, "wait_for's timeout"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("slow_operation", new int[] {1, 3}, "main", new int[] {5, 9});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double work = params.seconds("work");
        double timeout = params.seconds("timeout");
        // snippet:start
        class Guide {
            static Coroutine<String> slowOperation(double work) {
                return coroutine("slow_operation", aw -> {
                    aw.await(sleep(work));
                    return "done";
                });
            }
        }

        return coroutine("main", aw -> {
            try {
                String result = waitFor(aw, Guide.slowOperation(work), timeout);
                return result;
            } catch (TimeoutError e) {
                print("timed out!");
                return null;
            }
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.CANCELLED) {
                return List.of(new Callout(m.lane(), m.timeNs(), "the timeout cancels slow_operation here"));
            }
        }
        return List.of();
    }
}
