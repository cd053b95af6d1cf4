package org.loopscope.patterns.library;

import static org.loopscope.asyncio.Asyncio.coroutine;
import static org.loopscope.asyncio.Asyncio.gather;
import static org.loopscope.asyncio.Asyncio.print;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.asyncio.Semaphore;
import org.loopscope.loop.Coroutine;
import org.loopscope.patterns.Category;
import org.loopscope.patterns.ParamSpec;
import org.loopscope.patterns.Params;
import org.loopscope.patterns.Pattern;
import org.loopscope.patterns.PatternEnv;
import org.loopscope.trace.Callout;
import org.loopscope.trace.SegmentColumn;
import org.loopscope.trace.SegmentState;
import org.loopscope.trace.TraceModel;

/** "Limit concurrency with a Semaphore": 500 requests, never more than 10 in flight. */
public final class SemaphorePattern implements Pattern {
    @Override
    public String id() {
        return "semaphore";
    }

    @Override
    public String title() {
        return "Semaphore: 500 requests, at most 10 at a time";
    }

    @Override
    public String titleFor(Params params) {
        return String.format(java.util.Locale.ROOT, "Semaphore: %,d requests, at most %,d at a time",
                params.count("urls"), params.count("limit"));
    }

    @Override
    public Category category() {
        return Category.PATTERNS;
    }

    @Override
    public String explanation() {
        return "gather starts all 500 fetch_limited tasks at once, but 'async with sem' lets only 10 of them past. "
                + "The others queue on the semaphore, first come first served; each finished request lets the next one "
                + "in. With a 0.1 s request that is 50 rounds of 10: about 5 s, and the server never sees more than 10.";
    }

    @Override
    public List<String> notice() {
        return List.of(
                "Never more than 10 lanes wait on a GET at the same time; the rest wait on the semaphore.",
                "The queue drains in order: a new request starts the moment one finishes, in rounds of 10.",
                "500 requests of 0.1 s take ~5 s (500 / 10 × 0.1), not 0.1 s and not 50 s.");
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.count("urls", "URLs", 1, 100_000, 500, "how many requests to make"),
                ParamSpec.count("limit", "Semaphore limit", 1, 1000, 10, "how many may be in flight at once"),
                ParamSpec.seconds("delay", "Request time (s)", 0.0, 60.0, 0.1, "how long each simulated request takes"));
    }

    @Override
    public Map<String, int[]> pythonLines() {
        return Map.of("fetch_limited", new int[] {1, 4}, "main", new int[] {6, 11});
    }

    @Override
    public Coroutine<?> main(Params params, PatternEnv env) {
        int count = params.count("urls");
        int limit = params.count("limit");
        double delay = params.seconds("delay");
        // snippet:start
        class Guide {
            static Coroutine<Map<String, Object>> fetchLimited(Semaphore sem, SimulatedSession session, String url) {
                return coroutine("fetch_limited(" + URI.create(url).getPath() + ")", aw ->
                        sem.hold(aw, held -> { // async with sem: max N tasks at the same time
                            Response response = held.await(session.get(url)); // async with session.get(url) as response:
                            return response.json();
                        }));
            }
        }

        return coroutine("main", aw -> {
            var sem = new Semaphore(limit); // max 10 concurrent requests
            var session = new SimulatedSession(delay);
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                urls.add("https://api.example.com/items/" + i);
            }
            List<Coroutine<Map<String, Object>>> tasks = new ArrayList<>();
            for (String url : urls) {
                tasks.add(Guide.fetchLimited(sem, session, url));
            }
            List<Map<String, Object>> results = aw.await(gather(tasks));
            print(results.size(), "results; at most", session.maxInFlight(), "requests in flight");
            return results.size();
        });
        // snippet:end
    }

    @Override
    public List<Callout> callouts(TraceModel model, Params params) {
        // Asked of a growing trace a few times a second: labels compare as ids, and until some task
        // has waited on the semaphore its label is not even in the table, so no lane is scanned.
        int semaphore = model.strings().find("semaphore");
        for (int lane = 0; semaphore >= 0 && lane < model.laneCount(); lane++) {
            long queuedAt = firstWait(model, lane, semaphore);
            if (queuedAt >= 0) {
                return List.of(new Callout(lane, queuedAt, "the first task that has to queue: "
                        + params.count("limit") + " requests are already in flight"));
            }
        }
        return List.of();
    }

    /**
     * When the lane first waited on {@code labelId}, or -1: its closed segments, then the state it
     * is in now, so a live run shows the note as soon as the task queues, not when it gets in.
     */
    private static long firstWait(TraceModel model, int lane, int labelId) {
        SegmentColumn c = model.segments(lane);
        for (int i = 0; i < c.size(); i++) {
            if (c.state(i) == SegmentState.WAITING && c.labelId(i) == labelId) {
                return c.start(i);
            }
        }
        TraceModel.OpenSegment now = model.openSegment(lane);
        return now != null && now.state() == SegmentState.WAITING && now.labelId() == labelId ? now.startNs() : -1;
    }
}
