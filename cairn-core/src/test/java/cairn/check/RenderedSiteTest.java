package cairn.check;

import cairn.TestSite;
import cairn.markdown.RenderedMarkdown;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import cairn.site.Page;
import cairn.site.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link RenderedSite} parses only what the template puts around a page's body and takes the
 * body's ids from the Markdown stage's record: the record must hold exactly the ids of its
 * HTML, and the template's links must be found whatever the body holds.
 */
class RenderedSiteTest {

    @TempDir
    Path dir;

    @Test
    void theMarkdownStageRecordsExactlyTheIdsOfEachBodyOfTheSampleGuide() {
        assertRecordedIdsAreTheParsedOnes(Path.of("."));
    }

    @Test
    void theMarkdownStageRecordsExactlyTheIdsOfEachBodyOfTheFullStackPythonSample() {
        Path corpus = Path.of("..", "shared", "corpus", "fsp-sample");
        assumeTrue(Files.isDirectory(corpus.resolve("content")), "skipped: no Full Stack Python corpus at " + corpus);
        assertRecordedIdsAreTheParsedOnes(corpus);
    }

    private void assertRecordedIdsAreTheParsedOnes(Path root) {
        Site site;
        try (Pipeline pipeline = new Pipeline()) {
            site = pipeline.load(BuildOptions.of(root, dir.resolve("unused")).withStrictLinks(false)).site();
        }
        assertTrue(site.pages().size() > 10, "pages: " + site.pages().size());
        for (Page page : site.pages()) {
            RenderedMarkdown body = page.body();
            assertEquals(RenderedSite.ids(Jsoup.parseBodyFragment(body.html()).body()), body.ids(), page.url());
        }
    }

    @Test
    void reportsATemplateLinkThatAPageBodyAlsoWritesBothInTheTemplatesAndAtItsLine() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[about](/about.html) [id](#a-heading)\n\n"
                + "## A heading\n")
                .write("templates/page.peb", "<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>"
                        + "<nav id=\"site-nav\"><a href=\"/about.html\">About</a> <a href=\"#site-nav\">nav</a></nav>"
                        + "<main>{{ page.content | raw }}</main></body></html>\n");
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:9: broken link \"/about.html\"",
                "error: templates: broken link \"/about.html\" in the templates' output, on 3 pages (first: /Oracle.html)"),
                Checks.lines(Checks.check(s)));
    }

    @Test
    void checksABodyThatTheTemplatePrintsTwiceAsAWholePage() throws Exception {
        // the second copy's links are the template's: they are reported as such, as when the whole page was parsed
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[nope](/nope.html)\n")
                .write("templates/page.peb", "<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>"
                        + "<main>{{ page.content | raw }}</main><aside>{{ page.content | raw }}</aside></body></html>\n");
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:8: broken link \"/nope.html\"",
                "error: templates: broken link \"/nope.html\" in the templates' output, on 1 page (first: /page.html)"),
                Checks.lines(Checks.check(s), "broken-link"));
    }

    @Test
    void findsAnchorsInTheBodyAndInTheTemplateOfTheTargetPage() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[a](/sqlalchemy.html#engines) "
                + "[b](/sqlalchemy.html#cairn_content) [c](/sqlalchemy.html#nowhere)\n");
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:71: broken anchor \"#nowhere\": no heading or"
                + " element with that id on /sqlalchemy.html"), Checks.lines(Checks.check(s)));
    }

    @Test
    void checksAllResourcesWithTheDefaultTemplateAsWithTheSameTemplateCopiedIntoTheSite() throws Exception {
        // "All resources" links the chapterless page (so it is no orphan); its entries are skipped in both
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[bad](/nope.html)\n")
                .write("content/pages/extra.md", "title: Extra\nmeta: m\n\n## Reading\n\n"
                        + "- [Docs](https://example.org/docs) the manual\n- [here](http://example.org/x)\n");
        List<String> packaged = Checks.lines(Checks.check(s));
        s.write("templates/resources.peb", Files.readString(Path.of("templates", "resources.peb")));
        assertEquals(packaged, Checks.lines(Checks.check(s)));
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:7: broken link \"/nope.html\"",
                "warning: content/pages/extra.md:7:10: insecure link \"http://example.org/x\": the site links to"
                        + " example.org over https elsewhere (use \"https://example.org/x\")",
                "warning: content/pages/extra.md:7:10: resource \"http://example.org/x\" has no comment: say in a few"
                        + " words what the reader finds there and why it is worth their time",
                "warning: content/pages/extra.md:7:10: link text \"here\" says nothing about \"http://example.org/x\":"
                        + " name what the reader will find there"), packaged);
    }

    @Test
    void checksTheEntriesOfASiteOwnResourcesTemplate() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n- [Docs](https://example.org/docs) the manual\n")
                .write("templates/resources.peb", "<!DOCTYPE html><html><head><title>All</title></head><body>"
                        + "{% for ch in resources.chapters %}{% for sec in ch.sections %}{% for r in sec.resources %}"
                        + "<a href=\"{{ r.url }}\">{{ r.text }}</a> <a href=\"/about.html\">about</a>"
                        + "{% endfor %}{% endfor %}{% endfor %}</body></html>\n");
        assertEquals(List.of("error: templates: broken link \"/about.html\" in the templates' output, on 1 page"
                + " (first: /resources.html)"), Checks.lines(Checks.check(s), "broken-link"));
    }

    @Test
    void knowsTheFeedsSitemapAndResourceIndexByUrlThoughCheckDoesNotMakeThem() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[a](/feed.xml) [b](/feeds/all.atom.xml)"
                + " [c](/sitemap.xml) [d](/robots.txt) [e](/resources.json) [f](/nope.xml)\n\n"
                + "- [Docs](https://example.org/docs) the manual\n")
                .write("content/posts/2024-01-02-news.md", "title: News\ndate: 2024-01-02\nmeta: m\n\nNews.\n")
                .write("cairn.yaml", "base_url: https://guide.example.org/\n");
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:101: broken link \"/nope.xml\""),
                Checks.lines(Checks.check(s), "broken-link"));
    }

    private TestSite site(String page) throws Exception {
        return TestSite.of(dir, "")
                .write("content/pages/01-data/00-sqlalchemy.md", "title: SQLAlchemy\nsortorder: 0100\nmeta: m\n\n"
                        + "## Engines\n")
                .write("content/pages/01-data/01-oracle.md", "title: Oracle\nslug: Oracle\nsortorder: 0101\nmeta: m\n\nx\n")
                .write("content/pages/01-data/02-page.md", page);
    }
}
