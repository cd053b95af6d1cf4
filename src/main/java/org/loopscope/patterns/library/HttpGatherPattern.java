package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.print;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.TraceModel;

/**
 * "Concurrent HTTP with aiohttp", over real sockets: a local HTTP server stands in for
 * api.example.com, and three GETs are in flight at once.
 */
public final class HttpGatherPattern implements Pattern {
    /** Requests are bounded: each one holds a server thread while it waits. */
    static final int MAX_USERS = 50;

    @Override
    public String id() {
        return "http_gather";
    }

    @Override
    public String title() {
        return "Concurrent HTTP: three GETs in flight at once";
    }

    @Override
    public Category category() {
        return Category.PATTERNS;
    }

    @Override
    public String explanation() {
        return "The aiohttp example over real loopback sockets: a local HTTP server (standing in for "
                + "api.example.com) answers each /users/<id> after 0.5 s. session.get sends a request without "
                + "blocking; the task waits on the response, so all three requests are in flight together and the "
                + "whole takes about one server delay.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "Each fetch lane waits on its own request, GET /users/1, /2, /3, all at the same time.",
                "The loop lane is idle while the requests are out: no thread of ours is busy waiting.",
                "The total is ~0.5 s, one server delay, and the results come back in argument order.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.count("users", "Requests", 1, MAX_USERS, 3, "how many /users/<id> to fetch at once"),
                ParamSpec.seconds("delay", "Server delay (s)", 0.0, 10.0, 0.5, "how long the server takes to answer"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch", new int[] {4, 6}, "main", new int[] {8, 15});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        int users = params.count("users");
        LocalApi api = LocalApi.start(env, params.seconds("delay"), users); // our api.example.com
        // snippet:start
        class Guide {
            static Coroutine<Map<String, Object>> fetch(ClientSession session, String url) {
                return coroutine("fetch(" + URI.create(url).getPath() + ")", aw -> {
                    Response response = aw.await(session.get(url)); // async with session.get(url) as response:
                    return response.json();
                });
            }
        }

        return coroutine("main", aw -> {
            try (var session = new ClientSession()) { // async with aiohttp.ClientSession() as session:
                List<Coroutine<Map<String, Object>>> fetches = new ArrayList<>();
                for (int id = 1; id <= users; id++) {
                    fetches.add(Guide.fetch(session, api.url("/users/" + id)));
                }
                List<Map<String, Object>> results = aw.await(gather(fetches));
                print(results);
                return results;
            }
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        int first = PatternModels.laneNamed(model, "fetch(/users/1)");
        return first < 0 ? List.of() : List.of(new Callout(first, 0,
                "the request is on the wire: the task waits, the loop is free"));
    }
}
