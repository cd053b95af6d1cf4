package org.loopscope.patterns.library;

import org.loopscope.loop.Clock;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;

/**
 * A session whose {@code get(url)} needs no network: the response arrives {@code delay} seconds
 * later, from a loop timer. It counts the requests in flight, which is what a server being
 * protected by a Semaphore would see.
 */
public final class SimulatedSession {
    private final double delay;
    private int inFlight;
    private int maxInFlight;

    public SimulatedSession(double delay) {
        this.delay = delay;
    }

    /** {@code session.get(url)}: a Future labelled like {@code GET /items/7}, answered after the delay. */
    public Future<Response> get(String url) {
        EventLoop loop = EventLoop.running();
        String path = pathOf(url);
        Future<Response> response = new Future<>(loop, "GET " + path);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // Labelled for the inspector's timer list: "answer GET /items/7", not "callback".
        loop.callAtNs(loop.clock().now() + Clock.seconds(delay), () -> {
            inFlight--;
            if (!response.isDone()) {
                response.setResult(new Response(200, "{\"url\": \"" + url + "\"}"));
            }
        }, "answer GET " + path);
        return response;
    }

    /** "/items/7" of "https://api.example.com/items/7": the guide's URLs are plain, and a full URI parse per request shows up when a teacher asks for 100,000 of them. */
    static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }

    /** Requests sent and not yet answered. */
    public int inFlight() {
        return inFlight;
    }

    /** The most requests that were ever in flight at once. */
    public int maxInFlight() {
        return maxInFlight;
    }
}
