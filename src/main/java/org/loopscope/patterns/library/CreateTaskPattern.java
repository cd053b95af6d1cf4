package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.createTask;
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
import org.loopscope.trace.Callout;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/** "asyncio.create_task() — run in the background": main keeps working while background_job waits. */
public final class CreateTaskPattern implements Pattern {
    @Override
    public String id() {
        return "create_task";
    }

    @Override
    public String title() {
        return "asyncio.create_task: a job in the background";
    }

    @Override
    public Category category() {
        return Category.CONCURRENCY;
    }

    @Override
    public String explanation() {
        return "create_task schedules background_job at once and hands back a task; main goes on with its own work. "
                + "The job starts as soon as main yields, both wait at the same time, and 'await task' at the end "
                + "only waits for what is left of the job: 2 s in all, not 3 s.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "background_job starts right away, in its own lane, while main prints \"doing other work...\".",
                "\"still working...\" comes at 1 s and \"background done\" at 2 s: the two waits overlap.",
                "await task makes main wait only for the remaining second; the total is ~2 s, not 3 s.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("job", "Background job (s)", 0.0, 60.0, 2.0, "how long background_job sleeps"),
                ParamSpec.seconds("work", "Other work (s)", 0.0, 60.0, 1.0, "how long main's own work sleeps"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("background_job", new int[] {1, 3}, "main", new int[] {5, 11});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double job = params.seconds("job");
        double work = params.seconds("work");
        // snippet:start
        class Guide {
            static Coroutine<Void> backgroundJob(double job) {
                return coroutine("background_job", aw -> {
                    aw.await(sleep(job));
                    print("background done");
                    return null;
                });
            }
        }

        return coroutine("main", aw -> {
            var task = createTask(Guide.backgroundJob(job));
            // do other work while background_job runs
            print("doing other work...");
            aw.await(sleep(work));
            print("still working...");
            aw.await(task); // wait for the task to finish
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        int main = PatternModels.laneNamed(model, "main");
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.PRINT && m.detail().equals("still working...") && main >= 0) {
                return List.of(new Callout(main, m.timeNs(), "main did its own work while background_job was waiting"));
            }
        }
        return List.of();
    }
}
