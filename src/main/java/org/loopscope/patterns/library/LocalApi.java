package org.loopscope.patterns.library;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopscope.loop.Clock;
import org.loopscope.patterns.PatternEnv;

/**
 * A stand-in for https://api.example.com: a real HTTP server on the loopback address, on a free
 * port, that answers {@code GET /users/<id>} with {@code {"id": <id>, "name": "user_<id>"}} after a
 * delay. The delay is demo time from the run's clock, so on a virtual clock a request takes exactly
 * its virtual delay, and in slow motion the network slows down with everything else.
 *
 * <p>Each request gets its own platform thread (up to {@code maxConcurrent}): a request parked in a
 * virtual sleep must never queue behind another, or the virtual clock could not move.
 */
public final class LocalApi implements AutoCloseable {
    private static final Pattern USER = Pattern.compile("/users/(\\d{1,9})");

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Clock clock;
    private final long delayNs;

    private LocalApi(HttpServer server, ExecutorService handlers, Clock clock, long delayNs) {
        this.server = server;
        this.handlers = handlers;
        this.clock = clock;
        this.delayNs = delayNs;
    }

    /** Starts a server owned by the run: it is stopped when the run ends, whatever the outcome. */
    public static LocalApi start(PatternEnv env, double delaySeconds, int maxConcurrent) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), maxConcurrent);
            ExecutorService handlers = handlerThreads(maxConcurrent);
            LocalApi api = new LocalApi(server, handlers, env.clock(), Clock.seconds(delaySeconds));
            server.createContext("/", api::handle);
            server.setExecutor(handlers);
            server.start();
            return env.own(api);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local API server", e);
        }
    }

    private static ExecutorService handlerThreads(int count) {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(count, count, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "loopscope-api-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The full URL of {@code path} on this server, e.g. {@code http://127.0.0.1:54321/users/1}. */
    public String url(String path) {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
    }

    private void handle(HttpExchange exchange) {
        try {
            // The network and the server's work, in demo time; named by the path, so responses due at
            // the same virtual instant reach the loop in a fixed order.
            clock.blockFor(delayNs, exchange.getRequestURI().getPath());
            Matcher user = USER.matcher(exchange.getRequestURI().getPath());
            if (user.matches()) {
                String id = user.group(1);
                answer(exchange, 200, "{\"id\": " + id + ", \"name\": \"user_" + id + "\"}");
            } else {
                answer(exchange, 404, "{\"error\": \"not found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run was stopped: drop the request
        } catch (IOException e) {
            // the client went away; nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
