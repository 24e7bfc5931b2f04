package cairn.site;

import cairn.Diagnostic;
import cairn.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Aliases in front matter and redirects in cairn.yaml: redirect pages, _redirects, link warnings, clashes. */
class RedirectsTest {

    @TempDir
    Path dir;

    private TestSite site(String config, String newPage) throws Exception {
        return TestSite.of(dir, "-- cairn.yaml --\n" + config + "\n"
                + "-- content/pages/01-a/00-old.md --\ntitle: Intro\nslug: intro\nsortorder: \"0100\"\n\nx\n"
                + "-- content/pages/01-a/01-new.md --\n" + newPage);
    }

    @Test
    void anAliasWritesARedirectPageAndARuleForHostsThatReadRedirectsFiles() throws Exception {
        TestSite s = site("base_url: https://example.org/docs\nredirects:\n  /start.html: intro\n",
                "---\ntitle: New & \"Improved\"\nsortorder: \"0101\"\naliases: [/old-name.html, /older/]\n---\n\nx\n");
        s.build();
        Document page = Jsoup.parse(s.read("old-name.html"));
        assertEquals("0; url=/docs/new.html", page.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/docs/new.html", page.select("link[rel=canonical]").attr("href"));
        assertEquals("New & \"Improved\"", page.select("a[href=/docs/new.html]").text());
        assertEquals("noindex", page.select("meta[name=robots]").attr("content"));
        assertEquals(0, page.select("script").size(), "no JavaScript needed");
        assertEquals("/docs/new.html", Jsoup.parse(s.read("older/index.html")).select("main a").attr("href"));
        assertEquals("""
                # Written by cairn: aliases and redirects (see cairn.yaml)
                /docs/old-name.html /docs/new.html 301
                /docs/older/ /docs/new.html 301
                /docs/start.html /docs/intro.html 301
                """, s.read("_redirects"));
    }

    @Test
    void aLinkToAnAliasIsValidButWarnsToUpdateIt() throws Exception {
        TestSite s = site("", "---\ntitle: New\nsortorder: \"0101\"\naliases: [/old-name.html]\n---\n\n"
                + "Self [link](/old-name.html#x).\n\n## X\n");
        List<Diagnostic> warnings = s.build().warnings();
        assertEquals(List.of("warning: content/pages/01-a/01-new.md:7:13: \"/old-name.html#x\" links through a "
                + "redirect, update to \"/new.html\""), TestSite.lines(warnings));
        assertEquals("redirect-link", warnings.get(0).code());
        assertEquals("/new.html", warnings.get(0).suggestion());
    }

    @Test
    void anAliasThatIsAlreadyAPageAddressIsAnErrorAtTheAliasesKey() throws Exception {
        List<Diagnostic> errors = site("", "title: New\nsortorder: 0101\naliases: /intro.html\n\nx\n").buildErrors();
        assertEquals(List.of("error: content/pages/01-a/01-new.md:3:1: alias \"/intro.html\" is already the address"
                + " of the page content/pages/01-a/00-old.md"), TestSite.lines(errors));
    }

    @Test
    void twoPagesClaimingOneOldAddressIsAnError() throws Exception {
        TestSite s = site("", "title: New\nsortorder: 0101\naliases: /gone.html\n\nx\n")
                .write("content/pages/01-a/02-other.md", "title: Other\nsortorder: 0102\naliases: /gone.html\n\nx\n");
        List<String> errors = TestSite.lines(s.buildErrors());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("error: content/pages/01-a/02-other.md:3:1: alias \"/gone.html\" is also a redirect to /new.html"
                + " (content/pages/01-a/01-new.md:3:1)", errors.get(0));
    }

    @Test
    void aRedirectToAnUnknownPageIsAnErrorAtItsEntryWithASuggestion() throws Exception {
        List<Diagnostic> errors = site("title: T\nredirects:\n  /b.html: https://example.com/\n  /a.html: /nwe.html\n",
                "title: New\nsortorder: 0101\n\nx\n").buildErrors();
        assertEquals(List.of("error: cairn.yaml:4:3: redirect \"/a.html\" points at unknown page \"/nwe.html\""
                + " (did you mean \"/new.html\"?)"), TestSite.lines(errors));
    }

    @Test
    void aRedirectWithoutATargetIsAnErrorAtItsEntry() throws Exception {
        List<Diagnostic> errors = site("title: T\nredirects:\n  /a.html: /new.html\n  /c.html: \"\"\n",
                "title: New\nsortorder: 0101\n\nx\n").buildErrors();
        assertEquals(List.of("error: cairn.yaml:4:3: redirect \"/c.html\" needs a target page (a URL or slug)"),
                TestSite.lines(errors));
    }

    @Test
    void anOldAddressMustBeASitePath() throws Exception {
        List<Diagnostic> errors = site("", "title: New\nsortorder: 0101\naliases: [\"/a b.html\", \"/../x.html\"]\n\nx\n")
                .buildErrors();
        assertEquals(List.of(
                "error: content/pages/01-a/01-new.md:3:1: alias \"/../x.html\" must be a site path like \"/old-name.html\"",
                "error: content/pages/01-a/01-new.md:3:1: alias \"/a b.html\" must be a site path like \"/old-name.html\""),
                TestSite.lines(errors));
    }
}
