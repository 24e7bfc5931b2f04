package cairn.markdown;

import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    @TempDir
    Path dir;

    private RenderedMarkdown render(String body, String basePath) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Path file = content.resolve("a.md");
        Files.writeString(file, "title: A\n\n" + body);
        Diagnostics d = new Diagnostics();
        PageSource page = ContentLoader.readOne(file, dir, content, d).orElseThrow();
        return new MarkdownRenderer(false, basePath).render(page);
    }

    private String html(String body) throws Exception {
        return render(body, "").html();
    }

    @Test
    void cutsThePlainTextAtEveryHeadingForSearchSnippets() throws Exception {
        RenderedMarkdown r = render("Intro *text*\nwraps.\n\n## First\n\nOne.\n\n- a\n- b\n\n"
                + "<div><h3>Raw</h3><p>Two</p></div>\n\n## Empty\n\n## Last\n\n```\ncode  here\n```\n", "");
        assertEquals(List.of("First", "Raw", "Empty", "Last"), r.headings().stream().map(Heading::text).toList());
        assertEquals(List.of("Intro text wraps.", "One. a b", "Two", "", "code here"), r.sections());
    }

    @Test
    void keepsEachExternalLinkWithItsSectionAndCommentForTheResourceIndex() throws Exception {
        RenderedMarkdown r = render("See [the spec](https://spec.test/) for details. Local [x](/x.html).\n\n"
                + "## Tools {#kit}\n\n* [Ruff](https://ruff.test/) - a fast linter.\n"
                + "* <a href=\"http://raw.test/\"><img src=\"/r.png\" alt=\"Raw logo\"></a>: raw HTML\n", "");
        assertEquals(List.of(
                new ExternalLink("https://spec.test/", "the spec", "See for details.", Optional.empty(),
                        Optional.empty(), false),
                new ExternalLink("https://ruff.test/", "Ruff", "a fast linter.", Optional.of("kit"),
                        Optional.of("Tools"), true),
                new ExternalLink("http://raw.test/", "Raw logo", "raw HTML", Optional.of("kit"),
                        Optional.of("Tools"), true)), r.externalLinks());
    }

    @Test
    void rendersGfmTables() throws Exception {
        org.jsoup.nodes.Document table = org.jsoup.Jsoup.parseBodyFragment(
                html("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |\n"));
        assertEquals(List.of("a", "b"), table.select("table > thead > tr > th").eachText());
        assertEquals(List.of("1", "2"), table.select("table > tbody > tr:eq(0) > td").eachText());
        assertEquals(2, table.select("table > tbody > tr:eq(1) > td").size(), "a short row gets its missing cells");
    }

    @Test
    void fencedCodeGetsLanguageClassAndLinksInsideAreNotLinks() throws Exception {
        RenderedMarkdown r = render("```python\n[x](/nope.html)\n```\n", "");
        assertTrue(r.html().contains("<code class=\"language-python\">"), r.html());
        assertEquals(List.of(), r.links());
    }

    @Test
    void rendersStrikethroughFootnotesDefinitionsAndHeadingAttributes() throws Exception {
        RenderedMarkdown r = render("~~old~~ text[^1]\n\n[^1]: A note.\n\nTerm\n: Definition\n\n## Custom {#mine .wide}\n", "");
        String h = r.html();
        assertTrue(r.ids().contains("mine"), r.ids().toString());
        assertTrue(h.contains("<h2 id=\"mine\" class=\"wide\">Custom<a"), h);
        assertTrue(h.contains("<del>old</del>"), h);
        assertTrue(h.contains("footnote"), h);
        assertTrue(h.contains("<dt>Term</dt>"), h);
    }

    @Test
    void passesRawHtmlThroughAndKeepsQuotesStraight() throws Exception {
        String h = html("<div class=\"well see-also\">See <a href=\"/x.html\">x</a></div>\n\nIt's \"quoted\".\n");
        assertTrue(h.contains("<div class=\"well see-also\">"), h);
        assertTrue(h.contains("It's \"quoted\"."), h);
    }

    @Test
    void templateSyntaxInMarkdownStaysLiteral() throws Exception {
        String h = html("Use {{ page.title }} and {% if x %}.\n");
        assertTrue(h.contains("{{ page.title }} and {% if x %}"), h);
    }

    @Test
    void headingIdsAreStableUniqueAndGetAnchorLinks() throws Exception {
        RenderedMarkdown r = render("## Front matter: keys\n\n## Front matter: keys\n\n<h3>Raw heading</h3>\n", "");
        assertEquals(List.of("front-matter-keys", "front-matter-keys-2", "raw-heading"),
                r.headings().stream().map(Heading::id).toList());
        assertEquals("Front matter: keys", r.headings().get(0).text());
        assertTrue(r.html().contains("<a class=\"anchor\" href=\"#front-matter-keys\""), r.html());
    }

    @Test
    void linksKeepTheirSourcePositions() throws Exception {
        RenderedMarkdown r = render("Go [there](/x.html).\n\n![pic](/img/p.png)\n", "");
        assertEquals("content/a.md:3:12", r.links().get(0).where().toString());
        assertEquals("content/a.md:5:8", r.links().get(1).where().toString());
        assertTrue(r.links().get(1).isImage());
    }

    @Test
    void prefixesSiteRelativeLinksWithTheBasePath() throws Exception {
        String h = render("[a](/x.html) [b](https://e.com/) [c](rel.html) ![i](/img/p.png)\n", "/guide").html();
        assertTrue(h.contains("href=\"/guide/x.html\""), h);
        assertTrue(h.contains("src=\"/guide/img/p.png\""), h);
        assertTrue(h.contains("href=\"https://e.com/\""), h);
        assertTrue(h.contains("href=\"rel.html\""), h);
    }

    @Test
    void bareUrlsWwwAddressesAndEmailAddressesBecomeLinksWithTheirPositions() throws Exception {
        RenderedMarkdown r = render("Plain words here.\n\nSee https://example.org/a and www.example.com/b or\n"
                + "mail me@example.net, but not `https://in.code/`.\n", "");
        assertTrue(r.html().contains("<a href=\"https://example.org/a\">https://example.org/a</a>"), r.html());
        assertTrue(r.html().contains("<a href=\"http://www.example.com/b\">www.example.com/b</a>"), r.html());
        assertTrue(r.html().contains("<a href=\"mailto:me@example.net\">me@example.net</a>"), r.html());
        assertEquals(List.of("https://example.org/a:5:5", "http://www.example.com/b:5:31", "mailto:me@example.net:6:6"),
                r.links().stream().map(l -> l.target() + ":" + l.where().line() + ":" + l.where().column()).toList());
    }

    @Test
    void onlyTextThatCouldHoldALinkIsScannedForOne() {
        assertTrue(BareUrlLinks.mayHoldLink("go to http://x"));
        assertTrue(BareUrlLinks.mayHoldLink("wWw.example.com"));
        assertTrue(BareUrlLinks.mayHoldLink("a@b.c"));
        assertTrue(BareUrlLinks.mayHoldLink("http&#58;//x")); // an entity may decode to ':'
        assertTrue(!BareUrlLinks.mayHoldLink("plain prose, with www and example.com."));
    }
}
