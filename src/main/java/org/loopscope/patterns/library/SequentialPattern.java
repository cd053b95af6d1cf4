package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.loop.Blocking;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.TraceModel;

/** "Without asyncio — we just wait": three time.sleep(1) calls one after the other, about three seconds. */
public final class SequentialPattern implements Pattern {
    @Override
    public String id() {
        return "sequential";
    }

    @Override
    public String title() {
        return "Without asyncio: three fetches, one after the other";
    }

    @Override
    public Category category() {
        return Category.BASICS;
    }

    @Override
    public String explanation() {
        return "Plain Python: fetch() calls time.sleep(1) to stand for a network call, and the list comprehension "
                + "calls it three times in a row. Each call waits for the previous one, so the whole takes about "
                + "three seconds. Loopscope runs the script as one task, main; the waits are blocking calls in it.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "main is blocking the whole time: three time.sleep(1.0) segments back to back.",
                "The total is ~3 s: the waits add up because nothing overlaps.",
                "The loop lane is stalled throughout; debug mode reports a step that took 3 seconds.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.count("urls", "URLs", 1, 100, 3, "how many fetches to make, one after the other"),
                ParamSpec.seconds("delay", "Network delay (s)", 0.0, 60.0, 1.0, "how long each time.sleep lasts"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("main", new int[] {7, 7});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        int count = params.count("urls");
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static String fetch(String url, double delay) {
                Blocking.sleep(delay); // time.sleep(1): simulates a network call
                return "done: " + url;
            }
        }

        return coroutine("main", aw -> {
            List<String> results = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                results.add(Guide.fetch("url" + i, delay));
            }
            return results;
        });
        // snippet:end
    }

    @Override
    public boolean calloutsNeedTheWholeRun() {
        return true; // the total time is known only at the end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        int main = PatternModels.laneNamed(model, "main");
        return main < 0 ? List.of() : List.of(new Callout(main, model.endNs(),
                "done after " + PatternModels.seconds(model.endNs()) + ": each fetch waited for the one before"));
    }
}
