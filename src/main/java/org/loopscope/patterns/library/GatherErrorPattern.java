package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.patterns.library.PyDict.dict;

import java.util.List;
import java.util.Map;
import org.loopscope.asyncio.PyRepr;
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

/** "With gather, by default the others keep running": gather raises the first error at once, the rest go on. */
public final class GatherErrorPattern implements Pattern {
    @Override
    public String id() {
        return "gather_error";
    }

    @Override
    public String title() {
        return "gather: one task fails, the others keep running";
    }

    @Override
    public Category category() {
        return Category.CONCURRENCY;
    }

    @Override
    public String explanation() {
        return "The same failure as in the TaskGroup example, with gather: fetch_user(2) raises ValueError after "
                + "0.2 s. gather raises it in main at once, but nobody cancels fetch_user(1) and fetch_user(3): they "
                + "go on and finish at 0.5 s, their results unused. main sleeps a second so they can be seen finishing.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "main gets the ValueError at 0.2 s, as soon as fetch_user(2) fails.",
                "fetch_user(1) and fetch_user(3) are not cancelled: they print \"user 1 fetched\" and \"user 3 fetched\" at 0.5 s.",
                "Compare with taskgroup_error, where the same failure cancels the other two.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.seconds("delay", "Fetch delay (s)", 0.0, 60.0, 0.5, "how long a successful fetch_user waits"),
                ParamSpec.seconds("fail_after", "Failure after (s)", 0.0, 60.0, 0.2, "when the failing fetch_user raises"),
                ParamSpec.count("failing", "Failing user", 1, 3, 2, "which of the three users fails"),
                ParamSpec.seconds("linger", "main lingers (s)", 0.0, 60.0, 1.0, "how long main sleeps after the error"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch_user", new int[] {5, 11}, "main", new int[] {13, 18});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        double delay = params.seconds("delay");
        double failAfter = params.seconds("fail_after");
        int failing = params.count("failing");
        double linger = params.seconds("linger");
        // snippet:start
        class Guide {
            static Coroutine<Map<String, Object>> fetchUser(int userId, double delay, double failAfter, int failing) {
                return coroutine("fetch_user(" + userId + ")", aw -> {
                    if (userId == failing) {
                        aw.await(sleep(failAfter));
                        throw new ValueError("user " + userId + " not found");
                    }
                    aw.await(sleep(delay));
                    print("user " + userId + " fetched");
                    return dict("id", userId, "name", "user_" + userId);
                });
            }
        }

        return coroutine("main", aw -> {
            try {
                var users = aw.await(gather(
                        Guide.fetchUser(1, delay, failAfter, failing),
                        Guide.fetchUser(2, delay, failAfter, failing),
                        Guide.fetchUser(3, delay, failAfter, failing)));
            } catch (ValueError error) {
                print("gather raised:", PyRepr.repr(error));
            }
            aw.await(sleep(linger)); // meanwhile the other fetches keep running
            return null;
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        for (Mark m : model.marks()) {
            if (m.kind() == MarkKind.ERROR) {
                return List.of(new Callout(m.lane(), m.timeNs(), "gather raises this at once — the other fetches go on"));
            }
        }
        return List.of();
    }
}
