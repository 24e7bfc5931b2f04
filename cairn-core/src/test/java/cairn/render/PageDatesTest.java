package cairn.render;

import cairn.GitRepo;
import cairn.TestSite;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates from the git history in the built site: pages, sitemap, "Recently updated" and its feed. */
class PageDatesTest {

    @TempDir
    Path dir;

    private GitRepo guide(Path where) throws Exception {
        return GitRepo.init(where)
                .write("cairn.yaml", "title: G\nbase_url: https://g.example.org\nupdates:\n  page_size: 2\n")
                .write("content/pages/01-a/00-intro.md", "title: Intro\nmeta: i\n\nHello.\n")
                .write("content/pages/01-a/01-old.md", "title: Old\nmeta: o\n\nOld page.\n")
                .commit("2024-01-10T12:00:00+00:00", "start")
                .write("content/pages/01-a/01-old.md", "title: Old\nmeta: o\n\nOld page, edited.\n")
                .commit("2024-02-20T12:00:00+00:00", "edit old")
                .move("content/pages/01-a/00-intro.md", "content/pages/01-a/00-introduction.md",
                        "2024-03-01T12:00:00+00:00")
                .write("content/pages/01-a/02-dated.md", "title: Dated\nmeta: d\ndate: 2023-05-05\n"
                        + "modified: 2023-06-06\n\nFront matter wins.\n")
                .commit("2024-03-02T12:00:00+00:00", "add dated");
    }

    private static Path build(Path site) throws Exception {
        Path out = site.resolve("public");
        try (Pipeline p = new Pipeline(1)) {
            p.build(BuildOptions.of(site, out));
        }
        return out;
    }

    private static Document html(Path out, String page) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(page)));
    }

    @Test
    void pagesShowWhenTheyWereLastUpdatedInATimeElement() throws Exception {
        Path out = build(guide(dir.resolve("g")).dir());
        var time = html(out, "old.html").selectFirst(".page-updated time");
        assertEquals("2024-02-20", time.attr("datetime"));
        assertEquals("20 February 2024", time.text());
        assertEquals("2024-03-01", html(out, "introduction.html").selectFirst(".page-updated time").attr("datetime"),
                "a rename is a change");
        assertEquals("2023-06-06", html(out, "dated.html").selectFirst(".page-updated time").attr("datetime"),
                "front matter modified wins over the history");
    }

    @Test
    void everySitemapEntryHasALastmod() throws Exception {
        Path out = build(guide(dir.resolve("g")).dir());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        int urls = sitemap.split("<url>", -1).length - 1;
        assertEquals(urls, sitemap.split("<lastmod>", -1).length - 1, sitemap);
        assertTrue(sitemap.contains("<loc>https://g.example.org/old.html</loc>\n    <lastmod>2024-02-20</lastmod>"),
                sitemap);
        assertTrue(sitemap.contains("<loc>https://g.example.org/updates.html</loc>\n    <lastmod>2024-03-01</lastmod>"),
                sitemap);
    }

    @Test
    void recentlyUpdatedListsPagesNewestFirstOnPagesOfPageSize() throws Exception {
        Path out = build(guide(dir.resolve("g")).dir());
        Document first = html(out, "updates.html");
        assertEquals(List.of("Intro", "Old"), first.select(".updates-list a").eachText());
        assertEquals(List.of("Updated", "Updated"), first.select(".update-change").eachText());
        Document second = html(out, "updates/page/2.html");
        assertEquals(List.of("Dated"), second.select(".updates-list a").eachText());
        assertEquals("/updates.html", second.selectFirst("a[rel=prev]").attr("href"));
        String feed = Files.readString(out.resolve("feeds/updates.atom.xml"));
        assertTrue(feed.contains("<title>Updated: Intro</title>"), feed);
        assertTrue(feed.contains("<published>2024-01-10T00:00:00Z</published>"), feed);
        assertFalse(feed.contains("Dated"), "the feed holds page_size entries: " + feed);
    }

    @Test
    void withoutGitDatesComeFromFrontMatterOnly() throws Exception {
        TestSite site = TestSite.of(dir.resolve("plain"), "-- content/pages/a.md --\ntitle: A\n\nx\n"
                + "-- content/pages/b.md --\ntitle: B\nmodified: 2025-01-02\n\ny\n");
        site.build();
        assertTrue(site.read("a.html").contains("page-updated") == false, "no date without git or front matter");
        assertTrue(site.read("b.html").contains("<time datetime=\"2025-01-02\">2 January 2025</time>"));
        assertTrue(site.read("updates.html").contains("/b.html") && !site.read("updates.html").contains("/a.html"));
    }

    @Test
    void twoClonesOfTheSameCommitBuildTheSameBytes() throws Exception {
        GitRepo origin = guide(dir.resolve("origin"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("clones/elsewhere/two");
        for (Path clone : List.of(one, two)) {
            Files.createDirectories(clone.getParent());
            origin.git("clone", "-q", origin.dir().toAbsolutePath().toString(), clone.toAbsolutePath().toString());
        }
        String a = TestSite.hashTree(build(one));
        String b = TestSite.hashTree(build(two));
        assertEquals(a, b);
        assertTrue(Files.readString(one.resolve("public/old.html")).contains("2024-02-20"));
    }
}
