package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;

/** "With asyncio — everything runs concurrently": three fetches in about one second. */
public final class GatherPattern implements Pattern {
    @Override
    public String id() {
        return "gather";
    }

    @Override
    public String title() {
        return "asyncio.gather: three fetches at once";
    }

    @Override
    public Category category() {
        return Category.BASICS;
    }

    @Override
    public String explanation() {
        return "Each fetch awaits asyncio.sleep(1), which hands the loop back. While one waits the others start, "
                + "so the three waits overlap and the whole takes about one second instead of three.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "The three fetch lanes wait at the same time: the total is ~1 s, not ~3 s.",
                "main waits on gather(3) the whole time; it runs again only when the last fetch is done.",
                "The results list follows argument order: url1, url2, url3.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.count("urls", "URLs", 1, 1000, 3, "how many fetches to gather"),
                ParamSpec.seconds("delay", "Network delay (s)", 0.0, 60.0, 1.0, "how long each fetch waits"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch", new int[] {3, 5}, "main", new int[] {7, 13});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        int count = params.count("urls");
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static Coroutine<String> fetch(String url, double delay) {
                return coroutine("fetch(" + url + ")", aw -> {
                    aw.await(sleep(delay)); // simulates a network call
                    return "done: " + url;
                });
            }
        }

        return coroutine("main", aw -> {
            List<Coroutine<String>> fetches = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                fetches.add(Guide.fetch("url" + i, delay));
            }
            List<String> results = aw.await(gather(fetches));
            print(results);
            return results;
        });
        // snippet:end
    }
}
