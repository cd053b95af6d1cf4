package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.asCompleted;
import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;

/** "Iterate as results arrive with as_completed": fast, medium, slow — in the order they finish. */
public final class AsCompletedPattern implements Pattern {
    @Override
    public String id() {
        return "as_completed";
    }

    @Override
    public String title() {
        return "asyncio.as_completed: results as they arrive";
    }

    @Override
    public Category category() {
        return Category.PATTERNS;
    }

    @Override
    public String explanation() {
        return "as_completed starts the three fetches as tasks and hands back awaitables that give their results "
                + "in the order they finish. main prints each result as soon as it exists: fast at 0.5 s, medium at "
                + "1 s, slow at 2 s — although slow was listed before medium.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "\"fast done\" is printed at 0.5 s, \"medium done\" at 1 s, \"slow done\" at 2 s: completion order.",
                "main wakes three times, once per result; gather would wake it once, at 2 s.",
                "All three fetches wait at the same time: the total is ~2 s, the slowest one.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("fast", "fast delay (s)", 0.0, 60.0, 0.5, "how long fetch(\"fast\") waits"),
                ParamSpec.seconds("slow", "slow delay (s)", 0.0, 60.0, 2.0, "how long fetch(\"slow\") waits"),
                ParamSpec.seconds("medium", "medium delay (s)", 0.0, 60.0, 1.0, "how long fetch(\"medium\") waits"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch", new int[] {1, 3}, "main", new int[] {5, 12});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double fast = params.seconds("fast");
        double slow = params.seconds("slow");
        double medium = params.seconds("medium");
        // snippet:start
        class Guide {
            static Coroutine<String> fetch(String url, double delay) {
                return coroutine("fetch(" + url + ")", aw -> {
                    aw.await(sleep(delay));
                    return url + " done";
                });
            }
        }

        return coroutine("main", aw -> {
            var coros = List.of(Guide.fetch("fast", fast), Guide.fetch("slow", slow), Guide.fetch("medium", medium));
            for (var coro : asCompleted(coros)) {
                String result = aw.await(coro);
                print(result);
                // "fast done"    (after 0.5s)
                // "medium done"  (after 1s)
                // "slow done"    (after 2s)
            }
            return null;
        });
        // snippet:end
    }
}
