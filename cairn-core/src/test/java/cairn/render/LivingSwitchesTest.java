package cairn.render;

import cairn.GitRepo;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How readers find the living guide's pages (the default theme links them from every page),
 * the blog feed dated by the history, and the settings that turn each part off.
 */
class LivingSwitchesTest {

    @TempDir
    Path dir;

    private Path build(String config) throws Exception {
        GitRepo repo = GitRepo.init(dir.resolve("g"))
                .write("cairn.yaml", "title: G\nbase_url: https://g.example.org\n" + config)
                .write("content/pages/01-a/01-one.md", "title: One\nmeta: m\n\n* [Docs](https://docs.example/) the docs.\n")
                .write("content/posts/2024-01-12-hello.md", "title: Hello\ndate: 2024-01-12\nmeta: m\n\nHi.\n")
                .commit("2024-01-10T12:00:00+00:00", "start")
                .write("content/posts/2024-01-12-hello.md", "title: Hello\ndate: 2024-01-12\nmeta: m\n\nHi again.\n")
                .commit("2024-04-01T12:00:00+00:00", "edit the post");
        Path out = repo.dir().resolve("public");
        try (Pipeline p = new Pipeline(1)) {
            p.build(BuildOptions.of(repo.dir(), out));
        }
        return out;
    }

    private static Document html(Path out, String page) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(page)));
    }

    @Test
    void everyPageLinksRecentlyUpdatedAllResourcesAndTheUpdatesFeed() throws Exception {
        Path out = build("");
        for (String page : List.of("index.html", "one.html", "blog/hello.html", "updates.html", "resources.html")) {
            Document d = html(out, page);
            assertEquals(List.of("/updates.html", "/resources.html"), d.select(".footer-nav a[href=/updates.html],"
                    + " .footer-nav a[href=/resources.html]").eachAttr("href"), page);
            assertEquals(List.of("/feeds/updates.atom.xml"), d.select(
                    "head link[rel=alternate][href$=updates.atom.xml]").eachAttr("href"), page);
        }
    }

    @Test
    void theBlogFeedsUpdatedIsThePostsLastCommit() throws Exception {
        String atom = Files.readString(build("").resolve("feeds/all.atom.xml"));
        assertTrue(atom.contains("<published>2024-01-12T00:00:00Z</published>\n    <updated>2024-04-01T00:00:00Z</updated>")
                || atom.contains("<updated>2024-04-01T00:00:00Z</updated>\n    <published>2024-01-12T00:00:00Z</published>"),
                atom);
    }

    @Test
    void eachPartOfTheLivingGuideCanBeTurnedOff() throws Exception {
        Path out = build("dates:\n  git: false\nupdates:\n  page: false\nresources:\n  json: false\n  page: false\n");
        for (String file : List.of("updates.html", "feeds/updates.atom.xml", "resources.html", "resources.json")) {
            assertFalse(Files.exists(out.resolve(file)), file);
        }
        Document one = html(out, "one.html");
        assertNull(one.selectFirst(".page-updated"), "no date from the history with dates.git: false");
        assertTrue(one.select("a[href=/updates.html], a[href=/resources.html], link[href$=updates.atom.xml]").isEmpty(),
                "no link to pages that are not written");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("<loc>https://g.example.org/one.html</loc>\n    <lastmod>"), sitemap);
        assertTrue(Files.readString(out.resolve("feeds/all.atom.xml")).contains("<updated>2024-01-12T00:00:00Z</updated>"),
                "the post's own date, not its last commit");
    }
}
