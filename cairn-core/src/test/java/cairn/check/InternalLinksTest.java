package cairn.check;

import cairn.Diagnostic;
import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalLinksTest {

    @TempDir
    Path dir;

    private TestSite site(String page) throws Exception {
        return TestSite.of(dir, "")
                .write("content/pages/01-data/00-sqlalchemy.md", "title: SQLAlchemy\nsortorder: 0100\nmeta: m\n\n## Engines\n")
                .write("content/pages/01-data/01-oracle.md", "title: Oracle\nslug: Oracle\nsortorder: 0101\nmeta: m\n\nx\n")
                .write("static/img/logo.png", "png")
                .write("content/pages/01-data/02-page.md", page);
    }

    @Test
    void reportsBrokenLinksAtTheirSourcePositionAfterYamlFrontMatter() throws Exception {
        CheckReport report = Checks.check(site("---\ntitle: Page\nsortorder: \"0102\"\nmeta: m\n---\n\n"
                + "Intro [bad](/sqlachemy.html) text.\n"));
        assertEquals(List.of("error: content/pages/01-data/02-page.md:7:13: broken link \"/sqlachemy.html\""
                + " (did you mean \"/sqlalchemy.html\"?)"), Checks.lines(report));
        Diagnostic d = report.problems().get(0);
        assertEquals("broken-link", d.code());
        assertEquals("/sqlachemy.html", d.target());
        assertEquals("/sqlalchemy.html", d.suggestion());
    }

    @Test
    void reportsRawHtmlLinksAndImagesAfterMetaFrontMatterAtTheirPosition() throws Exception {
        CheckReport report = Checks.check(site("title: Page\nsortorder: 0102\nmeta: m\n\nText\n\n<div class=\"box\">\n"
                + "  <a href=\"/nope.html\">x</a> <img src=\"/img/lgo.png\" alt=\"l\">\n</div>\n"));
        assertEquals(List.of(
                "error: content/pages/01-data/02-page.md:8:12: broken link \"/nope.html\"",
                "error: content/pages/01-data/02-page.md:8:40: broken image \"/img/lgo.png\" (did you mean \"/img/logo.png\"?)"),
                Checks.lines(report));
        assertEquals("broken-image", report.problems().get(1).code());
    }

    @Test
    void suggestsTheCaseInsensitiveMatchFirst() throws Exception {
        CheckReport report = Checks.check(site("title: Page\nsortorder: 0102\nmeta: m\n\n[o](/oracle.html)\n"));
        assertEquals("/Oracle.html", report.problems().get(0).suggestion());
    }

    @Test
    void checksAnchorsAgainstTheRenderedTargetPageWithSuggestion() throws Exception {
        CheckReport report = Checks.check(site("title: Page\nsortorder: 0102\nmeta: m\n\n"
                + "[ok](/sqlalchemy.html#engines) [bad](/sqlalchemy.html#engine) [theme](#cairn_content) [no](#nowhere)\n"));
        assertEquals(List.of(
                "error: content/pages/01-data/02-page.md:5:38: broken anchor \"#engine\": no heading or element with that id on"
                        + " /sqlalchemy.html (did you mean \"/sqlalchemy.html#engines\"?)",
                "error: content/pages/01-data/02-page.md:5:92: broken anchor \"#nowhere\": no heading or element with that id on"
                        + " /page.html"), Checks.lines(report));
    }

    @Test
    void acceptsGeneratedPagesStaticFilesRelativeLinksAndIgnoresCode() throws Exception {
        CheckReport report = Checks.check(site("title: Page\nsortorder: 0102\nmeta: m\n\n"
                + "[toc](/table-of-contents.html) [blog](/blog.html) [home](/) [i](/index.html) [nf](/404.html)\n"
                + "![logo](/img/logo.png) [css](/theme/cairn.css) [rel](sqlalchemy.html) [up](../Oracle.html)\n"
                + "[q](/sqlalchemy.html?x=1#engines) [ext](https://example.com/x) [mail](mailto:a@example.com)\n\n"
                + "```\n[not a link](/missing-in-code.html)\n```\n\nAnd `<a href=\"/missing-inline.html\">` too.\n"));
        assertEquals(List.of(), Checks.lines(report));
        assertEquals(12, report.links());
        assertEquals(1, report.external());
    }

    @Test
    void checksLinksToTheSiteOwnBaseUrlAgainstTheBuild() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[ok](https://guide.example.org/sub/sqlalchemy.html) "
                + "[bad](https://guide.example.org/sub/nope.html)\n")
                .write("cairn.yaml", "base_url: https://guide.example.org/sub/\n");
        CheckReport report = Checks.check(s);
        assertEquals(List.of("error: content/pages/01-data/02-page.md:5:59: broken link"
                + " \"https://guide.example.org/sub/nope.html\""), Checks.lines(report));
        assertEquals(0, report.external(), "links to the site itself are not external");
    }

    @Test
    void reportsABrokenLinkInTheTemplatesOnceForAllPages() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\ntext\n")
                .write("templates/page.peb", "<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>"
                        + "<nav><a href=\"{{ site.tocUrl }}\">Contents</a> <a href=\"/about.html\">About</a></nav>"
                        + "<main>{{ page.content | raw }}</main></body></html>\n");
        CheckReport report = Checks.check(s);
        assertEquals(List.of("error: templates: broken link \"/about.html\" in the templates' output, on 3 pages"
                + " (first: /Oracle.html)"), Checks.lines(report, "broken-link"));
    }

    @Test
    void reportsLinksWithoutSchemeAsSuchNotAsBrokenLinks() throws Exception {
        CheckReport report = Checks.check(site("title: Page\nsortorder: 0102\nmeta: m\n\n[t](www.example.com/x)\n"));
        assertEquals(List.of("warning: content/pages/01-data/02-page.md:5:5: link \"www.example.com/x\" has no scheme,"
                + " so it points at /www.example.com/x on this site (did you mean \"https://www.example.com/x\"?)"),
                Checks.lines(report));
        assertEquals("https://www.example.com/x", report.problems().get(0).suggestion());
    }

    @Test
    void reportsBrokenLinksAsErrorsEvenWhenTheBuildOnlyWarnsAboutThem() throws Exception {
        TestSite s = site("title: Page\nsortorder: 0102\nmeta: m\n\n[a](/x.html) [b](/y.html)\n")
                .write("cairn.yaml", "links:\n  internal: warn\n");
        CheckReport report = Checks.check(s);
        assertEquals(2, report.errors());
        assertTrue(report.problems().stream().allMatch(d -> d.code().equals("broken-link")));
    }
}
