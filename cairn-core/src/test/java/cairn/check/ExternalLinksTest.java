package cairn.check;

import cairn.content.ExternalSettings;
import cairn.Diagnostic;
import cairn.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** External links against real HTTP servers on 127.0.0.1 that the tests start. */
class ExternalLinksTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path dir;

    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final List<LocalHost> hosts = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        hosts.forEach(LocalHost::close);
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already closed
            }
        }
        serverThreads.shutdownNow();
    }

    private LocalHost host() throws Exception {
        LocalHost h = new LocalHost(serverThreads);
        hosts.add(h);
        return h;
    }

    /** A server that answers every connection in plain text: a TLS client fails its handshake with it. */
    private int plainTextServer() throws Exception {
        java.net.ServerSocket socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        serverThreads.execute(() -> {
            while (!socket.isClosed()) {
                try (java.net.Socket c = socket.accept()) {
                    c.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        closeables.add(socket);
        return socket.getLocalPort();
    }

    private TestSite site(List<String> urls) throws Exception {
        StringBuilder body = new StringBuilder("title: Links\nsortorder: 0101\nmeta: m\n\n");
        urls.forEach(u -> body.append("* [docs](").append(u).append(") to read.\n")); // a commented resource: no curation warnings
        return TestSite.of(dir, "").write("content/pages/01-links/01-links.md", body.toString());
    }

    private static LinkChecker.Options external(Instant now) {
        return LinkChecker.Options.internal().withExternal(true).withClock(Clock.fixed(now, ZoneOffset.UTC))
                .withTune(s -> s.withTimings(Duration.ofMillis(1), Duration.ofMillis(1000), Duration.ofMillis(10),
                        Duration.ofSeconds(2)));
    }

    private static List<String> codes(CheckReport report) {
        return report.problems().stream().filter(d -> d.code().startsWith("external-")).map(d -> d.where().line() + " " + d.severity().label() + " " + d.code()
                + (d.suggestion() == null ? "" : " -> " + d.suggestion())).toList();
    }

    @Test
    void reportsEveryKindOfExternalProblemAtItsLink() throws Exception {
        LocalHost web = host()
                .status("/ok", 200)
                .redirect("/moved", 301, "/moved-again").redirect("/moved-again", 308, "/ok")
                .redirect("/temporary", 302, "/ok")
                .status("/gone", 404).status("/removed", 410)
                .route("/no-head", (ex, n) -> LocalHost.Reply.of(ex.getRequestMethod().equals("HEAD") ? 405 : 200))
                .route("/busy", (ex, n) -> n == 1 ? LocalHost.Reply.of(429, "Retry-After", "1") : LocalHost.Reply.of(200))
                .route("/flaky", (ex, n) -> LocalHost.Reply.of(n == 1 ? 500 : 200))
                .redirect("/loop", 301, "/loop-back").redirect("/loop-back", 302, "/loop")
                .status("/forbidden", 403);
        LocalHost slow = host().route("/slow", (ex, n) -> {
            releaseSlow.await(5, TimeUnit.SECONDS);
            return LocalHost.Reply.of(200);
        });
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String tls = "https://127.0.0.1:" + plainTextServer() + "/ok";
        TestSite s = site(List.of(web.url("/ok"), web.url("/moved"), web.url("/temporary"), web.url("/gone"),
                web.url("/removed"), web.url("/no-head"), web.url("/busy"), web.url("/flaky"), web.url("/loop"),
                web.url("/forbidden"), slow.url("/slow"), "http://127.0.0.1:" + closedPort + "/x", tls));

        CheckReport report = Checks.check(s, external(NOW));

        assertEquals(List.of(
                "6 warning external-moved -> " + web.url("/ok"),
                "8 error external-dead -> https://web.archive.org/web/2025/" + web.url("/gone"),
                "9 error external-dead -> https://web.archive.org/web/2025/" + web.url("/removed"),
                "13 error external-redirect-loop",
                "14 warning external-status",
                "15 error external-timeout",
                "16 error external-unreachable -> https://web.archive.org/web/2025/http://127.0.0.1:" + closedPort + "/x",
                "17 error external-tls"), codes(report));
        Diagnostic dead = report.problems().stream().filter(d -> d.code().equals("external-dead")).findFirst().orElseThrow();
        assertEquals("content/pages/01-links/01-links.md:8:10", dead.where().toString());
        assertEquals("dead link \"" + web.url("/gone") + "\" (404 Not Found); an archived copy may be at"
                + " https://web.archive.org/web/2025/" + web.url("/gone"), dead.message());
        assertEquals(List.of("HEAD /no-head", "GET /no-head"), web.log().stream()
                .filter(l -> l.contains("/no-head")).map(l -> l.substring(0, l.indexOf('|'))).toList());
        assertTrue(web.log().stream().allMatch(l -> l.endsWith(ExternalSettings.USER_AGENT)), web.log().toString());
        List<Long> busy = web.arrivals("/busy");
        assertEquals(2, busy.size());
        assertTrue(busy.get(1) - busy.get(0) >= TimeUnit.SECONDS.toNanos(1), "Retry-After: 1 was not honoured");
        assertEquals(2, web.requests("/flaky"), "a 500 is retried");
        assertEquals(3, slow.requests("/slow"), "a timeout is retried twice");
        assertEquals(13, report.external());
    }

    @Test
    void neverHasMoreRequestsInFlightToOneHostThanItsLimit() throws Exception {
        LocalHost a = host();
        LocalHost b = host();
        List<String> urls = new ArrayList<>();
        for (LocalHost h : List.of(a, b)) {
            for (int i = 0; i < 12; i++) {
                h.route("/p" + i, (ex, n) -> {
                    h.awaitInFlight(3, 100); // holds each request until a third one arrives (it must not)
                    return LocalHost.Reply.of(200);
                });
                urls.add(h.url("/p" + i));
            }
        }
        CheckReport report = Checks.check(site(urls), external(NOW).withTune(s -> s.withTimings(Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofSeconds(2))
                .withHostLimits(Map.of("127.0.0.1:" + b.port(), 1))));
        assertEquals(List.of(), report.problems());
        assertEquals(2, a.maxInFlight(), "host A: limit 2");
        assertEquals(1, b.maxInFlight(), "host B: limit 1 set for its host:port");
        for (int i = 0; i < 12; i++) {
            assertEquals(1, a.requests("/p" + i));
        }
    }

    @Test
    void cachedResultsAreNotRequestedAgainUntilTheyExpire() throws Exception {
        LocalHost web = host().status("/ok", 200).status("/gone", 404).redirect("/moved", 301, "/ok")
                .route("/flaky", (ex, n) -> LocalHost.Reply.of(503));
        TestSite s = site(List.of(web.url("/ok"), web.url("/gone"), web.url("/moved"), web.url("/flaky")));

        CheckReport first = Checks.check(s, external(NOW));
        assertTrue(Files.isRegularFile(s.root().resolve(".cairn/link-cache.json")));
        int okRequests = web.requests("/ok");
        int flakyRequests = web.requests("/flaky");

        CheckReport second = Checks.check(s, external(NOW.plus(Duration.ofDays(6))));
        assertEquals(codes(first), codes(second), "cached results give the same report");
        assertEquals(okRequests, web.requests("/ok"));
        assertEquals(1, web.requests("/gone"));
        assertEquals(1, web.requests("/moved"));
        assertEquals(2 * flakyRequests, web.requests("/flaky"), "a server error is transient: never cached");

        Checks.check(s, external(NOW.plus(Duration.ofDays(8))));
        assertEquals(2, web.requests("/gone"), "expired after the 7-day TTL");

        Checks.check(s, external(NOW.plus(Duration.ofDays(8))).withRefresh(true));
        assertEquals(3, web.requests("/gone"), "--refresh checks again");
    }

    @Test
    void skipsUrlsMatchingConfiguredPatterns() throws Exception {
        LocalHost web = host().status("/public", 200).status("/private/a", 404);
        TestSite s = site(List.of(web.url("/public"), web.url("/private/a")))
                .write("cairn.yaml", "links:\n  external:\n    skip: [\"" + web.url("/private/*") + "\"]\n");
        CheckReport report = Checks.check(s, external(NOW));
        assertEquals(List.of(), report.problems());
        assertEquals(0, web.requests("/private/a"));
        assertEquals(1, web.requests("/public"));
    }

    @Test
    void readsAcceptedAndWarningStatusCodesFromTheConfiguration() throws Exception {
        LocalHost web = host().status("/teapot", 418).status("/forbidden", 403).status("/gone", 404);
        TestSite s = site(List.of(web.url("/teapot"), web.url("/forbidden"), web.url("/gone")))
                .write("cairn.yaml", "links:\n  external:\n    accept: [418]\n    warn: [404]\n"); // 403 no longer warns
        assertEquals(List.of("6 error external-status", "7 warning external-dead -> https://web.archive.org/web/2025/"
                + web.url("/gone")), codes(Checks.check(s, external(NOW))));
    }
}
