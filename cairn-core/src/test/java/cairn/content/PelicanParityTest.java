package cairn.content;

import cairn.Diagnostic;
import cairn.TestSite;
import cairn.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pelican content builds as Pelican builds it: {@code Status:} draft, hidden and skip,
 * Pelican's other Markdown extensions, {@code Summary:} as the description, and dates with
 * times. The fixture is written the way Pelican sites write pages (meta-style headers,
 * {@code .markdown} and friends).
 */
class PelicanParityTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- cairn.yaml --
                title: Parity
                base_url: https://example.org
                -- content/pages/01-start/00-start.markdown --
                title: Start
                sortorder: 0100
                Summary: Where it all starts.

                Read [the hidden one](/hidden.html).
                -- content/pages/01-start/01-mkd.mkd --
                title: From mkd
                sortorder: 0101
                meta: An mkd page.

                Body *mkd*.
                -- content/pages/01-start/02-mdown.mdown --
                title: From mdown
                sortorder: 0102
                meta: An mdown page.

                Body.
                -- content/pages/01-start/03-mdwn.mdwn --
                title: From mdwn
                sortorder: 0103
                meta: An mdwn page.

                Body.
                -- content/pages/01-start/04-hidden.markdown --
                title: Hidden Away
                sortorder: 0104
                meta: Only for those who know.
                Status: hidden

                Secret text.
                -- content/pages/01-start/05-draft.markdown --
                title: Not Yet
                sortorder: 0105
                Status: draft

                Draft.
                -- content/pages/01-start/06-skip.markdown --
                title: [never read
                Status: skip

                Skipped, with front matter that would not even parse.
                -- content/posts/160511-timed.markdown --
                title: Timed Post
                Date: 2016-05-11 10:30
                Modified: 2016-05-12T08:15:30
                tags: python

                A post.
                -- content/posts/160512-hidden-post.markdown --
                title: Hidden Post
                Date: 2016-05-12 09:00:00
                Status: hidden
                tags: python

                Not in the feeds.
                """);
    }

    @Test
    void pelicanExtensionsAreReadAsMarkdown() throws Exception {
        TestSite site = site();
        site.build();
        assertTrue(site.read("mkd.html").contains("Body <em>mkd</em>."));
        assertTrue(site.read("mdown.html").contains("<h1>From mdown</h1>"));
        assertTrue(site.read("mdwn.html").contains("<h1>From mdwn</h1>"));
    }

    @Test
    void statusHiddenIsBuiltButLeftOutOfEveryListing() throws Exception {
        TestSite site = site();
        site.build();
        assertTrue(site.read("hidden.html").contains("Secret text."));
        assertTrue(site.read("blog/hidden-post.html").contains("Not in the feeds."));
        assertFalse(site.read("table-of-contents.html").contains("Hidden Away"));
        assertFalse(site.read("start.html").contains(">Hidden Away<"), "not in the sidebar");
        assertFalse(site.read("sitemap.xml").contains("/hidden.html"));
        assertFalse(site.read("sitemap.xml").contains("/blog/hidden-post.html"));
        try (java.util.stream.Stream<java.nio.file.Path> index = java.nio.file.Files.walk(site.output().resolve("search"))) {
            assertTrue(index.filter(java.nio.file.Files::isRegularFile).noneMatch(f -> {
                try {
                    return java.nio.file.Files.readString(f).contains("Hidden Away");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "not in any file of the split search index");
        }
        assertFalse(site.read("feeds/all.atom.xml").contains("Hidden Post"));
        assertTrue(site.read("feeds/all.atom.xml").contains("Timed Post"));
        assertFalse(site.read("blog.html").contains("Hidden Post"));
        assertFalse(site.read("tags/python.html").contains("Hidden Post"));
        assertTrue(site.read("tags/python.html").contains("Timed Post"));
    }

    @Test
    void statusDraftIsADraftAndStatusSkipIsNotBuilt() throws Exception {
        TestSite site = site();
        BuildResult result = site.build();
        assertFalse(Files.exists(site.output().resolve("draft.html")));
        assertFalse(Files.exists(site.output().resolve("skip.html")));
        assertTrue(result.warnings().stream().noneMatch(d -> d.where().toString().contains("06-skip")),
                "a skipped file is not read, so its broken front matter is no problem");
        site.build(cairn.pipeline.BuildOptions.of(site.root(), site.output()).withDrafts(true));
        assertTrue(site.read("draft.html").contains("<h1>Not Yet</h1>"));
        assertFalse(Files.exists(site.output().resolve("skip.html")), "skip is not a draft: never built");
    }

    @Test
    void summaryIsTheDescriptionWhenMetaIsAbsent() throws Exception {
        TestSite site = site();
        site.build();
        assertTrue(site.read("start.html").contains("<meta name=\"description\" content=\"Where it all starts.\">"),
                site.read("start.html"));
    }

    @Test
    void datesWithTimesAreRead() throws Exception {
        TestSite site = site();
        site.build();
        String feed = site.read("feeds/all.atom.xml");
        assertTrue(feed.contains("2016-05-12"), "modified date with a T time");
        assertTrue(site.read("blog/timed.html").contains("2016"), "the post date with a time is its date");
    }

    @Test
    void anUnknownStatusIsAWarningAndThePageIsPublished() throws Exception {
        TestSite site = site();
        site.write("content/pages/01-start/07-odd.markdown", "title: Odd\nmeta: Odd.\nStatus: archived\n\nOdd.\n");
        BuildResult result = site.build();
        Diagnostic warning = result.warnings().stream().filter(d -> d.message().contains("unknown status"))
                .findFirst().orElseThrow();
        assertEquals("warning: content/pages/01-start/07-odd.markdown:3:1: unknown status \"archived\" (expected"
                + " published, draft, hidden or skip); read as published", warning.toString());
        assertTrue(site.read("odd.html").contains("<h1>Odd</h1>"));
    }
}
