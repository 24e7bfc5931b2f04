package cairn;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.BuildResult;
import cairn.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample guide shipped in this repository builds cleanly and is fully cross-linked. */
class SampleSiteTest {

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        result = new Pipeline().build(BuildOptions.of(Path.of("."), out.resolve("site")));
    }

    private static Document page(String url) throws IOException {
        return Jsoup.parse(out.resolve("site").resolve(url).toFile(), "UTF-8");
    }

    private static List<Path> topicPages() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("content", "pages"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
    }

    @Test
    void buildsWithoutErrorsOrWarningsAndHasEnoughContent() throws IOException {
        assertEquals(List.of(), TestSite.lines(result.warnings()));
        assertTrue(result.pages() >= 20, "pages: " + result.pages());
        assertTrue(result.posts() >= 3, "posts: " + result.posts());
        assertTrue(topicPages().size() >= 20);
    }

    @Test
    void passesItsOwnCheckWithoutAWarning() {
        // cairn's manual is the first site a new user checks: hygiene and curation warnings included
        TestSite.Run run = TestSite.run("check", "--fail-on", "warning", "-s", ".");
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void tableOfContentsLinksEveryTopicPageAndPost() throws IOException {
        Document toc = page("table-of-contents.html");
        List<String> hrefs = toc.select("main a[href]").eachAttr("href");
        for (String url : generatedTopicUrls()) {
            assertTrue(hrefs.contains(url), "TOC lacks " + url);
        }
        assertTrue(hrefs.stream().anyMatch(h -> h.startsWith("/blog/")), "TOC lists posts");
    }

    @Test
    void everyTopicPageHasSidebarBreadcrumbsAndSeeAlso() throws IOException {
        for (String url : generatedTopicUrls()) {
            Document doc = page(url.substring(1));
            assertFalse(doc.select("nav[aria-label=Chapters] a[aria-current=page]").isEmpty(), url + " sidebar");
            assertFalse(doc.select("nav[aria-label=Breadcrumb] a, nav[aria-label=Breadcrumbs] a").isEmpty(),
                    url + " breadcrumbs");
            assertFalse(doc.select("aside.see-also a[href]").isEmpty(), url + " see-also");
        }
    }

    @Test
    void homePageAndBlogIndexExist() throws IOException {
        assertFalse(page("index.html").select("a[href]").isEmpty());
        assertFalse(page("blog.html").select("a[href^=/blog/]").isEmpty());
        assertTrue(Files.exists(out.resolve("site/theme/cairn.css")));
    }

    private static List<String> generatedTopicUrls() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("site"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html") && !List.of("index.html", "404.html", "blog.html",
                            "table-of-contents.html", "search.html", "updates.html", "resources.html").contains(n))
                    .filter(n -> !isRedirect(out.resolve("site").resolve(n)))
                    .map(n -> "/" + n).sorted().toList();
        }
    }

    private static boolean isRedirect(Path html) {
        try {
            return Files.readString(html).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
