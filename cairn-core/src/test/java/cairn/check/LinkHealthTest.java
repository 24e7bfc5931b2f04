package cairn.check;

import cairn.TestSite;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import cairn.content.LinkHealth;
import cairn.content.LinkStatusFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Link health readers see: a real server on 127.0.0.1 answers well, then 404 (and 503 for
 * another URL); {@code check --external} runs on days chosen by a fixed clock record it in
 * {@code link-status.json}, and a build then shows the long-dead resource as an archived copy.
 */
class LinkHealthTest {

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

    private TestSite site(String config) throws Exception {
        web = new LocalHost(threads)
                .route("/doc", (ex, n) -> LocalHost.Reply.of(broken.get() ? 404 : 200))
                .route("/busy", (ex, n) -> LocalHost.Reply.of(broken.get() ? 503 : 200))
                .status("/fine", 200);
        return TestSite.of(dir, "-- cairn.yaml --\ntitle: T\n" + config + "\n"
                + "-- content/pages/01-a/01-links.md --\ntitle: Links\nmeta: m\n\n## Reading\n\n"
                + "* [The doc](" + web.url("/doc") + ") explains it all.\n"
                + "* [Busy](" + web.url("/busy") + ") is often down for a moment.\n"
                + "* [Fine](" + web.url("/fine") + ") always works.\n");
    }

    private static LinkChecker.Options on(Instant day) {
        return LinkChecker.Options.internal().withExternal(true).withRefresh(true)
                .withClock(Clock.fixed(day, ZoneOffset.UTC))
                .withTune(s -> s.withTimings(Duration.ofMillis(1), Duration.ofMillis(500), Duration.ofMillis(5),
                        Duration.ofSeconds(1)));
    }

    private static List<String> build(TestSite s) throws Exception {
        try (Pipeline p = new Pipeline(1)) {
            p.build(BuildOptions.of(s.root(), s.output()));
            return p.notes();
        }
    }

    @Test
    void aResourceDeadForLongerThanDeadAfterIsShownAsItsArchivedCopy() throws Exception {
        TestSite s = site("");
        Checks.check(s, on(DAY1));
        broken.set(true);
        Checks.check(s, on(DAY1.plus(Duration.ofDays(3))));
        LinkHealth.Entry doc = LinkStatusFile.read(s.root()).of(web.url("/doc")).orElseThrow();
        assertEquals("dead", doc.status());
        assertEquals(Optional.of(LocalDate.parse("2025-03-04")), doc.firstFailure());
        assertEquals(Optional.of(LocalDate.parse("2025-03-01")), doc.lastSuccess());
        assertEquals(1, doc.failures());

        assertEquals(List.of(), build(s), "3 days of failures are not yet 14");
        assertTrue(s.read("links.html").contains("href=\"" + web.url("/doc") + "\""));

        CheckReport later = Checks.check(s, on(DAY1.plus(Duration.ofDays(20))));
        assertTrue(Checks.lines(later, "external-dead").get(0).contains(web.url("/doc")),
                "check keeps checking the link as written");
        assertEquals(2, LinkStatusFile.read(s.root()).of(web.url("/doc")).orElseThrow().failures());
        assertEquals("server-error", LinkStatusFile.read(s.root()).of(web.url("/busy")).orElseThrow().status());

        assertEquals(List.of("1 dead resource shown as archived copy (see cairn check --external)"), build(s));
        Document page = Jsoup.parse(s.read("links.html"));
        Element a = page.selectFirst("a.archived-link");
        assertEquals("https://web.archive.org/web/20250301/" + web.url("/doc"), a.attr("href"));
        assertTrue(a.attr("title").contains(web.url("/doc")));
        assertEquals("(archived copy)", a.nextElementSibling().text());
        assertTrue(page.select("a[href=" + web.url("/busy") + "]").size() == 1, "5xx is transient: link kept");
        String json = s.read("resources.json");
        assertTrue(json.contains("\"status\": \"dead\", \"last_checked\": \"2025-03-21\", \"last_verified\":"
                + " \"2025-03-01\", \"dead\": true, \"archive_url\": \"https://web.archive.org/web/20250301/"), json);
    }

    @Test
    void markKeepsTheLinkWithANoteAndKeepChangesNothing() throws Exception {
        TestSite s = site("links:\n  dead: mark\n  dead_after: 2\n");
        Checks.check(s, on(DAY1));
        broken.set(true);
        Checks.check(s, on(DAY1.plus(Duration.ofDays(1))));
        Checks.check(s, on(DAY1.plus(Duration.ofDays(3))));
        assertEquals(List.of("1 dead resource marked as possibly unavailable (see cairn check --external)"), build(s));
        Element a = Jsoup.parse(s.read("links.html")).selectFirst("a.unavailable-link");
        assertEquals(web.url("/doc"), a.attr("href"));
        assertEquals("(may be unavailable)", a.nextElementSibling().text());

        s.write("cairn.yaml", "title: T\nlinks:\n  dead: keep\n  dead_after: 2\n");
        assertEquals(List.of(), build(s));
        assertFalse(s.read("links.html").contains("unavailable"));
    }

    @Test
    void theBuildSaysHowManyResourcesItShowsAsArchivedCopies() throws Exception {
        TestSite s = site("links:\n  dead_after: 0\n");
        broken.set(true);
        Checks.check(s, on(DAY1));
        TestSite.Run run = TestSite.run("build", "--source", s.root().toString(), "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 dead resource shown as archived copy (see cairn check --external)\n"),
                run.out());
    }
}
