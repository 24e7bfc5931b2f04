package cairn.pipeline;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.cache.BuildCache;
import cairn.cache.MarkdownStore;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.content.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Looks at a site without building it, for {@code cairn doctor}: which config, how much
 * content, which theme, what is cached, and the problems that commonly make a build fail
 * or surprise (bad config, unreadable pages, an output directory cairn did not write).
 */
public final class SiteInspector {

    /** The directory under the site root where cairn keeps caches between runs. */
    public static final String CACHE_DIR = BuildCache.SITE_DIR;

    private SiteInspector() {
    }

    /** A file in the cache directory, by path relative to it. */
    public record CachedFile(String path, long bytes) {
    }

    /** What the output directory holds now. */
    public enum OutputState { ABSENT, WRITTEN_BY_CAIRN, NOT_WRITTEN_BY_CAIRN, NOT_A_DIRECTORY }

    /** Everything {@code cairn doctor} reports; {@code problems} are errors and warnings found on the way. */
    public record SiteInspection(Path source, Optional<String> configTitle, boolean hasContentDir, int pages,
                                 int posts, int drafts, List<String> siteTemplates, List<CachedFile> cache,
                                 Path output, OutputState outputState, List<Diagnostic> problems) {
        public SiteInspection {
            siteTemplates = List.copyOf(siteTemplates);
            cache = List.copyOf(cache);
            problems = List.copyOf(problems);
        }

        public boolean hasConfig() {
            return configTitle.isPresent();
        }
    }

    public static SiteInspection inspect(Path source, Path output) {
        Diagnostics diagnostics = new Diagnostics();
        boolean hasConfig = Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME));
        SiteConfig config = SiteConfig.load(source, diagnostics);
        boolean hasContent = Files.isDirectory(source.resolve(ContentLoader.CONTENT_DIR));
        List<PageSource> all = hasContent ? ContentLoader.load(source, true, diagnostics) : List.of();
        if (!hasContent) {
            diagnostics.error("content", SourcePos.of(Path.of(ContentLoader.CONTENT_DIR)),
                    "no content/ directory here: is " + source.toAbsolutePath().normalize() + " the site?");
        }
        OutputState state = outputState(output);
        if (state == OutputState.NOT_WRITTEN_BY_CAIRN || state == OutputState.NOT_A_DIRECTORY) {
            diagnostics.warning("output", SourcePos.of(shown(source, output)), (state == OutputState.NOT_A_DIRECTORY
                    ? "the output path is not a directory" : "the output directory was not written by cairn (no "
                    + OutputWriter.MARKER + " file)") + ": cairn build will refuse to replace it (--clean allows it)");
        }
        int posts = (int) all.stream().filter(p -> p.isPost() && !p.draft()).count();
        int drafts = (int) all.stream().filter(PageSource::draft).count();
        return new SiteInspection(source, hasConfig ? Optional.of(config.title()) : Optional.empty(), hasContent,
                all.size() - posts - drafts, posts, drafts, templates(source), cache(source), output,
                state, diagnostics.all());
    }

    private static Path shown(Path source, Path output) {
        Path root = source.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        return out.startsWith(root) ? root.relativize(out) : out;
    }

    private static List<String> templates(Path source) {
        Theme theme = Theme.of(source);
        if (theme.siteTemplates().isEmpty()) {
            return List.of();
        }
        return list(theme.siteTemplates().get(), 1).stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith(".peb"))
                .toList();
    }

    /** The cache's files; the build cache's Markdown packs count as one line, with the pages they hold. */
    private static List<CachedFile> cache(Path source) {
        Path dir = source.resolve(CACHE_DIR);
        Path entries = BuildCache.markdownDirectoryOf(source);
        List<CachedFile> out = new ArrayList<>();
        long entryBytes = 0;
        int entryCount = 0;
        for (Path file : list(dir, Integer.MAX_VALUE)) {
            long bytes;
            try {
                bytes = Files.size(file);
            } catch (IOException e) {
                bytes = -1;
            }
            if (file.startsWith(entries)) {
                entryBytes += Math.max(0, bytes);
                entryCount++;
            } else {
                out.add(new CachedFile(dir.relativize(file).toString(), bytes));
            }
        }
        if (entryCount > 0) {
            out.add(new CachedFile(dir.relativize(entries) + "/ (" + MarkdownStore.entries(entries)
                    + " pages)", entryBytes));
        }
        return out;
    }

    private static OutputState outputState(Path output) {
        if (!Files.exists(output)) {
            return OutputState.ABSENT;
        }
        if (!Files.isDirectory(output)) {
            return OutputState.NOT_A_DIRECTORY;
        }
        return Files.exists(output.resolve(OutputWriter.MARKER))
                ? OutputState.WRITTEN_BY_CAIRN : OutputState.NOT_WRITTEN_BY_CAIRN;
    }

    /** Regular files under {@code dir}, sorted; none when it does not exist or cannot be read. */
    private static List<Path> list(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
