package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
import static org.loopscope.asyncio.Asyncio.getRunningLoop;
import static org.loopscope.asyncio.Asyncio.print;
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
import org.loopscope.trace.TraceModel;

/**
 * "CPU-bound (heavy computation) → use multiprocessing or ProcessPoolExecutor": the same crunch
 * first inside the coroutine, where it holds the loop, then handed to an executor, where it runs
 * beside the loop. A heartbeat shows the difference.
 */
public final class CpuBoundPattern implements Pattern {
    @Override
    public String id() {
        return "cpu_bound";
    }

    @Override
    public String title() {
        return "CPU-bound work: in the loop vs beside it";
    }

    @Override
    public Category category() {
        return Category.BASICS;
    }

    @Override
    public String explanation() {
        return "asyncio only helps while code waits. A computation never awaits, so run inside a coroutine it holds "
                + "the loop for its whole length and the heartbeat falls silent. Handed to an executor, the same "
                + "work runs on a worker beside the loop and the ticks keep coming. The guide recommends a process "
                + "pool for this in Python (the GIL keeps threads from computing in parallel); Loopscope's worker "
                + "lane stands for that pool's worker.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "During crunch(2) in main the loop lane is stalled and the heartbeat is late: tick 1 comes at 2.00s.",
                "During the offloaded crunch(2) a worker lane computes while the ticks come on time, every 0.5 s.",
                "Same work, same 2 s each: the difference is only whether the loop is free meanwhile.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("work", "Computation (s)", 0.0, 600.0, 2.0, "how long each crunch computes"),
                ParamSpec.seconds("tick", "Heartbeat period (s)", 0.01, 60.0, 0.5, "how often the heartbeat ticks"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("heartbeat", new int[] {12, 18}, "main", new int[] {20, 29}, "worker", new int[] {27, 27});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double work = params.seconds("work");
        double tick = params.seconds("tick");
        // snippet:start
        String crunch = "crunch(" + Seconds.format(work) + ")"; // CPU-bound: no await anywhere inside

        return coroutine("main", aw -> {
            var loop = getRunningLoop();
            var hb = createTask(Heartbeat.forever(tick));
            aw.await(sleep(0)); // let the heartbeat start its first sleep
            Blocking.compute(crunch, work); // ❌ in the coroutine: holds the loop, no tick meanwhile
            print("crunched in the loop");
            aw.await(loop.runInExecutor(crunch, () -> { // ✅ beside the loop: ticks on time
                Blocking.compute(crunch, work);
                return null;
            }));
            print("crunched beside the loop");
            hb.cancel();
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        return Heartbeat.lateTicks(model);
    }
}
