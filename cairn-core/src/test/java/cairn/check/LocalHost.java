package cairn.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for external-link tests and benchmarks. Routes answer
 * with a status (and headers); the server counts the requests per path and method, and
 * the requests in flight at once, so tests can assert what the checker did to it.
 */
final class LocalHost implements AutoCloseable {

    /** Decides the answer to one request (the {@code n}th to its path). */
    @FunctionalInterface
    interface Route {
        Reply answer(HttpExchange exchange, int n) throws InterruptedException;
    }

    /** A status and response headers. */
    record Reply(int status, Map<String, String> headers) {
        static Reply of(int status) {
            return new Reply(status, Map.of());
        }

        static Reply of(int status, String header, String value) {
            return new Reply(status, Map.of(header, value));
        }
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private volatile Route fallback;
    private int inFlight;
    private int maxInFlight;

    LocalHost(ExecutorService executor) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    LocalHost route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Answers every path without a route of its own. */
    LocalHost fallback(Route route) {
        fallback = route;
        return this;
    }

    LocalHost status(String path, int status) {
        return route(path, (ex, n) -> Reply.of(status));
    }

    LocalHost redirect(String path, int status, String to) {
        return route(path, (ex, n) -> Reply.of(status, "Location", to));
    }

    /** Requests to {@code path} so far, any method. */
    int requests(String path) {
        return counts.getOrDefault(path, new AtomicInteger()).get();
    }

    /** "HEAD /x|user agent" lines, in arrival order. */
    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    List<Long> arrivals(String path) {
        return List.copyOf(arrivals.getOrDefault(path, List.of()));
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    /**
     * Waits until {@code n} requests are in flight at once, or {@code millis} passed: a
     * route that uses it shows whether the client really runs requests in parallel.
     */
    synchronized void awaitInFlight(int n, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        notifyAll();
        while (inFlight < n && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    private static void respond(HttpExchange ex, Reply reply) throws IOException {
        int status = reply.status();
        reply.headers().forEach(ex.getResponseHeaders()::add);
        boolean head = ex.getRequestMethod().equals("HEAD");
        byte[] body = ("status " + status).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (head || status == 204 || status == 304) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int n = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        log.add(ex.getRequestMethod() + " " + path + "|" + ex.getRequestHeaders().getFirst("User-Agent"));
        arrivals.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime());
        synchronized (this) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            notifyAll();
        }
        Reply reply = Reply.of(500);
        try {
            Route route = routes.getOrDefault(path, fallback);
            reply = route == null ? Reply.of(404) : route.answer(ex, n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // out of flight before the first byte of the answer: a client cannot start its next
            // request before this point, so the count never includes one the client has finished
            synchronized (this) {
                inFlight--;
            }
        }
        respond(ex, reply);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
