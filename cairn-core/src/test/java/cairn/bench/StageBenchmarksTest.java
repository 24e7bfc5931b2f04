package cairn.bench;

import cairn.content.FrontMatterBench;
import cairn.content.PageSource;
import cairn.markdown.RenderedMarkdown;
import cairn.site.Page;
import cairn.site.Site;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the JMH harness from rotting without running JMH: each benchmark's setup and
 * benchmark methods are plain methods, called once here on a small guide, and what they
 * return must be the real work (all pages read, a page rendered, the whole site assembled).
 */
class StageBenchmarksTest {

    private static final int PAGES = 50;

    @Test
    void eachBenchmarkRunsOnceOnItsInput() throws Exception {
        List<SyntheticGuide.PageText> guide = SyntheticGuide.of(PAGES).pages();

        FrontMatterBench frontMatter = new FrontMatterBench();
        frontMatter.pages = PAGES;
        frontMatter.setUp();
        try {
            List<PageSource> read = frontMatter.readFrontMatter();
            assertEquals(guide.stream().map(SyntheticGuide.PageText::title).toList(),
                    read.stream().map(PageSource::title).toList());
            assertEquals(guide.stream().map(SyntheticGuide.PageText::slug).sorted().toList(),
                    frontMatter.loadContent().stream().map(PageSource::slug).sorted().toList());
        } finally {
            frontMatter.tearDown();
        }

        MarkdownBench markdown = new MarkdownBench();
        markdown.setUp();
        RenderedMarkdown first = markdown.renderPage();
        RenderedMarkdown second = markdown.renderPage();
        assertTrue(first.html().contains("<div class=\"well see-also\">"), first.html());
        assertTrue(first.html().contains("<h2 id="), first.html());
        assertTrue(first.links().size() >= 13, "intro, see-also, 2+ internal and 10+ external links: " + first.links());
        assertNotEquals(first.html(), second.html(), "each call renders the next page");

        AssembleBench assemble = new AssembleBench();
        assemble.pages = PAGES;
        assemble.setUp();
        Site site = assemble.assemble();
        assertEquals(PAGES, site.pages().size());
        assertEquals(PAGES, site.readingOrder().size());
        assertEquals(8, site.chapters().size());
        for (Page page : site.pages()) {
            assertTrue(!site.seeAlso(page.id()).isEmpty(), page.url() + " has a see-also box");
        }
        Site again = assemble.assembleAgain();
        assertEquals(PAGES, again.pages().size());
        for (Page page : site.pages()) {
            assertEquals(site.seeAlso(page.id()), again.seeAlso(page.id()), page.url() + ": the same see-also box");
        }

        TemplateBench template = new TemplateBench();
        template.pages = PAGES;
        template.setUp();
        Page page = template.page();
        Map<String, Object> model = template.pageModel();
        assertEquals(page.title(), ((Map<?, ?>) model.get("page")).get("title"));
        String html = template.renderPage();
        assertTrue(html.contains("<h1>" + page.title() + "</h1>"), html);
        assertTrue(html.contains(page.body().html()), "the page's Markdown body is in its HTML");
        assertTrue(html.contains("class=\"see-also\""), html);

        cairn.render.cards.CardBench cards = new cairn.render.cards.CardBench();
        cards.setUp();
        byte[] card = cards.drawCard();
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(card[0], card[1], card[2], card[3]), "a PNG");
        assertFalse(java.util.Arrays.equals(card, cards.drawCard()), "each call draws the next page's card");
        byte[] rows = cards.rasterCard();
        assertEquals(630 * 1201, rows.length, "a card's rows: a filter byte and 1200 pixels each");
    }

    @Test
    void jmhListedEveryBenchmarkWhenTheTestsCompiled() throws IOException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "no META-INF/BenchmarkList: JMH's annotation processor did not run in test-compile");
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // each line: JMH S <len> <class> S <len> <generated class> S <len> <method> …
        Set<String> listed = list.lines().filter(l -> l.startsWith("JMH "))
                .map(l -> l.split(" ")).map(t -> t[3] + "." + t[9]).collect(Collectors.toSet());
        assertEquals(Set.of("cairn.content.FrontMatterBench.readFrontMatter", "cairn.content.FrontMatterBench.loadContent",
                "cairn.bench.MarkdownBench.renderPage", "cairn.bench.AssembleBench.assemble",
                "cairn.bench.AssembleBench.assembleAgain",
                "cairn.bench.TemplateBench.pageModel", "cairn.bench.TemplateBench.renderPage",
                "cairn.render.cards.CardBench.drawCard", "cairn.render.cards.CardBench.rasterCard"), listed,
                "every benchmark is also called in eachBenchmarkRunsOnceOnItsInput");
    }
}
