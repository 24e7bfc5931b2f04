package cairn.site;

import cairn.Diagnostic;
import cairn.TestSite;
import cairn.cli.SiteCheck;
import cairn.pipeline.BuildOptions;
import cairn.check.CheckReport;
import cairn.check.LinkChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links written to source files — relative Markdown links as on GitHub, Pelican's
 * {@code {filename}}, {@code |filename|}, {@code {static}} and {@code {attach}} — become
 * the addresses of those pages and files, anchors included, in {@code build} and
 * {@code check} alike; a link to a Markdown file that is not there is broken, with the
 * nearest source file as its hint.
 */
class SourceLinksTest {

    @TempDir
    Path dir;

    private TestSite site(String extra) throws Exception {
        return TestSite.of(dir, """
                -- cairn.yaml --
                title: Sources
                -- static/img/logo.png --
                png
                -- content/pages/02-data/01-databases.md --
                ---
                title: Databases
                sortorder: "0201"
                meta: Databases.
                ---
                See [PostgreSQL](02-postgresql.md), [its setup](./02-postgresql.md#setup),
                [the intro](../01-intro/00-intro.markdown), [Pelican style]({filename}/pages/02-data/02-postgresql.md#setup),
                [old style](|filename|02-postgresql.md) and [a query](02-postgresql.md?x=1#setup).

                ![logo]({static}/img/logo.png) ![logo again]({attach}/img/logo.png)

                <a href="02-postgresql.md">raw HTML</a>
                -- content/pages/02-data/02-postgresql.md --
                ---
                title: PostgreSQL
                sortorder: "0202"
                meta: PostgreSQL.
                ---
                ## Setup

                Back to [databases](01-databases.md).
                -- content/pages/01-intro/00-intro.markdown --
                ---
                title: Intro
                sortorder: "0100"
                meta: Intro.
                ---
                Hello.
                """ + extra);
    }

    @Test
    void sourceLinksBecomeTheAddressesOfTheirPages() throws Exception {
        TestSite site = site("");
        assertEquals(List.of(), site.build().warnings());
        String html = site.read("databases.html");
        assertTrue(html.contains("<a href=\"/postgresql.html\">PostgreSQL</a>"), html);
        assertTrue(html.contains("<a href=\"/postgresql.html#setup\">its setup</a>"), html);
        assertTrue(html.contains("<a href=\"/intro.html\">the intro</a>"), html);
        assertTrue(html.contains("<a href=\"/postgresql.html#setup\">Pelican style</a>"), html);
        assertTrue(html.contains("<a href=\"/postgresql.html\">old style</a>"), html);
        assertTrue(html.contains("<a href=\"/postgresql.html?x=1#setup\">a query</a>"), html);
        assertTrue(html.contains("<img src=\"/img/logo.png\" alt=\"logo\">"), html);
        assertTrue(html.contains("<img src=\"/img/logo.png\" alt=\"logo again\">"), html);
        assertTrue(html.contains("<a href=\"/postgresql.html\">raw HTML</a>"), html);
        assertTrue(site.read("postgresql.html").contains("<a href=\"/databases.html\">databases</a>"));
    }

    @Test
    void sourceLinksCountAsLinksBetweenPages() throws Exception {
        TestSite site = site("");
        site.build();
        String postgres = site.read("postgresql.html");
        assertTrue(postgres.contains("/databases.html"), "backlinks and see-also know the link");
    }

    @Test
    void underABasePathTheAddressGetsThePrefix() throws Exception {
        TestSite site = site("");
        site.write("cairn.yaml", "title: Sources\nbase_url: https://example.org/guide\n");
        site.build();
        assertTrue(site.read("databases.html").contains("<a href=\"/guide/postgresql.html#setup\">its setup</a>"));
    }

    @Test
    void aLinkToAMissingFileGetsNoHintWhenOnlyALookAlikeExists() throws Exception {
        TestSite site = site("""
                -- content/pages/03-tools/01-tmux.md --
                ---
                title: tmux
                sortorder: "0301"
                meta: tmux.
                ---
                A terminal multiplexer.
                -- content/pages/03-tools/02-bokeh.md --
                ---
                title: Bokeh
                sortorder: "0302"
                meta: Bokeh.
                ---
                Charts.
                -- content/pages/03-tools/03-links.md --
                ---
                title: Links
                sortorder: "0303"
                meta: Links.
                ---
                [pymux](01-pymux.md) [docker](02-docker.md) [charts](02-bokhe.md) [tmux](01-tmux.markdown)
                """);
        List<String> build = TestSite.lines(site.buildErrors());
        for (String link : List.of("01-pymux.md", "02-docker.md")) {
            assertTrue(build.stream().anyMatch(l -> l.endsWith("broken link \"" + link + "\"")),
                    link + " is broken without a hint:\n" + String.join("\n", build));
        }
        assertTrue(build.contains("error: content/pages/03-tools/03-links.md:6:54: broken link \"02-bokhe.md\""
                + " (did you mean \"02-bokeh.md\"?)"), String.join("\n", build));
        assertTrue(build.contains("error: content/pages/03-tools/03-links.md:6:74: broken link \"01-tmux.markdown\""
                + " (did you mean \"01-tmux.md\"?)"), String.join("\n", build));
    }

    @Test
    void brokenSourceLinksAndAnchorsAreTheSameProblemsInBuildAndCheck() throws Exception {
        TestSite site = site("""
                -- content/pages/02-data/03-broken.md --
                ---
                title: Broken
                sortorder: "0203"
                meta: Broken.
                ---
                [typo](02-postgresq.md) [renumbered](03-postgresql.md) [anchor](02-postgresql.md#setpu)
                [pelican]({filename}/pages/02-data/02-postgres.md) [unrelated](kubernetes-operators.md)
                """);
        List<String> build = TestSite.lines(site.buildErrors());
        List<String> expected = List.of(
                "error: content/pages/02-data/03-broken.md:6:8: broken link \"02-postgresq.md\" (did you mean"
                        + " \"02-postgresql.md\"?)",
                "error: content/pages/02-data/03-broken.md:6:38: broken link \"03-postgresql.md\" (did you mean"
                        + " \"02-postgresql.md\"?)",
                "error: content/pages/02-data/03-broken.md:7:11: broken link \"{filename}/pages/02-data/02-postgres.md\""
                        + " (did you mean \"{filename}/pages/02-data/02-postgresql.md\"?)",
                "error: content/pages/02-data/03-broken.md:7:64: broken link \"kubernetes-operators.md\"");
        for (String line : expected) {
            assertTrue(build.contains(line), line + "\n" + String.join("\n", build));
        }
        assertTrue(build.stream().anyMatch(l -> l.startsWith("error: content/pages/02-data/03-broken.md:6:65: broken"
                + " anchor \"#setpu\"")), String.join("\n", build));

        CheckReport report;
        report = SiteCheck.run(BuildOptions.of(site.root(), site.output()), LinkChecker.Options.internal(),
                    LinkChecker.Progress.NONE);
        List<String> check = report.problems().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        for (String line : expected) {
            assertTrue(check.contains(line), line + "\n" + String.join("\n", check));
        }
        assertTrue(check.stream().anyMatch(l -> l.startsWith("error: content/pages/02-data/03-broken.md:6:65: broken"
                + " anchor \"#setpu\"")), String.join("\n", check));
    }
}
