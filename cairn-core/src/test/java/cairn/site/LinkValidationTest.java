package cairn.site;

import cairn.Diagnostic;
import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkValidationTest {

    @TempDir
    Path dir;

    private TestSite site(String body) throws Exception {
        return TestSite.of(dir, "")
                .write("content/pages/01-data/00-sqlalchemy.md", "title: SQLAlchemy\nsortorder: 0100\n\n## Engines\n")
                .write("content/pages/01-data/01-oracle.md", "title: Oracle\nslug: Oracle\nsortorder: 0101\n\nx\n")
                .write("static/img/logo.png", "png")
                .write("content/pages/01-data/02-page.md", body);
    }

    @Test
    void reportsBrokenMarkdownLinkAtItsLineAndColumnWithSuggestion() throws Exception {
        List<Diagnostic> errors = site("---\ntitle: Page\nsortorder: \"0102\"\n---\n\nIntro [bad](/sqlachemy.html) text.\n")
                .buildErrors();
        assertEquals(List.of("error: content/pages/01-data/02-page.md:6:13: broken link \"/sqlachemy.html\""
                + " (did you mean \"/sqlalchemy.html\"?)"), TestSite.lines(errors));
        assertEquals("broken-link", errors.get(0).code());
        assertEquals("/sqlalchemy.html", errors.get(0).suggestion());
    }

    @Test
    void reportsRawHtmlLinksAfterMetaFrontMatterAtTheirPosition() throws Exception {
        List<Diagnostic> errors = site("title: Page\nsortorder: 0102\n\nText\n\n<div class=\"box\">\n"
                + "  <a href=\"/nope.html\">x</a> <img src=\"/img/lgo.png\" alt=\"l\">\n</div>\n").buildErrors();
        assertEquals(List.of(
                "error: content/pages/01-data/02-page.md:7:12: broken link \"/nope.html\"",
                "error: content/pages/01-data/02-page.md:7:40: broken image \"/img/lgo.png\" (did you mean \"/img/logo.png\"?)"),
                TestSite.lines(errors));
    }

    @Test
    void suggestsCaseInsensitiveMatchFirst() throws Exception {
        List<Diagnostic> errors = site("title: Page\nsortorder: 0102\n\n[o](/oracle.html)\n").buildErrors();
        assertEquals("/Oracle.html", errors.get(0).suggestion());
    }

    @Test
    void checksAnchorsAgainstHeadingIdsOfTheTargetPage() throws Exception {
        List<Diagnostic> errors = site("title: Page\nsortorder: 0102\n\n[ok](/sqlalchemy.html#engines) "
                + "[bad](/sqlalchemy.html#engine) [self](#nowhere)\n\n## Here\n[self ok](#here)\n").buildErrors();
        assertEquals(List.of("broken-anchor", "broken-anchor"), errors.stream().map(Diagnostic::code).toList());
        assertTrue(errors.get(0).message().contains("\"#engine\""), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("\"#nowhere\""), errors.get(1).message());
    }

    @Test
    void acceptsRelativeLinksGeneratedPagesStaticFilesAndExternalUrls() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\n\n[a](sqlalchemy.html) [b](./Oracle.html) [toc](/table-of-contents.html) "
                + "[blog](/blog.html) [home](/) ![logo](/img/logo.png) [ext](https://example.com/x) "
                + "[mail](mailto:a@example.com) [q](/sqlalchemy.html?x=1#engines)\n\n"
                + "```\n[not a link](/missing-in-code.html)\n```\n");
        var result = s.build(cairn.pipeline.BuildOptions.of(s.root(), s.output()).withStrictLinks(false));
        assertEquals(List.of(), TestSite.lines(result.warnings()), "no link of the page is reported");
        String page = s.read("page.html");
        assertTrue(page.contains("href=\"./Oracle.html\"") && page.contains("src=\"/img/logo.png\""), page);
    }

    @Test
    void reportsEveryBrokenLinkOfTheBuildTogether() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\n\n[a](/x.html)\n\n[b](/y.html)\n")
                .write("content/pages/01-data/03-other.md", "title: Other\nsortorder: 0103\n\n[c](/z.html)\n");
        assertEquals(3, s.buildErrors().size());
    }

    @Test
    void brokenLinksAreWarningsWhenLinksAreNotStrict() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\n\n[a](/x.html)\n");
        var result = s.build(cairn.pipeline.BuildOptions.of(s.root(), s.output()).withStrictLinks(false));
        assertEquals(List.of("warning: content/pages/01-data/02-page.md:4:5: broken link \"/x.html\""),
                TestSite.lines(result.warnings()));
    }

    @Test
    void reportsUnknownSeeAlsoSlugAtItsKey() throws Exception {
        List<Diagnostic> errors = site("title: Page\nsortorder: 0102\nsee_also: sqlalchemi\n\nx\n").buildErrors();
        assertEquals(List.of("error: content/pages/01-data/02-page.md:3:1: see_also names unknown page "
                + "\"sqlalchemi\" (did you mean \"sqlalchemy\"?)"), TestSite.lines(errors));
    }
}
