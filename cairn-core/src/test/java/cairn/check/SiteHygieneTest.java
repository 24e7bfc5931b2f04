package cairn.check;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteHygieneTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, "")
                .write("content/pages/01-data/00-data.md", "title: Data\nsortorder: 0100\nmeta: m\n\n[p](/page.html)\n")
                .write("static/img/logo.png", "png");
    }

    private static String page(String body) {
        return "title: Page\nsortorder: 0101\nmeta: m\n\n" + body;
    }

    @Test
    void warnsAboutAPageNoOneLinksToThatIsInNoChapter() throws Exception {
        // the lost page links out, so the target's backlinks box links back to it: that does not count
        TestSite s = site().write("content/pages/01-data/01-page.md", page("x\n"))
                .write("content/pages/lost.md", "title: Lost\nmeta: m\n\n[p](/page.html)\n")
                .write("content/pages/found.md", "title: Found\nmeta: m\n\nx\n")
                .write("content/pages/01-data/02-linker.md", "title: Linker\nsortorder: 0102\nmeta: m\n\n[f](/found.html)\n");
        assertEquals(List.of("warning: content/pages/lost.md:1:1: orphan page /lost.html: no page links to it and it is"
                + " in no chapter, so readers cannot find it"), Checks.lines(Checks.check(s), "orphan-page"));
    }

    @Test
    void warnsAboutDuplicateSortorderWithinAChapter() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page("x\n"))
                .write("content/pages/01-data/02-twin.md", "title: Twin\nsortorder: 0101\nmeta: m\n\nx\n")
                .write("content/pages/02-other/01-same.md", "title: Same\nsortorder: 0101\nmeta: m\n\nx\n");
        assertEquals(List.of("warning: content/pages/01-data/02-twin.md:2:1: sortorder \"0101\" is also used by"
                + " content/pages/01-data/01-page.md in chapter 01; their order then depends on the titles"),
                Checks.lines(Checks.check(s), "duplicate-sortorder"));
    }

    @Test
    void warnsAboutSlugsThatDifferOnlyInCase() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page("x\n"))
                .write("content/pages/01-data/02-upper.md", "title: Upper\nslug: Page\nsortorder: 0102\nmeta: m\n\nx\n");
        assertEquals(1, Checks.lines(Checks.check(s), "slug-case").size());
    }

    @Test
    void warnsAboutHttpLinksToHostsTheSiteReachesOverHttps() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page(
                "[a](https://example.com/a) [b](http://example.com/b) [c](http://plain.example.net/)\n"));
        CheckReport report = Checks.check(s);
        assertEquals(List.of("warning: content/pages/01-data/01-page.md:5:32: insecure link \"http://example.com/b\": the"
                + " site links to example.com over https elsewhere (use \"https://example.com/b\")"),
                Checks.lines(report, "insecure-link"));
        assertEquals("https://example.com/b", report.problems().get(0).suggestion());
    }

    @Test
    void warnsAboutMalformedMailtoAndTelLinks() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page(
                "[ok](mailto:a@example.com) [bad](mailto:someone) [ok](mailto:a@example.com,b@example.org?subject=Hi)\n"
                        + "[ok](tel:+1-555-0100) [bad](tel:555-CALL-NOW) <a href=\"tel:(555) 0100\">ok</a>\n"));
        assertEquals(List.of(
                "warning: content/pages/01-data/01-page.md:5:34: malformed mailto link \"mailto:someone\": expected"
                        + " mailto:name@example.com",
                "warning: content/pages/01-data/01-page.md:6:29: malformed tel link \"tel:555-CALL-NOW\": expected"
                        + " digits, optionally starting with + and separated by - . ( ) (tel:+1-555-0100)"),
                Checks.lines(Checks.check(s), "mailto-syntax", "tel-syntax"));
    }

    @Test
    void warnsAboutEmptyAndHashOnlyLinks() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page("[e]() and <a href=\"#\">top</a>\n"));
        assertEquals(List.of(
                "warning: content/pages/01-data/01-page.md:5:5: empty link: it leads nowhere",
                "warning: content/pages/01-data/01-page.md:5:20: empty link \"#\": it leads nowhere"),
                Checks.lines(Checks.check(s), "empty-link"));
    }

    @Test
    void warnsAboutPagesWithoutMetaDescriptionAtTheirFrontMatter() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", "---\ntitle: Page\nsortorder: \"0101\"\n---\n\nx\n");
        assertEquals(List.of("warning: content/pages/01-data/01-page.md:1:1: page /page.html has no meta description"
                + " (add \"meta:\" to its front matter; search engines and the see-also boxes show it)"),
                Checks.lines(Checks.check(s), "missing-meta"));
    }

    @Test
    void warnsAboutImagesWithoutAltTextButNotDecorativeOnes() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", page(
                "![](/img/logo.png) ![Logo](/img/logo.png)\n\n<img src=\"/img/logo.png\">\n\n"
                        + "<img src=\"/img/logo.png\" alt=\"\">\n"));
        assertEquals(List.of(
                "warning: content/pages/01-data/01-page.md:5:5: image \"/img/logo.png\" has no alt text (describe it"
                        + " for readers who cannot see it)",
                "warning: content/pages/01-data/01-page.md:7:11: image \"/img/logo.png\" has no alt text (describe it"
                        + " for readers who cannot see it)"),
                Checks.lines(Checks.check(s), "missing-alt"));
    }

    @Test
    void hygieneProblemsAreWarningsAndDoNotFailTheCheck() throws Exception {
        TestSite s = site().write("content/pages/01-data/01-page.md", "title: Page\nsortorder: 0101\n\n![](/img/logo.png)"
                + " [e]() [m](mailto:x) [w](www.example.com)\n");
        CheckReport report = Checks.check(s);
        assertEquals(0, report.errors());
        assertEquals(List.of("empty-link", "mailto-syntax", "missing-alt", "missing-meta", "missing-scheme"),
                report.problems().stream().map(cairn.Diagnostic::code).sorted().toList());
    }
}
