package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.getRunningLoop;
import static org.loopscope.asyncio.Asyncio.sleep;

import java.util.List;
import java.util.Map;
import org.loopscope.loop.Blocking;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Seconds;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.LaneKind;
import org.loopscope.trace.TraceModel;

/** The fix for blocking_call: time.sleep(5) runs on an executor thread, and the heartbeat keeps its beat. */
public final class RunInExecutorPattern implements Pattern {
    @Override
    public String id() {
        return "run_in_executor";
    }

    @Override
    public String title() {
        return "Fix: run blocking code in an executor";
    }

    @Override
    public Category category() {
        return Category.PITFALLS;
    }

    @Override
    public String explanation() {
        return "The same heartbeat as in blocking_call, but good() hands time.sleep(5) to the default executor with "
                + "loop.run_in_executor. A worker thread does the blocking; good() merely awaits its result like any "
                + "other future, so the loop stays free and every tick comes on time.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "A worker lane appears: the worker thread is the one blocked in time.sleep(5), for 5 s.",
                "The heartbeat ticks on time: tick 1 at 0.50s, tick 2 at 1.00s, … — never late.",
                "good() waits on the executor's future; the loop lane is idle, never stalled.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("block", "Blocking time.sleep (s)", 0.0, 3600.0, 5.0, "how long the blocking call lasts"),
                ParamSpec.seconds("tick", "Heartbeat period (s)", 0.01, 60.0, 0.5, "how often the heartbeat ticks"),
                ParamSpec.count("ticks", "Heartbeat ticks", 1, 10_000, 12, "how many times it ticks"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("good", new int[] {2, 4}, "worker", new int[] {4, 4}, "heartbeat", new int[] {9, 13},
                "main", new int[] {15, 19});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double block = params.seconds("block");
        double tick = params.seconds("tick");
        int ticks = params.count("ticks");
        // snippet:start
        class Guide {
            // ✅ Use run_in_executor for blocking code that can't be made async
            static Coroutine<Void> good(double block) {
                return coroutine("good", aw -> {
                    var loop = getRunningLoop(); // asyncio.get_event_loop()
                    aw.await(loop.runInExecutor("time.sleep(" + Seconds.format(block) + ")", () -> {
                        Blocking.sleep(block); // blocks only the worker thread
                        return null;
                    }));
                    return null;
                });
            }
        }

        return coroutine("main", aw -> {
            var heartbeat = createTask(Heartbeat.ticks(tick, ticks));
            aw.await(sleep(0)); // let the heartbeat start its first sleep
            aw.await(createTask(Guide.good(block)));
            aw.await(heartbeat);
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (int lane = 0; lane < model.laneCount(); lane++) {
            if (model.lane(lane).kind() == LaneKind.WORKER) {
                return List.of(new Callout(lane, 0, "the blocking call happens here, on a worker thread, not on the loop"));
            }
        }
        return List.of();
    }
}
