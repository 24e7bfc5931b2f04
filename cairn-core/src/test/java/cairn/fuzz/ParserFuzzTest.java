package cairn.fuzz;

import cairn.DiagnosticException;
import cairn.content.FrontMatter;
import cairn.content.FrontMatterParser;
import cairn.content.PageSource;
import cairn.content.Slugs;
import cairn.content.SourceFile;
import cairn.markdown.MarkdownRenderer;
import cairn.site.LinkResolver;
import cairn.site.LinkTarget;
import cairn.site.PageId;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets. In a normal test run each replays its seed corpus (under
 * src/test/resources/cairn/fuzz/ParserFuzzTestInputs/); {@code scripts/fuzz.sh} runs them
 * with coverage-guided fuzzing. The property is always the same: any input yields a
 * result or a positioned diagnostic, never another exception.
 */
class ParserFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false, "");
    private static final LinkResolver RESOLVER = new LinkResolver(
            Map.of("/a.html", PageId.page("a"), "/blog/p.html", PageId.post("p")), Set.of("/img/x.png", "/index.html"), "");

    @FuzzTest(maxDuration = "10s")
    void frontMatterParserNeverThrowsUnexpectedly(byte[] input) {
        try {
            SourceFile file = SourceFile.decode(Path.of("a.md"), Path.of("content/a.md"), input);
            FrontMatter fm = FrontMatterParser.parse(file);
            assertTrue(fm.bodyOffset() >= 0 && fm.bodyOffset() <= file.text().length());
        } catch (DiagnosticException e) {
            assertTrue(e.diagnostic().where().line() >= 1, e.diagnostic().toString());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void markdownToLinksNeverThrowsAndPositionsStayInTheFile(String body) {
        if (body == null) {
            return;
        }
        SourceFile file = new SourceFile(Path.of("a.md"), Path.of("content/a.md"), body);
        FrontMatter none = new FrontMatter(FrontMatter.Style.NONE, Map.of(), Map.of(), 0);
        PageSource page = new PageSource(file, none, PageSource.Kind.PAGE, "a", "A", "A", "", "", false, "",
                Optional.empty(), Optional.empty(), false, List.of(), List.of(), List.of(), List.of(), "", "", "",
                Optional.empty());
        MarkdownRenderer.RenderResult result = RENDERER.renderSafely(page);
        result.body().ifPresent(r -> r.links().forEach(link -> {
            assertTrue(link.where().line() >= 1 && link.where().line() <= file.lineCount(), link.toString());
            RESOLVER.resolve(link.target(), "/a.html");
        }));
        assertTrue(result.body().isPresent() || result.problem().isPresent());
    }

    @FuzzTest(maxDuration = "10s")
    void slugAndUrlNormalisersKeepTheirPromises(String text) {
        if (text == null) {
            return;
        }
        Optional<String> slug = Slugs.fromFileName(text);
        slug.ifPresent(s -> assertEquals(Optional.empty(), Slugs.problem(s), "derived slug must be valid: " + s));
        Slugs.problem(text);
        LinkTarget target = RESOLVER.resolve(text, "/blog/p.html");
        if (target.status() == LinkTarget.Status.FOUND || target.status() == LinkTarget.Status.BROKEN) {
            assertTrue(target.path().startsWith("/"), target.path());
            assertFalse(List.of(target.path().split("/")).contains(".."), target.path());
        }
    }
}
