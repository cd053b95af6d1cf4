package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.print;
import static org.loopscope.asyncio.Asyncio.sleep;
import static org.loopscope.patterns.library.PyDict.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;

/** "asyncio.gather() — run multiple coroutines concurrently": three users in half a second, in argument order. */
public final class GatherUsersPattern implements Pattern {
    @Override
    public String id() {
        return "gather_users";
    }

    @Override
    public String title() {
        return "asyncio.gather: results in argument order";
    }

    @Override
    public Category category() {
        return Category.CONCURRENCY;
    }

    @Override
    public String explanation() {
        return "gather wraps each fetch_user(...) in a task and waits for all of them. The three sleeps overlap, "
                + "so the whole takes about 0.5 s, and the list it returns follows the order of the arguments, "
                + "not the order in which the tasks finished.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "The fetch_user lanes all wait on sleep(0.5) at the same time: the total is ~0.5 s.",
                "main waits on gather(3) and wakes once, when the last child is done.",
                "users is [{'id': 1, ...}, {'id': 2, ...}, {'id': 3, ...}]: argument order, whatever the finish order.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.count("users", "Users", 1, 1000, 3, "how many users to fetch"),
                ParamSpec.seconds("delay", "Fetch delay (s)", 0.0, 60.0, 0.5, "how long each fetch_user waits"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch_user", new int[] {1, 3}, "main", new int[] {5, 11});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        int count = params.count("users");
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
            List<Coroutine<Map<String, Object>>> fetches = new ArrayList<>();
            for (int id = 1; id <= count; id++) {
                fetches.add(Guide.fetchUser(id, delay));
            }
            List<Map<String, Object>> users = aw.await(gather(fetches));
            // users = [{"id": 1, ...}, {"id": 2, ...}, {"id": 3, ...}]
            print(users);
            return users;
        });
        // snippet:end
    }
}
