package cairn.check;

import cairn.Diagnostic;
import cairn.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check --external} against servers that misbehave on purpose, each a real socket
 * on 127.0.0.1: every one ends with a clear code, within the per-request budget (a
 * server that drips bytes gets no more time than a silent one), having read no more
 * than a small part of any body. The timeout is short here (1 s); the {@code @Timeout}
 * only keeps a regression from hanging the build: on a thread of its own, since a check
 * that never ends waits in {@code CompletableFuture.join}, which no interrupt ends.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileServersTest {

    private static final Duration BUDGET = Duration.ofMillis(1000);
    private static final long SOCKET_BUFFERS = 16L << 20; // what loopback buffers can hold, generously

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<HostileServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(HostileServer::close);
        threads.shutdownNow();
    }

    private HostileServer server(HostileServer.Behaviour b) throws IOException {
        HostileServer s = new HostileServer(threads, b);
        servers.add(s);
        return s;
    }

    private static LinkChecker.Options external() {
        return LinkChecker.Options.internal().withExternal(true).withScope(LinkChecker.Scope.EXTERNAL)
                .withClock(Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC))
                .withTune(s -> s.withTimings(Duration.ofMillis(1), BUDGET, Duration.ofMillis(10), Duration.ofSeconds(5)));
    }

    private CheckReport check(List<String> urls) throws Exception {
        StringBuilder body = new StringBuilder("title: Links\nsortorder: 0101\nmeta: m\n\n");
        urls.forEach(u -> body.append("* [link](").append(u).append(")\n"));
        TestSite site = TestSite.of(dir, "").write("content/pages/01-links/01-links.md", body.toString());
        return Checks.check(site, external());
    }

    /** url → "code: message" of its problem, or "ok". */
    private static Map<String, String> outcomes(List<String> urls, CheckReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        urls.forEach(u -> out.put(u, "ok"));
        for (Diagnostic d : report.problems()) {
            out.put(d.target(), d.code() + ": " + d.message());
        }
        return out;
    }

    @Test
    void everyHostileServerEndsWithAClearCodeWithinTheBudgetAndNothingBigIsRead() throws Exception {
        HostileServer silent = server(HostileServer.silent());
        HostileServer drip = server(HostileServer.drip(20));
        HostileServer dripBody = server(HostileServer.dripBody(20));
        HostileServer endless = server(HostileServer.endlessBody());
        HostileServer bomb = server(HostileServer.gzipBomb());
        HostileServer loop = server(HostileServer.redirectLoop());
        HostileServer chain = server(HostileServer.redirectChain(51));
        HostileServer ftp = server(HostileServer.redirectTo("ftp://127.0.0.1/pub/file.tar.gz"));
        HostileServer reset = server(HostileServer.resetMidHeaders());
        HostileServer dropped = server(HostileServer.droppedMidResponse());
        HostileServer garbage = server(HostileServer.garbage());
        HostileServer busy = server(HostileServer.tooManyRequests(999_999));
        HostileServer headers = server(HostileServer.endlessHeaders());

        List<String> urls = List.of(silent.url("/"), drip.url("/"), dripBody.url("/slow"), endless.url("/big.iso"), bomb.url("/bomb.html"),
                loop.url("/a"), chain.url("/hop/0"), ftp.url("/file"), reset.url("/"), dropped.url("/page"),
                garbage.url("/"), busy.url("/"), headers.url("/"));
        Map<String, String> outcome = outcomes(urls, check(urls));

        String ms = BUDGET.toMillis() + " ms";
        assertEquals("external-timeout: timeout: \"" + silent.url("/") + "\" gave no complete answer within " + ms
                + " (3 attempts)", outcome.get(silent.url("/")));
        assertEquals("external-timeout: timeout: \"" + drip.url("/") + "\" gave no complete answer within " + ms
                + " (3 attempts)", outcome.get(drip.url("/")), "the budget covers the whole exchange, not each read");
        assertEquals("external-timeout: timeout: \"" + dripBody.url("/slow") + "\" gave no complete answer within " + ms
                + " (3 attempts)", outcome.get(dripBody.url("/slow")), "the body has a budget of its own, not each read");
        assertEquals("ok", outcome.get(endless.url("/big.iso")), "an endless body: the status is what counts");
        assertEquals("ok", outcome.get(bomb.url("/bomb.html")));
        assertEquals("external-redirect-loop: redirect loop: \"" + loop.url("/a") + "\" (redirect loop back to "
                + loop.url("/a") + ")", outcome.get(loop.url("/a")));
        assertEquals("external-redirect-loop: redirect loop: \"" + chain.url("/hop/0") + "\" (more than 10 redirects)",
                outcome.get(chain.url("/hop/0")));
        assertEquals("external-status: link \"" + ftp.url("/file") + "\" answered 301  (redirect to"
                + " ftp://127.0.0.1/pub/file.tar.gz, not an http(s) URL)", outcome.get(ftp.url("/file")));
        assertTrue(outcome.get(reset.url("/")).startsWith("external-bad-response: bad response from \"" + reset.url("/")
                + "\": the connection broke off: "), outcome.get(reset.url("/")));
        assertTrue(outcome.get(dropped.url("/page")).startsWith("external-bad-response: bad response from \""
                + dropped.url("/page") + "\": the connection broke off: "), outcome.get(dropped.url("/page")));
        assertTrue(outcome.get(garbage.url("/")).startsWith("external-bad-response: bad response from \""
                + garbage.url("/") + "\": not an HTTP answer: "), outcome.get(garbage.url("/")));
        assertEquals("external-rate-limited: rate limited: \"" + busy.url("/") + "\" answered 429 Too Many Requests"
                + " (Retry-After 999999 s) on every attempt; check it again later", outcome.get(busy.url("/")));
        assertEquals("external-too-large: answer too large from \"" + headers.url("/") + "\": response headers over"
                + " the client's limit of 384 KiB", outcome.get(headers.url("/")));

        assertEquals(3, silent.requests().size(), "a timeout is retried twice");
        List<String> methods = endless.requests().stream().map(HostileServer.Request::method).toList();
        assertEquals("HEAD", methods.get(0), "HEAD first");
        assertEquals(List.of("GET"), methods.subList(methods.indexOf("GET"), methods.size()),
                "one GET when HEAD is refused: " + methods);
        assertTrue(endless.written() < SOCKET_BUFFERS, "read on after the cap: " + endless.written());
        assertTrue(bomb.written() < SOCKET_BUFFERS, "read on after the cap: " + bomb.written());
        assertTrue(bomb.requests().stream().noneMatch(r -> r.head().toLowerCase().contains("accept-encoding")),
                "asks for no compressed answer");
        assertEquals(11, chain.requests().size(), "the first request and 10 redirects, no more");
        assertEquals(1, busy.requests().size(), "a wait longer than the limit is not waited for");
        assertEquals(1, garbage.requests().size(), "an answer that is not HTTP is not asked again");
        // every connection is closed by the time the check returns, except the one the JDK client
        // abandons after refusing its headers (JDK 17's HttpClient leaves it to the client's cleanup)
        for (HostileServer s : servers.subList(0, servers.indexOf(headers))) {
            assertTrue(s.awaitAllClosed(10_000), "a connection to server " + servers.indexOf(s) + " was left open");
        }
    }

    @Test
    void aHostThatStopsAnsweringIsGivenUpAfterSixFailedRequestsInARow() throws Exception {
        HostileServer silent = server(HostileServer.silent());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            urls.add(silent.url("/page-" + i));
        }
        Map<String, String> outcome = outcomes(urls, check(urls));

        assertTrue(outcome.values().stream().allMatch(o -> o.startsWith("external-timeout: ")), outcome.toString());
        long notRequested = outcome.values().stream().filter(o -> o.contains("not requested: the host failed 6"
                + " requests in a row, the last with no complete answer within 1000 ms")).count();
        int requests = silent.requests().size();
        assertTrue(requests >= 6 && requests <= 7, "6 failures in a row, plus at most the one in flight: " + requests);
        assertTrue(notRequested >= 30 - 4, "URLs reported without a request: " + notRequested);
    }
}
