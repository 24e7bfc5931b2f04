package cairn;

import cairn.pipeline.BuildOptions;
import cairn.pipeline.BuildResult;
import cairn.pipeline.Pipeline;
import cairn.site.Chapter;
import cairn.site.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the real Full Stack Python sample from {@code ../shared/corpus/fsp-sample}
 * unchanged. Skipped, with a message, when the shared corpus is not beside the project.
 */
class FspCorpusTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "fsp-sample");
    private static final Pattern SLUG = Pattern.compile("(?m)^slug:\\s*(\\S+)\\s*$");

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("content")),
                "skipped: the shared Full Stack Python corpus is not at " + CORPUS.toAbsolutePath());
        result = new Pipeline().build(BuildOptions.of(CORPUS, out.resolve("site")).withStrictLinks(false));
    }

    @Test
    void everySourceFileYieldsItsPageAtItsSlugUrl() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(CORPUS.resolve("content"))) {
            sources = walk.filter(p -> p.toString().endsWith(".markdown")).toList();
        }
        assertEquals(76, sources.size());
        for (Path source : sources) {
            Matcher m = SLUG.matcher(Files.readString(source));
            assertTrue(m.find(), source.toString());
            boolean post = source.toString().contains("/posts/");
            Path page = out.resolve("site").resolve((post ? "blog/" : "") + m.group(1) + ".html");
            assertTrue(Files.isRegularFile(page), "missing " + page + " for " + source);
        }
        assertEquals(64, result.pages());
        assertEquals(12, result.posts());
    }

    @Test
    void chaptersComeOutInOrderWithMetaAsSeven() {
        Site site = new Pipeline().load(BuildOptions.of(CORPUS, out.resolve("unused")).withStrictLinks(false)).site();
        assertEquals(List.of("01", "02", "03", "07"), site.chapters().stream().map(Chapter::number).toList());
        assertEquals(List.of("Introduction", "Development Environments", "Data", "Meta"),
                site.chapters().stream().map(Chapter::title).toList());
        assertEquals("change-log", site.chapters().get(3).pages().get(0).slug());
        assertEquals("marcos-pythona", site.chapters().get(3).pages().get(5).slug());
    }

    @Test
    void reportsRealBrokenLinksWithFileLineAndColumn() {
        List<String> lines = TestSite.lines(result.warnings());
        assertTrue(lines.contains("warning: content/pages/03-data/01-databases.markdown:11:20: "
                + "broken link \"/operating-systems.html\""), String.join("\n", lines.subList(0, 5)));
        assertTrue(lines.contains("warning: content/pages/03-data/25-oracle.markdown:52:11: broken image "
                + "\"/img/visuals/oracle-orm-examples.png\""));
        // no hint: /emacs.html is not what /email.html meant (issue 13)
        assertTrue(lines.contains("warning: content/pages/meta/00-change-log.markdown:1078:38: broken link \"/email.html\""));
    }

    @Test
    void reportsNoLinkToSomethingThatExists() {
        for (Diagnostic d : result.warnings()) {
            if (d.target() == null) {
                continue; // not about a link (e.g. no base_url for feeds)
            }
            String target = d.target().replaceFirst("[#?].*$", "");
            if (target.startsWith("/")) {
                assertFalse(Files.exists(out.resolve("site").resolve(target.substring(1))), "false positive: " + d);
            }
        }
        assertTrue(result.warnings().stream().noneMatch(d -> "/databases.html".equals(d.target())));
    }
}
