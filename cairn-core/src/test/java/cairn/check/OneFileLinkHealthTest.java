package cairn.check;

import cairn.TestSite;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A one-file guide's entries go through link health as any page's links do: a long-dead entry shows its archived copy. */
class OneFileLinkHealthTest {

    private static final Instant DAY1 = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicBoolean broken = new AtomicBoolean();
    private LocalHost web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
        threads.shutdownNow();
    }

    private static LinkChecker.Options on(Instant day) {
        return LinkChecker.Options.internal().withExternal(true).withRefresh(true)
                .withClock(Clock.fixed(day, ZoneOffset.UTC))
                .withTune(s -> s.withTimings(Duration.ofMillis(1), Duration.ofMillis(500), Duration.ofMillis(5),
                        Duration.ofSeconds(1)));
    }

    @Test
    void aDeadEntryIsShownAsItsArchivedCopyInTheEntryList() throws Exception {
        web = new LocalHost(threads)
                .route("/gone", (ex, n) -> LocalHost.Reply.of(broken.get() ? 404 : 200))
                .status("/fine", 200);
        TestSite s = TestSite.of(dir, "-- README.md --\n# Awesome T\n\nA list.\n\n## Tools\n\n"
                + "- [Gone](" + web.url("/gone") + ") - Was here.\n"
                + "- [Fine](" + web.url("/fine") + ") - Still here.\n");
        Checks.check(s, on(DAY1));
        broken.set(true);
        Checks.check(s, on(DAY1.plus(Duration.ofDays(3))));
        Checks.check(s, on(DAY1.plus(Duration.ofDays(20))));
        try (Pipeline p = new Pipeline(1)) {
            p.build(BuildOptions.of(s.root(), s.output()));
            assertEquals(List.of("1 dead resource shown as archived copy (see cairn check --external)"), p.notes());
        }
        Element gone = Jsoup.parse(s.read("tools.html")).selectFirst("li.entry a.archived-link");
        assertTrue(gone.attr("href").startsWith("https://web.archive.org/web/20250301/"), gone.attr("href"));
        assertEquals("Gone", gone.text());
        assertEquals("127.0.0.1", gone.parent().attr("data-domain"), "the domain of the entry as written");
        assertEquals(1, Jsoup.parse(s.read("tools.html")).select("li.entry a[href=" + web.url("/fine") + "]").size());
    }
}
