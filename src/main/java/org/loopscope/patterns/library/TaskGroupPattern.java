package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.patterns.library.PyDict.dict;

import java.util.List;
import java.util.Map;
import org.loopscope.asyncio.TaskGroup;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;

/** "asyncio.TaskGroup — gather with error handling": three fetch_user tasks, all done when the block ends. */
public final class TaskGroupPattern implements Pattern {
    @Override
    public String id() {
        return "taskgroup";
    }

    @Override
    public String title() {
        return "asyncio.TaskGroup: every task done when the block ends";
    }

    @Override
    public Category category() {
        return Category.CONCURRENCY;
    }

    @Override
    public String explanation() {
        return "Inside 'async with asyncio.TaskGroup() as tg' each tg.create_task starts a child task. Leaving the "
                + "block waits for all of them, so after it every task is done and task.result() is safe to call. "
                + "The three fetches overlap: about 0.5 s in all.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "The three fetch_user lanes start together; main waits on the group (taskgroup(3)) until all are done.",
                "The results are printed once, at ~0.5 s, after the block: {'id': 1, ...} {'id': 2, ...} {'id': 3, ...}.",
                "No child outlives the block: the group is the parent of its tasks.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.seconds("delay", "Fetch delay (s)", 0.0, 60.0, 0.5, "how long each fetch_user waits"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("main", new int[] {1, 7}, "fetch_user", new int[] {11, 13});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static Coroutine<Map<String, Object>> fetchUser(int userId, double delay) {
                return coroutine("fetch_user(" + userId + ")", aw -> {
                    aw.await(sleep(delay));
                    return dict("id", userId, "name", "user_" + userId);
                });
            }
        }

        return coroutine("main", aw -> {
            Task<?>[] task = new Task<?>[4]; // task[1], task[2], task[3] as in the guide
            TaskGroup.run(aw, tg -> {      // async with asyncio.TaskGroup() as tg:
                task[1] = tg.createTask(Guide.fetchUser(1, delay));
                task[2] = tg.createTask(Guide.fetchUser(2, delay));
                task[3] = tg.createTask(Guide.fetchUser(3, delay));
            });
            // all tasks are done here
            print(task[1].result(), task[2].result(), task[3].result());
            return null;
        });
        // snippet:end
    }
}
