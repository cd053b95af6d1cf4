package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.sleep;

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

/** "Calling blocking code in a coroutine": time.sleep(5) holds the whole loop; a heartbeat fires late. */
public final class BlockingCallPattern implements Pattern {
    @Override
    public String id() {
        return "blocking_call";
    }

    @Override
    public String title() {
        return "Pitfall: time.sleep() blocks the whole loop";
    }

    @Override
    public Category category() {
        return Category.PITFALLS;
    }

    @Override
    public String explanation() {
        return "bad() calls time.sleep(5) inside a coroutine. It never awaits, so the loop cannot switch: the "
                + "heartbeat's timer comes due at 0.5 s but its task only runs when the sleep returns.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "The loop lane is stalled for the whole time.sleep(5).",
                "The heartbeat was due at 0.5 s but ran at 5 s: ready (starved) for 4.5 s.",
                "After the blocking call, the ticks resume every 0.5 s.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("block", "Blocking time.sleep (s)", 0.0, 3600.0, 5.0, "how long bad() blocks"),
                ParamSpec.seconds("tick", "Heartbeat period (s)", 0.01, 60.0, 0.5, "how often the heartbeat ticks"),
                ParamSpec.count("ticks", "Heartbeat ticks", 1, 10_000, 12, "how many times it ticks"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("bad", new int[] {4, 5}, "heartbeat", new int[] {9, 13}, "main", new int[] {15, 19});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double block = params.seconds("block");
        double tick = params.seconds("tick");
        int ticks = params.count("ticks");
        // snippet:start
        class Guide {
            // ❌ Blocks the entire event loop
            static Coroutine<Void> bad(double block) {
                return coroutine("bad", aw -> {
                    Blocking.sleep(block); // time.sleep(5): nothing else can run for 5s
                    return null;
                });
            }
        }

        return coroutine("main", aw -> {
            var heartbeat = createTask(Heartbeat.ticks(tick, ticks));
            aw.await(sleep(0)); // let the heartbeat start its first sleep
            aw.await(createTask(Guide.bad(block)));
            aw.await(heartbeat);
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        return Heartbeat.lateTicks(model);
    }
}
