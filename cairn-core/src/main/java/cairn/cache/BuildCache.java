package cairn.cache;

import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.content.PageSourceCache;
import cairn.content.Theme;
import cairn.render.RenderFingerprint;
import cairn.render.TemplateRenderer;
import cairn.site.AssemblyMemo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one build can hand to the next: interpreted content files, rendered Markdown and
 * the template engine with its compiled templates. A one-off {@code cairn build} uses a
 * fresh cache; {@code cairn serve} keeps one for its whole life, so a one-page edit
 * re-reads and re-renders one page. The file caches check each file's text themselves;
 * templates are compiled lazily and cached by Pebble, so whoever watches the files must
 * call {@link #invalidateTemplates()} when a template changes.
 */
public final class BuildCache {

    /** The folder inside a site that cairn keeps between runs (build cache, link cache). */
    public static final String SITE_DIR = ".cairn";
    /** The warning of a build whose cache could not be written: the site is right, the next build slower. */
    public static final String NOT_WRITTEN = "cache-not-written";
    /** The folder inside the cache directory that holds the Markdown packs. */
    private static final String MARKDOWN_DIR = "markdown";

    private final PageSourceCache sources = new PageSourceCache();
    private final AssemblyMemo assembly = new AssemblyMemo();
    private final MarkdownCache markdown;
    private final Optional<Path> directory;
    private TemplateRenderer templates;
    private Theme templatesTheme;
    private boolean templatesStrict;

    /** A cache in memory only: what one build hands to the next in the same process. */
    public BuildCache() {
        this.markdown = new MarkdownCache();
        this.directory = Optional.empty();
    }

    /** A cache that also keeps rendered Markdown in {@code dir} ({@code .cairn/cache}) for the next process. */
    public BuildCache(Path dir) {
        this.markdown = new MarkdownCache(Optional.of(new MarkdownStore(dir.resolve(MARKDOWN_DIR))));
        this.directory = Optional.of(dir);
    }

    /** The persistent cache directory, when this cache outlives the process. */
    public Optional<Path> directory() {
        return directory;
    }

    /** The persistent cache directory of a site. */
    public static Path directoryOf(Path source) {
        return source.resolve(SITE_DIR).resolve("cache");
    }

    /** Where a site's persistent cache keeps rendered Markdown; not empty once a build has kept any. */
    public static Path markdownDirectoryOf(Path source) {
        return directoryOf(source).resolve(MARKDOWN_DIR);
    }

    /**
     * Warns that part of the build cache could not be written ({@code problem}: the file and
     * why); {@code renderedAgain} says what the next build therefore renders again.
     */
    static void notWritten(Diagnostics diagnostics, String problem, String renderedAgain) {
        diagnostics.warning(NOT_WRITTEN, SourcePos.none(), "cannot write the build cache " + problem
                + "; the site is complete, but the next build renders " + renderedAgain + " again");
    }

    /**
     * The render manifest of a build into {@code output} with {@code theme}'s templates, when
     * this cache outlives the process (a build in memory has no previous output to keep).
     */
    public Optional<RenderManifest> manifest(Path output, RenderManifest.PreviousOutput previous,
                                                       Theme theme, boolean strictTemplates) {
        return directory.map(dir -> new RenderManifest(dir, output, previous,
                RenderFingerprint.templatesDigest(theme, strictTemplates, MarkdownStore.codeVersion())));
    }

    public PageSourceCache sources() {
        return sources;
    }

    public MarkdownCache markdown() {
        return markdown;
    }

    /** What the last assemble of this cache's site computed per page, for the next one to reuse. */
    public AssemblyMemo assembly() {
        return assembly;
    }

    /** The cached template engine when it was made for the same theme and strictness, else a new one. */
    public synchronized TemplateRenderer templates(Theme theme, boolean strict) {
        if (templates == null || !theme.equals(templatesTheme) || strict != templatesStrict) {
            templates = new TemplateRenderer(theme, strict);
            templatesTheme = theme;
            templatesStrict = strict;
        }
        return templates;
    }

    /** Drops the compiled templates: the next build compiles them again from their files. */
    public synchronized void invalidateTemplates() {
        templates = null;
    }
}
