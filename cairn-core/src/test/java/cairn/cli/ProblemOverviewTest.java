package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After more than 20 problems, {@code build} and {@code check} end with an overview: counts
 * by code and the most-linked missing targets (ties sorted by name, the hint when every link
 * got the same one); {@code check --format json} has the same figures in its summary.
 */
class ProblemOverviewTest {

    @TempDir
    Path dir;

    /** 25 broken links: /django.html 5 times, /bottle.html and /flask.html 3 times, a typo twice, 12 others once. */
    private void manyBrokenLinks() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String target : List.of("/django.html", "/flask.html", "/django.html", "/bottle.html", "/sqlachemy.html",
                "/django.html", "/flask.html", "/bottle.html", "/django.html", "/sqlachemy.html#engine", "/flask.html",
                "/bottle.html", "/django.html")) {
            body.append("[x](").append(target).append(")\n\n");
        }
        for (int i = 1; i <= 12; i++) {
            body.append("[y](/topic-").append(i < 10 ? "0" : "").append(i).append(".html)\n\n");
        }
        TestSite.of(dir, """
                -- content/pages/01-data/00-sqlalchemy.md --
                title: SQLAlchemy
                sortorder: 0100
                meta: The ORM.

                Text.
                -- content/pages/01-data/01-links.md --
                title: Links
                sortorder: 0101
                meta: Many links.

                """ + body);
    }

    private static final List<String> OVERVIEW = List.of(
            "Overview of 25 problems:",
            "  broken-link     25",
            "Most-linked missing targets (10 of 16; fixing them fixes 19 of 25 broken links and images, 76 %):",
            "  /django.html        5 links",
            "  /bottle.html        3 links",
            "  /flask.html         3 links",
            "  /sqlachemy.html     2 links  (did you mean \"/sqlalchemy.html\"?)",
            "  /topic-01.html      1 link",
            "  /topic-02.html      1 link",
            "  /topic-03.html      1 link",
            "  /topic-04.html      1 link",
            "  /topic-05.html      1 link",
            "  /topic-06.html      1 link");

    @Test
    void checkEndsWithTheOverviewBeforeTheSummaryLine() throws Exception {
        manyBrokenLinks();
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        int start = lines.indexOf(OVERVIEW.get(0));
        assertTrue(start > 0, run.out());
        assertEquals(OVERVIEW, lines.subList(start, start + OVERVIEW.size()));
        assertEquals("", lines.get(start + OVERVIEW.size()));
        assertTrue(lines.get(lines.size() - 1).startsWith("25 errors, 0 warnings in 25 links"), run.out());
    }

    @Test
    void buildEndsWithTheSameOverview() throws Exception {
        manyBrokenLinks();
        TestSite.Run run = TestSite.run("build", "--source", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        int start = lines.indexOf(OVERVIEW.get(0));
        assertTrue(start > 0, run.err());
        assertEquals(OVERVIEW, lines.subList(start, start + OVERVIEW.size()));
        assertEquals(List.of("", "25 errors, 0 warnings"), lines.subList(start + OVERVIEW.size(), start + OVERVIEW.size() + 2));
    }

    @Test
    void jsonSummaryCountsEveryMissingTarget() throws Exception {
        manyBrokenLinks();
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--format", "json");
        assertTrue(run.out().contains("\"by_code\": {\"broken-link\": 25}, \"missing_targets\": [{\"target\":"
                + " \"/django.html\", \"links\": 5}, {\"target\": \"/bottle.html\", \"links\": 3}, {\"target\":"
                + " \"/flask.html\", \"links\": 3}, {\"target\": \"/sqlachemy.html\", \"links\": 2, \"suggestion\":"
                + " \"/sqlalchemy.html\"}, {\"target\": \"/topic-01.html\", \"links\": 1}"), run.out());
        assertTrue(run.out().contains("{\"target\": \"/topic-12.html\", \"links\": 1}]}}"), run.out());
    }

    @Test
    void aShortListHasNoOverview() throws Exception {
        TestSite.of(dir, """
                -- content/pages/01-data/00-data.md --
                title: Data
                sortorder: 0100
                meta: Data.

                [a](/django.html) [b](/django.html)
                """);
        TestSite.Run check = TestSite.run("check", "--source", dir.toString());
        TestSite.Run build = TestSite.run("build", "--source", dir.toString());
        assertFalse(check.out().contains("Overview"), check.out());
        assertFalse(build.err().contains("Overview"), build.err());
        assertTrue(build.err().contains("broken link \"/django.html\""), build.err());
    }
}
