package org.loopscope.patterns.library;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.loopscope.loop.Clock;
import org.loopscope.loop.EventLoop;
import org.loopscope.loop.Future;

/**
 * {@code aiohttp.ClientSession} over the JDK's HttpClient: {@link #get} sends the request
 * without blocking and returns a loop Future that the response completes. The HTTP client's own
 * threads learn of the response; they hand it to the loop with {@code callSoonThreadsafe}, the
 * only thread-safe way in, exactly as an asyncio transport would.
 *
 * <p>Each request is outside work the loop awaits, so it is registered with the clock while it is
 * in flight: a virtual clock then waits for the server's (virtual) delay instead of jumping past
 * it. The result is posted to the loop before the work is declared finished, so the loop never
 * sees "no outside work" while a response is on its way. Only loopback addresses are allowed.
 */
public final class ClientSession implements AutoCloseable {
    /** A safety net for a request that never gets an answer; demo delays are far shorter. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** {@code session.get(url)}: a Future the awaiting task waits on, labelled like {@code GET /users/1}. */
    public Future<Response> get(String url) {
        URI uri = loopbackOnly(URI.create(url));
        EventLoop loop = EventLoop.running();
        Future<Response> future = new Future<>(loop, "GET " + uri.getPath());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        Clock clock = loop.clock();
        clock.externalWorkStarted();
        try {
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                try {
                    loop.callSoonThreadsafe(() -> complete(future, response, error));
                } catch (IllegalStateException loopClosed) {
                    // the run ended while the request was in flight: nobody waits for it any more
                } finally {
                    clock.externalWorkFinished();
                }
            });
        } catch (RuntimeException refused) {
            clock.externalWorkFinished();
            throw refused;
        }
        return future;
    }

    private static void complete(Future<Response> future, HttpResponse<String> response, Throwable error) {
        if (future.isDone()) {
            return; // the awaiting task was cancelled meanwhile
        }
        if (error != null) {
            future.setException(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        } else {
            future.setResult(new Response(response.statusCode(), response.body()));
        }
    }

    /** Accepts literal loopback addresses and "localhost" only; names are never looked up, so nothing leaves the machine. */
    private static URI loopbackOnly(URI uri) {
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("only http:// URLs on this machine are allowed: " + uri);
        }
        String host = uri.getHost();
        boolean literal = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[");
        if (!host.equalsIgnoreCase("localhost") && !(literal && isLoopback(host))) {
            throw new IllegalArgumentException("only loopback addresses are allowed (127.0.0.1, [::1], localhost): " + uri);
        }
        return uri;
    }

    private static boolean isLoopback(String literalAddress) {
        try {
            return InetAddress.getByName(literalAddress).isLoopbackAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code async with ... as session:} ends here; no request is in flight any more. */
    @Override
    public void close() {
        client.shutdownNow();
    }
}
