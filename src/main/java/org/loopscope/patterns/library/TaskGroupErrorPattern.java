package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.patterns.library.PyDict.dict;

import java.util.List;
import java.util.Map;
import org.loopscope.asyncio.ExceptionGroup;
import org.loopscope.asyncio.PyRepr;
import org.loopscope.asyncio.TaskGroup;
import org.loopscope.loop.Coroutine;
import org.loopscope.loop.Task;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.Mark;
import org.loopscope.trace.MarkKind;
import org.loopscope.trace.TraceModel;

/** "TaskGroup is safer": one child fails, the group cancels the others and raises an ExceptionGroup. */
public final class TaskGroupErrorPattern implements Pattern {
    @Override
    public String id() {
        return "taskgroup_error";
    }

    @Override
    public String title() {
        return "TaskGroup: one task fails, the others are cancelled";
    }

    @Override
    public Category category() {
        return Category.CONCURRENCY;
    }

    @Override
    public String explanation() {
        return "The guide: \"if one task raises an exception, the others are automatically cancelled\". Here "
                + "fetch_user(2) raises ValueError after 0.2 s. The group cancels its siblings right then, waits "
                + "until they have stopped, and raises an ExceptionGroup holding the ValueError, which main catches.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "fetch_user(2) ends in an error at 0.2 s; fetch_user(1) and fetch_user(3) are cancelled at that same moment.",
                "Nobody waits for the cancelled fetches' 0.5 s: the whole run ends at 0.2 s.",
                "main catches an ExceptionGroup: \"unhandled errors in a TaskGroup (1 sub-exception)\" holding ValueError('user 2 not found').");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("delay", "Fetch delay (s)", 0.0, 60.0, 0.5, "how long a successful fetch_user waits"),
                ParamSpec.seconds("fail_after", "Failure after (s)", 0.0, 60.0, 0.2, "when the failing fetch_user raises"),
                ParamSpec.count("failing", "Failing user", 1, 3, 2, "which of the three users fails"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch_user", new int[] {5, 10}, "main", new int[] {12, 22});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double delay = params.seconds("delay");
        double failAfter = params.seconds("fail_after");
        int failing = params.count("failing");
        // snippet:start
        class Guide {
            static Coroutine<Map<String, Object>> fetchUser(int userId, double delay, double failAfter, int failing) {
                return coroutine("fetch_user(" + userId + ")", aw -> {
                    if (userId == failing) {
                        aw.await(sleep(failAfter));
                        throw new ValueError("user " + userId + " not found");
                    }
                    aw.await(sleep(delay));
                    return dict("id", userId, "name", "user_" + userId);
                });
            }
        }

        return coroutine("main", aw -> {
            Task<?>[] task = new Task<?>[4];
            try {
                TaskGroup.run(aw, tg -> { // async with asyncio.TaskGroup() as tg:
                    task[1] = tg.createTask(Guide.fetchUser(1, delay, failAfter, failing));
                    task[2] = tg.createTask(Guide.fetchUser(2, delay, failAfter, failing));
                    task[3] = tg.createTask(Guide.fetchUser(3, delay, failAfter, failing));
                });
            } catch (ExceptionGroup eg) {
                print("caught:", eg.getMessage());
                for (Throwable error : eg.exceptions()) {
                    print(PyRepr.repr(error));
                }
            }
            print("cancelled:", task[1].cancelled(), task[2].cancelled(), task[3].cancelled());
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.ERROR) {
                return List.of(new Callout(m.lane(), m.timeNs(), "this failure cancels every other task of the group"));
            }
        }
        return List.of();
    }
}
