package cairn.markdown;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Markdown that would make flexmark backtrack for minutes stops with a problem at its line; other Markdown reads the same. */
class BoundedTextTest {

    @TempDir
    Path dir;

    private PageSource page(String body) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Path file = content.resolve("a.md");
        Files.writeString(file, "title: A\n\nIntro.\n\n" + body);
        return ContentLoader.readOne(file, dir, content, new Diagnostics()).orElseThrow();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the bound: minutes
    void aBracketBeforeManyEscapesWithoutItsCloseIsAProblemAtTheBracketNotAHang() throws Exception {
        // the fuzzer's find: flexmark's link-reference pattern tries 2^n ways to read n "\!" pairs
        PageSource page = page("[" + "\\!".repeat(40) + "\n");
        MarkdownRenderer.RenderResult result = new MarkdownRenderer(false, "").renderSafely(page);
        assertTrue(result.body().isEmpty());
        Diagnostic d = result.problem().orElseThrow();
        assertEquals("markdown-too-hard", d.code());
        assertEquals(5, d.where().line(), d.toString());
        assertEquals(1, d.where().column(), d.toString());
        assertTrue(d.message().contains("write it as '\\['"), d.message());
    }

    @Test
    void fewerEscapesStillRenderAsText() throws Exception {
        PageSource page = page("[" + "\\!".repeat(12) + "\n");
        MarkdownRenderer.RenderResult result = new MarkdownRenderer(false, "").renderSafely(page);
        assertTrue(result.problem().isEmpty());
        assertTrue(result.body().orElseThrow().html().contains("[" + "!".repeat(12)));
    }

    @Test
    void theBudgetStopsTheParserWhereItWasReading() {
        Parser parser = Parser.builder().build();
        BoundedText.Exhausted e = assertThrows(BoundedText.Exhausted.class,
                () -> parser.parse(BoundedText.of("Some *text* here.\n", 5)));
        assertTrue(e.at() >= 0 && e.at() < 18, "offset " + e.at());
    }

    @Test
    void realPagesReadTheSameThroughTheBound() throws Exception {
        // the sample guide, and the Full Stack Python sample when ../shared is there
        List<Path> files = Stream.of(Path.of("content"), Path.of("../shared/corpus/fsp-sample/content"))
                .filter(Files::isDirectory)
                .flatMap(BoundedTextTest::markdownFiles).toList();
        assumeTrue(files.size() > 40, "the sample guide is not in the working directory");
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        for (Path f : files) {
            String text = Files.readString(f);
            assertEquals(renderer.render(parser.parse(text)), renderer.render(parser.parse(BoundedText.of(text))),
                    f.toString());
        }
    }

    private static Stream<Path> markdownFiles(Path root) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
