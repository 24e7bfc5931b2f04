package cairn.markdown;

import cairn.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admonitions, alerts, task lists and [TOC] through a whole build: the built page, and links inside them checked. */
class DocumentationMarkdownSiteTest {

    @TempDir
    Path dir;

    private static final String PAGE = """
            -- content/pages/01-a/00-guide.md --
            title: Guide
            sortorder: "0100"

            [TOC]

            ## Before you start

            !!! warning "Back up first"
                See [the other page](/other.html).

            > [!TIP]
            > Read [it](/other.html#details).

            ## Checklist

            - [x] Installed
            - [ ] Configured

            ??? note "More"
                Hidden text.
            -- content/pages/01-a/01-other.md --
            title: Other
            sortorder: "0101"

            ## Details
            """;

    @Test
    void builtPageHasAdmonitionsTaskBoxesAndContentsLinkedToRealHeadings() throws Exception {
        TestSite s = TestSite.of(dir, PAGE);
        s.build();
        Document doc = Jsoup.parse(s.read("guide.html"));
        Element warning = doc.selectFirst("div.admonition.warning[role=note][aria-label=Warning]");
        assertEquals("Back up first", warning.selectFirst(".admonition-title").text());
        assertEquals("/other.html", warning.selectFirst("a").attr("href"));
        assertEquals("Tip", doc.selectFirst("div.admonition.tip .admonition-title").text());
        assertFalse(doc.body().text().contains("[!TIP]"));
        assertFalse(doc.selectFirst("details.admonition.note").hasAttr("open"));
        assertEquals(List.of("Installed", "Configured"), doc.select("li.task-list-item input[type=checkbox][disabled]")
                .eachAttr("aria-label"));
        assertEquals(1, doc.select("li.task-list-item input[checked]").size());
        List<String> tocTargets = doc.select("div.toc a").eachAttr("href");
        assertEquals(List.of("#before-you-start", "#checklist"), tocTargets);
        for (String target : tocTargets) {
            assertTrue(doc.getElementById(target.substring(1)).is("h2"), target);
        }
    }

    @Test
    void brokenLinksInsideAdmonitionsAndAlertsAreReportedWhereTheyAreWritten() throws Exception {
        TestSite s = TestSite.of(dir, PAGE.replace("(/other.html)", "(/nope.html)")
                .replace("(/other.html#details)", "(/other.html#nothing)"));
        List<String> errors = TestSite.lines(s.buildErrors());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("content/pages/01-a/00-guide.md:9:26: broken link \"/nope.html\""),
                errors.get(0));
        assertTrue(errors.get(1).contains("content/pages/01-a/00-guide.md:12:13:"), errors.get(1));
        assertTrue(errors.get(1).contains("#nothing"), errors.get(1));
    }
}
