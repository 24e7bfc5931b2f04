package cairn.fuzz;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.content.ExternalSettings;
import cairn.check.LinkCache;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.cache.MarkdownCache;
import cairn.markdown.MarkdownRenderer;
import cairn.cache.MarkdownStore;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for what cairn reads besides Markdown: a page file through the whole
 * loader (YAML or Pelican front matter, then its interpretation: titles, dates, lists),
 * {@code cairn.yaml} (the site settings and {@code links.external}), and the files of
 * {@code .cairn/}: the link cache and the Markdown packs. Properties: bad input yields
 * positioned diagnostics, never another exception; a damaged cache file is an empty or
 * partial cache and never changes what is built. Run like {@link ParserFuzzTest}.
 */
class CacheAndConfigFuzzTest {

    private static final Path WORK = temp();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false, "");

    private static Path temp() {
        try {
            Path d = Files.createTempDirectory("cairn-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void pageFileLoadsOrGivesPositionedDiagnostics(byte[] input) throws IOException {
        Path site = fresh("page-site");
        Path page = site.resolve("content/pages/01-a/00-a.md");
        Files.createDirectories(page.getParent());
        Files.write(page, input);
        Diagnostics diagnostics = new Diagnostics();
        List<PageSource> pages = ContentLoader.load(site, true, diagnostics);
        assertTrue(pages.size() <= 1);
        for (Diagnostic d : diagnostics.all()) {
            assertTrue(d.where().line() >= 0, d.toString());
        }
        assertTrue(pages.size() == 1 || diagnostics.hasErrors(), "a page that does not load says why");
    }

    @FuzzTest(maxDuration = "10s")
    void siteConfigAndExternalSettingsNeverThrow(byte[] input) throws IOException {
        Path site = fresh("config-site");
        Files.write(site.resolve(SiteConfig.FILE_NAME), input);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = SiteConfig.load(site, diagnostics);
        ExternalSettings settings = config.external();
        assertTrue(settings.perHost() >= 1 && settings.concurrency() >= 1);
        for (Diagnostic d : diagnostics.all()) {
            assertTrue(d.where().line() >= 0, d.toString());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyLinkCacheFileIsACacheOrNone(byte[] input) throws IOException {
        Path site = fresh("link-cache-site");
        Path file = site.resolve(LinkCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, input);
        LinkCache cache = LinkCache.load(site, Duration.ofDays(7), Clock.systemUTC());
        cache.save(); // what was read can always be written back, and read again
        LinkCache.load(site, Duration.ofDays(7), Clock.systemUTC()).save();
    }

    /**
     * A valid pack, damaged as {@code input} says (its first byte picks how: replaced by
     * the input, truncated, or overwritten at an offset), never changes a rendered page.
     */
    @FuzzTest(maxDuration = "10s")
    void aDamagedMarkdownPackNeverChangesTheRenderedPage(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path dir = fresh("packs");
        PageSource page = samplePage();
        MarkdownStore writing = new MarkdownStore(dir);
        String expected = render(new MarkdownCache(java.util.Optional.of(writing)), page);
        writing.flush(true);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            byte[] rest = Arrays.copyOfRange(input, 1, input.length);
            byte[] damaged = switch (Math.floorMod(input[0], 3)) {
                case 0 -> rest;
                case 1 -> Arrays.copyOf(bytes, rest.length == 0 ? 0 : Math.floorMod(rest[0], Math.max(1, bytes.length)));
                default -> {
                    byte[] b = bytes.clone();
                    int at = rest.length == 0 ? 0 : Math.floorMod(rest[0] * 131 + (rest.length > 1 ? rest[1] : 0),
                            Math.max(1, b.length));
                    for (int i = 2; i < rest.length && at + i - 2 < b.length; i++) {
                        b[at + i - 2] = rest[i];
                    }
                    yield b;
                }
            };
            Files.write(f, damaged);
        }
        MarkdownStore reading = new MarkdownStore(dir);
        assertEquals(expected, render(new MarkdownCache(java.util.Optional.of(reading)), page));
        reading.flush(true);
    }

    private static String render(MarkdownCache cache, PageSource page) {
        return cache.render(page, RENDERER).body().orElseThrow().html();
    }

    private static PageSource samplePage() throws IOException {
        Path site = WORK.resolve("pack-page");
        Path file = site.resolve("content/pages/01-a/00-a.md");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: A\n---\n# Heading\n\nSome *text* with [a link](/b.html) and `code`.\n"
                    + "\n* one\n* two\n\n```python\nprint('hi')\n```\n");
        }
        return ContentLoader.load(site, true, new Diagnostics()).get(0);
    }

    /** An empty directory under the fuzzer's scratch directory (emptied for every input). */
    private static Path fresh(String name) throws IOException {
        Path d = WORK.resolve(name);
        if (Files.exists(d)) {
            try (Stream<Path> s = Files.walk(d)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(d);
    }
}
