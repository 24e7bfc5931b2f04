package cairn.render;

import cairn.Diagnostic;
import cairn.TestSite;
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

/** The generated pages readers navigate by: blog pages, tag pages, on-page contents, what-next cards. */
class ReaderPagesTest {

    @TempDir
    Path dir;

    private static String post(int day, String tags) {
        return "-- content/posts/2026-01-0" + day + "-p" + day + ".md --\ntitle: Post " + day + "\ndate: 2026-01-0" + day
                + "\ntags: " + tags + "\n\nText " + day + ".\n";
    }

    private static Document html(TestSite s, String file) throws Exception {
        return Jsoup.parse(s.read(file));
    }

    @Test
    void blogIndexIsPaginatedNewestFirstWithTheConfiguredPageSize() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\nblog:\n  page_size: 2\n" + post(1, "a") + post(2, "a")
                + post(3, "a") + post(4, "a") + post(5, "a"));
        s.build();
        assertEquals(List.of("Post 5", "Post 4"), html(s, "blog.html").select(".blog-post h2").eachText());
        assertEquals(List.of("Post 3", "Post 2"), html(s, "blog/page/2.html").select(".blog-post h2").eachText());
        Document last = html(s, "blog/page/3.html");
        assertEquals(List.of("Post 1"), last.select(".blog-post h2").eachText());
        assertEquals("Page 3 of 3", last.select(".pager-position").text());
        assertEquals("/blog/page/2.html", last.select(".blog-pager a[rel=prev]").attr("href"));
        assertTrue(last.select(".blog-pager a[rel=next]").isEmpty());
        assertEquals("/blog/page/2.html", html(s, "blog.html").select(".blog-pager a[rel=next]").attr("href"));
        assertFalse(Files.exists(s.output().resolve("blog/page/4.html")));
    }

    @Test
    void eachTagHasAPageListingPostsNewestFirstThenPages() throws Exception {
        TestSite s = TestSite.of(dir, post(1, "[How-to, news]") + post(2, "[how-to]")
                + "-- content/pages/01-a/00-x.md --\ntitle: X\nsortorder: \"0100\"\ntags: [News]\n\nx\n");
        s.build();
        Document howTo = html(s, "tags/how-to.html");
        assertEquals("Tagged \u201chow-to\u201d", howTo.select("h1").text(), "the spelling of the newest post");
        assertEquals(List.of("/blog/p2.html", "/blog/p1.html"), howTo.select(".tagged-pages a").eachAttr("href"));
        assertEquals(List.of("/blog/p1.html", "/x.html"), html(s, "tags/news.html").select(".tagged-pages a")
                .eachAttr("href"));
        assertEquals(List.of("/tags/how-to.html", "/tags/news.html"),
                html(s, "blog/p1.html").select("ul.tags a[rel=tag]").eachAttr("href"));
    }

    @Test
    void aLinkToATagPageOrFeedIsValid() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\nbase_url: https://example.org\n" + post(1, "[x]")
                + "-- content/pages/01-a/00-x.md --\ntitle: X\nsortorder: \"0100\"\n\n"
                + "[t](/tags/x.html) [f](/feed.xml) [a](/feeds/all.atom.xml) [s](/sitemap.xml) [r](/robots.txt)\n");
        var result = s.build(cairn.pipeline.BuildOptions.of(s.root(), s.output()).withStrictLinks(false));
        assertEquals(List.of(), TestSite.lines(result.warnings()), "none of the links is reported broken");
        for (String target : List.of("tags/x.html", "feed.xml", "feeds/all.atom.xml", "sitemap.xml", "robots.txt")) {
            assertTrue(Files.isRegularFile(s.output().resolve(target)), target + " is written");
        }
    }

    @Test
    void pagesWithEnoughHeadingsGetAnOnPageTableOfContentsUnlessTheyOptOut() throws Exception {
        String headings = "\n## One\n\n## Two\n\n### Two and a half\n\n## Three\n";
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\npage_toc:\n  min_headings: 4\n"
                + "-- content/pages/01-a/00-many.md --\ntitle: Many\nsortorder: \"0100\"\n" + headings
                + "-- content/pages/01-a/01-off.md --\ntitle: Off\nsortorder: \"0101\"\ntoc: false\n" + headings
                + "-- content/pages/01-a/02-few.md --\ntitle: Few\nsortorder: \"0102\"\n\n## Only\n"
                + "-- content/pages/01-a/03-asked.md --\ntitle: Asked\nsortorder: \"0103\"\ntoc: true\n\n## Only\n");
        s.build();
        assertEquals(List.of("#one", "#two", "#two-and-a-half", "#three"),
                html(s, "many.html").select("nav.page-toc a").eachAttr("href"));
        assertTrue(html(s, "off.html").select("nav.page-toc").isEmpty());
        assertTrue(html(s, "few.html").select("nav.page-toc").isEmpty());
        assertEquals(1, html(s, "asked.html").select("nav.page-toc a").size());
    }

    @Test
    void whatNextShowsDeclaredPagesWithTheirDescriptionElseTheNextPageAndTheStrongestOtherLink() throws Exception {
        TestSite s = TestSite.of(dir, ""
                + "-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: \"0100\"\nnext: [c, b]\n\nx\n"
                + "-- content/pages/01-a/01-b.md --\ntitle: B\nsortorder: \"0101\"\nmeta: About B.\n\nx\n"
                + "-- content/pages/01-a/02-c.md --\ntitle: C\nsortorder: \"0102\"\nmeta: About C.\n\nx\n");
        s.build();
        Document a = html(s, "a.html");
        assertEquals(List.of("/c.html", "/b.html"), a.select(".what-next-card a").eachAttr("href"));
        assertEquals("About C.", a.select(".what-next-card .what-next-meta").first().text());
        // b: the next page; its only other neighbour, a, is the pager's previous page
        assertEquals(List.of("/c.html"), html(s, "b.html").select(".what-next-card a").eachAttr("href"));
        assertEquals(List.of("/a.html"), html(s, "c.html").select(".what-next-card a").eachAttr("href"),
                "the last page: no next page, a neighbour the pager does not show");
        assertTrue(html(s, "b.html").select("aside.see-also").isEmpty(), "nothing left that is not shown already");
    }

    @Test
    void badReaderSettingsAreErrorsAtTheirKey() throws Exception {
        List<Diagnostic> errors = TestSite.of(dir, "-- cairn.yaml --\ntitle: T\nfeeds:\n  content: some\nblog:\n"
                + "  page_size: 0\n-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: \"0100\"\n\nx\n").buildErrors();
        assertEquals(List.of(
                "error: cairn.yaml:3:3: feeds.content must be \"full\" or \"summary\", not \"some\"",
                "error: cairn.yaml:5:3: blog.page_size must be a whole number >= 1, not \"0\""), TestSite.lines(errors));
    }
}
