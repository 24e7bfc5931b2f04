package cairn.markdown;

import cairn.Diagnostics;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admonitions (MkDocs and GitHub syntax), task lists and the [TOC] marker, Markdown in, HTML out. */
class DocumentationMarkdownTest {

    @TempDir
    Path dir;

    private RenderedMarkdown render(String body) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Path file = content.resolve("a.md");
        Files.writeString(file, "title: A\n\n" + body);
        PageSource page = ContentLoader.readOne(file, dir, content, new Diagnostics()).orElseThrow();
        return new MarkdownRenderer(false, "").render(page);
    }

    private void assertRendering(String markdown, String html) throws Exception {
        assertEquals(html.strip(), render(markdown).html().strip());
    }

    @Test
    void mkdocsAdmonitionWithTitleBecomesANoteWithItsTitleAndBody() throws Exception {
        assertRendering("""
                !!! warning "Before you deploy"
                    Check the [base URL](/config.html).

                    Then build.
                """, """
                <div class="admonition warning" role="note" aria-label="Warning">
                <p class="admonition-title">Before you deploy</p>
                <p>Check the <a href="/config.html">base URL</a>.</p>
                <p>Then build.</p>
                </div>
                """);
    }

    @Test
    void mkdocsTypeWithoutTitleIsTitledByItsTypeAndMappedOntoAThemeStyle() throws Exception {
        assertRendering("""
                !!! danger
                    Data is lost.
                """, """
                <div class="admonition caution danger" role="note" aria-label="Danger">
                <p class="admonition-title">Danger</p>
                <p>Data is lost.</p>
                </div>
                """);
    }

    @Test
    void anEmptyTitleLeavesOutTheTitleBar() throws Exception {
        assertRendering("""
                !!! tip ""
                    Short.
                """, """
                <div class="admonition tip" role="note" aria-label="Tip">
                <p>Short.</p>
                </div>
                """);
    }

    @Test
    void questionMarksMakeItCollapsibleClosedAndPlusOpen() throws Exception {
        assertRendering("""
                ??? note "Details"
                    Hidden.

                ???+ example
                    Shown.
                """, """
                <details class="admonition note" aria-label="Note">
                <summary class="admonition-title">Details</summary>
                <p>Hidden.</p>
                </details>
                <details class="admonition tip example" aria-label="Example" open>
                <summary class="admonition-title">Example</summary>
                <p>Shown.</p>
                </details>
                """);
    }

    @Test
    void theBodyMustBeIndentedAsInPythonMarkdown() throws Exception {
        String html = render("!!! note\nNot inside.\n").html();
        assertTrue(html.contains("</div>\n<p>Not inside.</p>"), html);
    }

    @Test
    void gitHubAlertRendersInTheSameShapeWithoutItsMarker() throws Exception {
        assertRendering("""
                > [!IMPORTANT]
                > Back up first.
                > Really.
                """, """
                <div class="admonition important" role="note" aria-label="Important">
                <p class="admonition-title">Important</p>
                <p>Back up first.
                Really.</p>
                </div>
                """);
    }

    @Test
    void everyGitHubAlertTypeIsRecognisedInAnyCase() throws Exception {
        for (String type : List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "caution")) {
            String html = render("> [!" + type + "]\n> Text.\n").html();
            assertTrue(html.startsWith("<div class=\"admonition " + type.toLowerCase() + "\" role=\"note\""), html);
            assertFalse(html.contains("[!"), html);
        }
    }

    @Test
    void aQuoteIsAnAlertOnlyWhenTheMarkerIsAloneOnItsFirstLine() throws Exception {
        assertRendering("""
                > [!NOTE] with text after it
                > more

                > Text before
                > [!NOTE]

                > [!UNKNOWN]
                > x
                """, """
                <blockquote>
                <p>[!NOTE] with text after it
                more</p>
                </blockquote>
                <blockquote>
                <p>Text before
                [!NOTE]</p>
                </blockquote>
                <blockquote>
                <p>[!UNKNOWN]
                x</p>
                </blockquote>
                """);
    }

    @Test
    void linksInsideAnAlertKeepTheirSourcePosition() throws Exception {
        RenderedMarkdown r = render("> [!TIP]\n> See [x](/x.html).\n");
        assertEquals("content/a.md:4:11", r.links().get(0).where().toString());
    }

    @Test
    void admonitionTitlesAreSearchWordsAndMarkersAreNot() throws Exception {
        RenderedMarkdown r = render("!!! note \"Deployment checklist\"\n    Body.\n\n> [!TIP]\n> Other.\n");
        assertTrue(r.searchWords().contains("deployment"), r.searchWords());
        assertTrue(r.searchWords().contains("checklist"), r.searchWords());
        assertFalse(r.html().contains("[!TIP]"), r.html());
    }

    @Test
    void taskListItemsAreDisabledCheckboxesNamedByTheirText() throws Exception {
        assertRendering("""
                - [ ] Write *the* tests
                - [x] Ship it
                - plain item
                """, """
                <ul>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled aria-label="Write the tests">Write <em>the</em> tests</li>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled checked aria-label="Ship it">Ship it</li>
                <li>plain item</li>
                </ul>
                """);
    }

    @Test
    void looseTaskItemsPutTheBoxInTheFirstParagraph() throws Exception {
        assertRendering("""
                - [x] First

                  More about it.

                - [ ] Second
                """, """
                <ul>
                <li class="task-list-item">
                <p><input type="checkbox" class="task-list-item-checkbox" disabled checked aria-label="First">First</p>
                <p>More about it.</p>
                </li>
                <li class="task-list-item">
                <p><input type="checkbox" class="task-list-item-checkbox" disabled aria-label="Second">Second</p>
                </li>
                </ul>
                """);
    }

    @Test
    void tocMarkerListsThePageHeadingsNestedWithTheirRealIds() throws Exception {
        String html = render("""
                [TOC]

                ## Install {#setup}

                ### On Linux

                ## Install

                <h2>Raw heading</h2>
                """).html();
        assertTrue(html.startsWith("<div class=\"toc\"><ul>"
                + "<li><a href=\"#setup\">Install</a><ul><li><a href=\"#on-linux\">On Linux</a></li></ul></li>"
                + "<li><a href=\"#install\">Install</a></li>"
                + "<li><a href=\"#raw-heading\">Raw heading</a></li></ul></div>"), html);
    }

    @Test
    void tocMarkerMustBeAloneOnItsLine() throws Exception {
        String html = render("See [TOC] here.\n\n## A\n").html();
        assertTrue(html.startsWith("<p>See [TOC] here.</p>"), html);
    }

    @Test
    void aPageWithoutHeadingsGetsAnEmptyContentsNotAMarker() throws Exception {
        assertRendering("[TOC]\n\nText.\n", "<div class=\"toc\"></div>\n<p>Text.</p>");
    }

    @Test
    void settingsNameTheSyntaxSoOlderCachedBodiesAreNotReused() {
        MarkdownRenderer renderer = new MarkdownRenderer(false, "");
        assertTrue(renderer.settings().contains("admonitions"), renderer.settings());
        assertTrue(renderer.settings().contains("toc-marker"), renderer.settings());
        assertNotEquals(new MarkdownRenderer(false, "").settings(), new MarkdownRenderer(true, "").settings());
    }
}
