package cairn.check;

import cairn.content.ExternalSettings;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks URLs over HTTP, politely. Every request goes through its host's queue: at most
 * {@link ExternalSettings#limitFor} requests in flight per host, started at least
 * {@code delay} apart, so a site with 500 links to one host never hammers it; the
 * worker pool bounds the requests in flight overall. HEAD first, GET when HEAD is
 * refused; redirects followed by hand (each hop queued on its own host) to tell
 * permanent moves and loops apart; retries with exponential backoff on 5xx and
 * connection errors; {@code 429}/{@code 503} {@code Retry-After} honoured by pausing the
 * host.
 *
 * <p>Hostile or broken servers cost bounded time and memory: the timeout covers all of
 * the headers, and again all of what is read of the body, never a single read, so a
 * server dripping a byte a second times out like a silent one; a GET reads at most {@link #BODY_CAP} bytes
 * of the body ({@link CappedBody}) and never decompresses it; the JDK client refuses
 * response headers over 384 KiB ({@code too-large}); redirects, retries and
 * {@code Retry-After} waits have limits; and a host that failed
 * {@link #failuresBeforeGivingUp} requests in a row (timeouts, refused or broken
 * connections) is given up: its remaining URLs are reported without being requested.
 * The only class that touches {@code java.net.http}: it is loaded only when external
 * links are checked.
 */
final class HttpProber implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> PERMANENT = Set.of(301, 308);
    private static final Set<Integer> HEAD_REFUSED = Set.of(403, 405, 501);
    private static final long ANY_TIME = HostQueue.ANY_TIME;
    /** The most of a GET's body that is read: enough to tell a complete answer from a broken one. */
    static final int BODY_CAP = 64 * 1024;

    private final ExternalSettings settings;
    private final HttpClient client;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, HostQueue<Step>> hosts = new ConcurrentHashMap<>();

    HttpProber(ExternalSettings settings) {
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), daemon("cairn-link"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("cairn-link-timer"));
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Checks {@code url}; the future completes with the outcome, never exceptionally. */
    CompletableFuture<LinkStatus> probe(String url) {
        CompletableFuture<LinkStatus> done = new CompletableFuture<>();
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !List.of("http", "https").contains(lower(uri.getScheme()))) {
                done.complete(LinkStatus.of(LinkStatus.Kind.BAD_URL, url, "not an http(s) URL with a host"));
            } else {
                enqueue(new Step(url, uri, true, 0, List.of(), ANY_TIME, done));
            }
        } catch (URISyntaxException e) {
            done.complete(LinkStatus.of(LinkStatus.Kind.BAD_URL, url, e.getReason() + " at index " + e.getIndex()));
        }
        return done;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** One request of a check: its URL, method, attempt, the redirects so far, and when it may start. */
    private record Step(String original, URI uri, boolean head, int attempt, List<Hop> hops, long notBefore,
                        CompletableFuture<LinkStatus> done) {

        Step retry(long at) {
            return new Step(original, uri, head, attempt + 1, hops, at, done);
        }
    }

    private record Hop(URI from, int status, URI to) {
    }

    private void enqueue(Step step) {
        HostQueue<Step> host = hosts.computeIfAbsent(key(step.uri()), k -> new HostQueue<>(
                settings.limitFor(step.uri().getHost(), port(step.uri())), settings.delay().toNanos()));
        host.add(step);
        pump(host);
    }

    private void pump(HostQueue<Step> host) {
        host.ready().forEach(step -> workers.execute(() -> start(host, step)));
    }

    /** Starts the request when the host's spacing (and the step's own wait) allows, else comes back later. */
    private void start(HostQueue<Step> host, Step step) {
        Optional<LinkStatus> givenUp = host.givenUp();
        if (givenUp.isPresent()) { // neither wait nor send: the host is not answering
            host.done();
            step.done().complete(givenUp.get().forUrl(step.uri().toString()));
            pump(host);
            return;
        }
        long wait = host.claimStart(step.notBefore());
        if (wait > 0) {
            timer.schedule(() -> workers.execute(() -> start(host, step)), wait, TimeUnit.NANOSECONDS);
            return;
        }
        Object next;
        try {
            next = send(host, step);
        } catch (RuntimeException e) {
            next = LinkStatus.of(LinkStatus.Kind.BAD_URL, step.original(), String.valueOf(e.getMessage()));
        } finally {
            host.done();
        }
        if (next instanceof Step s) {
            enqueue(s);
        } else {
            step.done().complete((LinkStatus) next);
        }
        pump(host);
    }

    /**
     * Sends one request and reads at most {@link #BODY_CAP} bytes of its body: the headers
     * within the timeout, then that much of the body within the timeout again; returns the
     * next step or the final status.
     */
    private Object send(HostQueue<Step> host, Step step) {
        HttpRequest request = HttpRequest.newBuilder(step.uri())
                .method(step.head() ? "HEAD" : "GET", HttpRequest.BodyPublishers.noBody())
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build();
        CappedBody body = new CappedBody(BODY_CAP);
        long timeout = settings.timeout().toNanos();
        AtomicReference<ScheduledFuture<?>> bodyTimer = new AtomicReference<>();
        // the client's own timeout runs from the start of the request to the end of the headers,
        // however slowly they come; the body's starts when they are complete
        CompletableFuture<HttpResponse<Long>> exchange = client.sendAsync(request, info -> {
            bodyTimer.set(timer.schedule(body::expire, timeout, TimeUnit.NANOSECONDS));
            return body;
        });
        try {
            HttpResponse<Long> r = exchange.get();
            host.answered();
            return onResponse(host, step, r.statusCode(), r.headers());
        } catch (ExecutionException e) {
            return onFailure(host, step, e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            body.expire();
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return LinkStatus.of(LinkStatus.Kind.TIMEOUT, step.original(), "interrupted");
        } finally {
            ScheduledFuture<?> t = bodyTimer.get();
            if (t != null) {
                t.cancel(false);
            }
        }
    }

    private Object onResponse(HostQueue<Step> host, Step step, int status, HttpHeaders headers) {
        Optional<String> location = headers.firstValue("Location");
        if (REDIRECTS.contains(status) && location.isPresent()) {
            return redirect(step, status, location.get());
        }
        if (step.head() && HEAD_REFUSED.contains(status)) {
            return new Step(step.original(), step.uri(), false, step.attempt(), step.hops(), ANY_TIME, step.done());
        }
        if (status == 429 || status == 503) {
            Optional<Duration> after = retryAfter(headers.firstValue("Retry-After"));
            Duration wait = after.orElse(backoff(step.attempt()));
            if (step.attempt() < settings.retries() && wait.compareTo(settings.maxRetryAfter()) <= 0) {
                long at = System.nanoTime() + wait.toNanos();
                if (after.isPresent()) {
                    host.pauseUntil(at); // the host asked us all to wait
                }
                return step.retry(at);
            }
            String detail = after.map(d -> "Retry-After " + d.toSeconds() + " s").orElse("");
            return status == 429 ? new LinkStatus(LinkStatus.Kind.RATE_LIMITED, status, step.uri().toString(), "", detail)
                    : finish(step, status, detail);
        }
        if (status >= 500 && step.attempt() < settings.retries()) {
            return step.retry(System.nanoTime() + backoff(step.attempt()).toNanos());
        }
        return finish(step, status, "");
    }

    private Object finish(Step step, int status, String detail) {
        String url = step.uri().toString();
        if ((status >= 200 && status < 300) || settings.accept().contains(status)) {
            String moved = movedTo(step.hops());
            return new LinkStatus(moved.isEmpty() ? LinkStatus.Kind.OK : LinkStatus.Kind.MOVED, status, url, moved, "");
        }
        LinkStatus.Kind kind = status == 404 || status == 410 ? LinkStatus.Kind.DEAD : LinkStatus.Kind.STATUS;
        return new LinkStatus(kind, status, url, "", detail);
    }

    private Object redirect(Step step, int status, String location) {
        URI to;
        try {
            to = step.uri().resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new LinkStatus(LinkStatus.Kind.STATUS, status, step.uri().toString(), "",
                    "redirect to a malformed Location \"" + location + "\"");
        }
        List<Hop> hops = new ArrayList<>(step.hops());
        hops.add(new Hop(step.uri(), status, to));
        boolean loop = hops.stream().anyMatch(h -> h.from().equals(to));
        if (loop || hops.size() > settings.maxRedirects()) {
            return new LinkStatus(LinkStatus.Kind.REDIRECT_LOOP, status, to.toString(), "",
                    loop ? "redirect loop back to " + to : "more than " + settings.maxRedirects() + " redirects");
        }
        if (to.getHost() == null || !List.of("http", "https").contains(lower(to.getScheme()))) {
            return new LinkStatus(LinkStatus.Kind.STATUS, status, to.toString(), "",
                    "redirect to " + to + ", not an http(s) URL");
        }
        return new Step(step.original(), to, true, 0, hops, ANY_TIME, step.done());
    }

    /** The URL after the leading run of permanent redirects: where the link should point now. */
    private static String movedTo(List<Hop> hops) {
        String moved = "";
        for (Hop h : hops) {
            if (!PERMANENT.contains(h.status())) {
                break;
            }
            moved = h.to().toString();
        }
        return moved;
    }

    private Object onFailure(HostQueue<Step> host, Step step, IOException e) {
        String url = step.uri().toString();
        Optional<SSLException> tls = cause(e, SSLException.class);
        if (tls.isPresent()) {
            return LinkStatus.of(LinkStatus.Kind.TLS, url, message(tls.get()));
        }
        if (cause(e, UnresolvedAddressException.class).isPresent() || cause(e, UnknownHostException.class).isPresent()) {
            return LinkStatus.of(LinkStatus.Kind.UNREACHABLE, url, "unknown host " + step.uri().getHost());
        }
        Optional<ProtocolException> notHttp = cause(e, ProtocolException.class);
        if (notHttp.isPresent()) { // the server answered, but not with HTTP: asking again will not help
            String what = message(notHttp.get());
            LinkStatus bad = what.startsWith("Header size too big")
                    ? LinkStatus.of(LinkStatus.Kind.TOO_LARGE, url, "response headers over the client's limit of 384 KiB")
                    : LinkStatus.of(LinkStatus.Kind.BAD_RESPONSE, url, "not an HTTP answer: " + what);
            host.failed(bad, failuresBeforeGivingUp());
            return bad;
        }
        String attempts = " (" + (step.attempt() + 1) + " attempts)";
        LinkStatus failed;
        if (cause(e, HttpTimeoutException.class).isPresent()) {
            failed = LinkStatus.of(LinkStatus.Kind.TIMEOUT, url, "no complete answer within "
                    + settings.timeout().toMillis() + " ms");
        } else if (cause(e, ConnectException.class).isPresent()) {
            failed = LinkStatus.of(LinkStatus.Kind.UNREACHABLE, url, "connection refused");
        } else {
            failed = LinkStatus.of(LinkStatus.Kind.BAD_RESPONSE, url, "the connection broke off: " + message(e));
        }
        host.failed(failed, failuresBeforeGivingUp());
        if (step.attempt() < settings.retries() && host.givenUp().isEmpty()) {
            return step.retry(System.nanoTime() + backoff(step.attempt()).toNanos());
        }
        return new LinkStatus(failed.kind(), 0, url, "", failed.detail() + attempts);
    }

    /**
     * Consecutive failed requests (no answer, refused or broken connections) after which
     * a host is given up: every URL's retries twice over, so one dead URL never gives a
     * host up, and a dead host costs about three rounds of timeouts.
     */
    private int failuresBeforeGivingUp() {
        return 2 * (settings.retries() + 1);
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    /** {@code Retry-After}: seconds, or an HTTP date. */
    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String v = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String key(URI uri) {
        return lower(uri.getHost()) + ":" + port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(lower(uri.getScheme())) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
