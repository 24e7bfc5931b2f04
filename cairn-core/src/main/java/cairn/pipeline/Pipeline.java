package cairn.pipeline;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.cache.BuildCache;
import cairn.cache.MarkdownCache;
import cairn.cache.RenderManifest;
import cairn.content.ContentLoader;
import cairn.content.GitHistory;
import cairn.content.LivingConfig;
import cairn.content.OneFileGuide;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.content.StaticFiles;
import cairn.content.Theme;
import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedPage;
import cairn.render.OutputFile;
import cairn.render.RenderReuse;
import cairn.render.SiteRenderer;
import cairn.render.TemplateModel;
import cairn.render.TemplateRenderer;
import cairn.render.cards.SocialCards;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The build, stage by stage: each stage is one line with its name (the names
 * {@code build --verbose} prints). Each stage collects every problem it finds in
 * {@link Diagnostics}; the pipeline stops before the next stage when any of them is an
 * error and throws a {@link cairn.BuildException} carrying all of them. What is kept
 * between builds is the {@link BuildCache}'s business.
 */
public final class Pipeline implements AutoCloseable {

    private final List<BuildResult.StageTime> times = new ArrayList<>();
    private final List<String> cacheStats = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Workers workers;
    private final BuildCache cache;

    /** A pipeline using every core. */
    public Pipeline() {
        this(0);
    }

    /** A pipeline with {@code threads} workers ({@code 0}: one per core). */
    public Pipeline(int threads) {
        this(threads, new BuildCache());
    }

    /** A pipeline that also reuses what earlier builds left in {@code cache} ({@code serve} keeps one). */
    public Pipeline(int threads, BuildCache cache) {
        this.workers = new Workers(threads);
        this.cache = cache;
    }

    @Override
    public void close() {
        workers.close();
    }

    /** Loads, renders and writes the site described by {@code options}. */
    public BuildResult build(BuildOptions options) throws IOException {
        long start = System.nanoTime();
        long startedAt = FileListing.now();
        Optional<BuildStamp> last = cache.directory().flatMap(BuildStamp::read);
        List<Path> lastExtra = last.map(BuildStamp::extraInputs).orElse(List.of());
        Optional<String> inputs = last.isEmpty() ? Optional.empty()
                : stage("up to date", () -> BuildStamp.inputs(options, lastExtra, startedAt));
        if (last.isPresent() && inputs.equals(Optional.of(last.get().inputs()))
                && BuildStamp.output(options.output()).equals(Optional.of(last.get().output()))) {
            notes.addAll(last.get().notes());
            notes.add("Nothing changed since the last build; the output was kept as it was.");
            return new BuildResult(last.get().pages(), last.get().posts(), last.get().files(),
                    (System.nanoTime() - start) / 1_000_000, times, last.get().warnings());
        }
        Loaded loaded = load(options);
        Site site = loaded.site();
        int files;
        try (OutputWriter out = stage("open output", () -> open(options))) {
            Optional<RenderManifest> manifest = cache.manifest(out.output(), out::linkPrevious, loaded.theme(),
                    site.config().strictTemplates());
            RenderReuse reuse = manifest.<RenderReuse>map(m -> m).orElse(RenderReuse.NONE);
            stage("render pages", () -> renderer(loaded).renderPages(site, out::write, diagnostics, reuse));
            manifest.ifPresent(m -> cacheStats.add(m.stats()));
            // the cards are drawn while "render extras", mostly one thread, leaves the other cores idle
            try (BackgroundStage cards = BackgroundStage.start("social-cards",
                    () -> SocialCards.write(site, out::write, reuse))) {
                stage("render extras", () -> renderer(loaded).renderExtras(site, out::write, diagnostics));
                stage("social cards", cards::await);
            }
            stage("copy static", () -> out.copyStatic(site.staticFiles()));
            diagnostics.throwIfErrors();
            stage("commit", () -> commit(out, manifest));
            files = out.fileCount();
        }
        int posts = site.posts().size();
        BuildResult result = new BuildResult(site.pages().size() - posts, posts, files,
                (System.nanoTime() - start) / 1_000_000, times, diagnostics.all());
        // a cache that could not be written is not trusted to say the next build has nothing to do
        if (cache.directory().isPresent()
                && result.warnings().stream().noneMatch(d -> d.code().equals(BuildCache.NOT_WRITTEN))) {
            List<Path> extra = extraInputs(options, site);
            stamp(options, extra, result, startedAt, inputs.filter(i -> lastExtra.equals(extra)));
        }
        return result;
    }

    /**
     * Records what this build read and wrote ({@link BuildStamp}): its inputs as listed when
     * it started ({@code listed}), or listed now when the files it read from outside the site
     * directory were not known then. Either way a file changed after shortly before the
     * build started means no stamp: listed before such a change, the stamp names the old
     * file, which the next build does not find; listed after it, the file is too recent.
     */
    private void stamp(BuildOptions options, List<Path> extra, BuildResult result, long startedAt,
                       Optional<String> listed) {
        Path cacheDir = cache.directory().orElseThrow();
        try {
            Files.deleteIfExists(cacheDir.resolve(BuildStamp.NAME));
            Optional<String> inputs = listed.isPresent() ? listed : BuildStamp.inputs(options, extra, startedAt);
            Optional<String> output = BuildStamp.output(options.output());
            if (inputs.isPresent() && output.isPresent()) {
                new BuildStamp(inputs.get(), extra, output.get(), result.pages(), result.posts(), result.files(),
                        notes, result.warnings()).write(cacheDir);
            }
        } catch (IOException | UncheckedIOException e) {
            // no stamp: the next build is a full one
        }
    }

    /** The files a build reads from outside the site directory: a one-file guide's source. */
    private static List<Path> extraInputs(BuildOptions options, Site site) {
        return OneFileGuide.locate(options.source(), options.sourceFile(), site.config().oneFile())
                .map(p -> List.of(p.toAbsolutePath().normalize())).orElse(List.of());
    }

    /** Reads and assembles the site without writing anything ({@code build}, {@code serve} and {@code check} share it). */
    public Loaded load(BuildOptions options) {
        return load(options, false);
    }

    /**
     * {@code serve}'s preview: loads as {@link #load} does but goes on past problems that
     * cost only the pages they are in (unreadable front matter, a body that cannot be
     * rendered: the page is left out) or nothing at all (broken links, unknown slugs), so
     * the rest of the site can be looked at. Every problem is in {@link Loaded#warnings()},
     * errors included. Only a broken {@code cairn.yaml} still stops it.
     */
    public Loaded preview(BuildOptions options) {
        return load(options, true);
    }

    private Loaded load(BuildOptions options, boolean lenient) {
        SiteConfig configured = stage("config", () -> configure(options));
        diagnostics.throwIfErrors();
        Optional<OneFileGuide.Result> oneFile = stage("one file", () -> OneFileStage.load(options, configured,
                diagnostics));
        diagnostics.throwIfErrors();
        SiteConfig config = oneFile.map(r -> configured.withTitle(r.title())).orElse(configured);
        LivingConfig livingConfig = config.living();
        CompletableFuture<GitHistory.Result> history = LivingStage.startHistory(options.source(), livingConfig,
                cache.directory());
        Theme theme = stage("theme", () -> Theme.of(options.source()));
        List<PageSource> sources = oneFile.isPresent() ? oneFile.get().pages() : stage("load content",
                () -> ContentLoader.load(options.source(), options.drafts(), diagnostics, cache.sources()));
        Map<String, Path> statics = stage("scan static", () -> StaticFiles.scan(options.source(), theme, diagnostics));
        throwIfErrors(lenient);
        List<RenderedPage> pages = stage("markdown", () -> renderMarkdown(sources, config));
        throwIfErrors(lenient);
        Set<String> templatePages = theme.pageTemplateUrls();
        Site assembled = stage("assemble", () -> SiteAssembler.assemble(config, pages, statics, templatePages,
                cache.assembly(), diagnostics));
        cache.assembly().stats().ifPresent(cacheStats::add);
        throwIfErrors(lenient);
        Site site = stage("history", () -> LivingStage.attach(assembled, options.source(), livingConfig, history,
                cache.assembly(), diagnostics));
        site.living().deadSummary().ifPresent(notes::add);
        TemplateRenderer templates = stage("templates", () -> cache.templates(theme, config.strictTemplates()));
        return new Loaded(site, theme, templates, diagnostics.all());
    }

    /** Renders every output file of a loaded site into {@code sink} (the disk, or memory for {@code check}). */
    public void render(Loaded loaded, Consumer<OutputFile> sink) {
        renderPages(loaded, sink, url -> true);
        renderExtras(loaded, sink);
    }

    /**
     * Renders every output file for {@code check}, which writes nothing and only indexes links
     * and ids: as {@link #render}, but with {@link SiteRenderer#forChecking}.
     */
    public void renderForCheck(Loaded loaded, Consumer<OutputFile> sink) {
        SiteRenderer renderer = SiteRenderer.forChecking(loaded.templates());
        stage("render pages", () -> renderer.renderPages(loaded.site(), sink, diagnostics, url -> true));
        stage("render extras", () -> renderer.renderExtras(loaded.site(), sink, diagnostics));
    }

    /**
     * Renders only the templated pages whose site path ({@code /a.html}) {@code urls} accepts;
     * {@code serve} renders a page when it is first asked for. Output files that need no
     * template come from {@link #renderExtras}. Together they make what {@link #render} makes.
     */
    public void renderPages(Loaded loaded, Consumer<OutputFile> sink, Predicate<String> urls) {
        stage("render pages", () -> renderer(loaded).renderPages(loaded.site(), sink, diagnostics, urls));
    }

    /** The same with {@code model}, a {@link TemplateModel} of the loaded site that {@code serve} keeps per build. */
    public void renderPages(Loaded loaded, TemplateModel model, Consumer<OutputFile> sink, Predicate<String> urls) {
        stage("render pages", () -> renderer(loaded).renderPages(loaded.site(), model, sink, diagnostics, urls));
    }

    /** Renders the output files made without templates (feeds, sitemap, redirects, search index). */
    public void renderExtras(Loaded loaded, Consumer<OutputFile> sink) {
        stage("render extras", () -> renderer(loaded).renderExtras(loaded.site(), sink, diagnostics));
    }

    public List<BuildResult.StageTime> times() {
        return List.copyOf(times);
    }

    /** How the persistent caches served this pipeline's build ({@code ""} without them). */
    public String cacheStats() {
        return String.join("; ", cacheStats);
    }

    /** Lines for the build's summary besides the counts ("3 dead resources shown as archived copies ..."). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.all();
    }

    /** The assembled site, the theme and the template engine it renders with, and the warnings so far. */
    public record Loaded(Site site, Theme theme, TemplateRenderer templates, List<Diagnostic> warnings) {
    }

    private SiteConfig configure(BuildOptions options) {
        SiteConfig config = SiteConfig.load(options.source(), diagnostics);
        if (options.baseUrl().isPresent()) {
            config = config.withBaseUrl(options.baseUrl().get());
        }
        if (options.strictLinks().isPresent()) {
            config = config.withStrictLinks(options.strictLinks().get());
        }
        return config;
    }

    private List<RenderedPage> renderMarkdown(List<PageSource> sources, SiteConfig config) {
        MarkdownRenderer renderer = new MarkdownRenderer(config.typographicQuotes(), config.basePath());
        MarkdownCache.Rendered rendered = cache.markdown().renderAll(sources, renderer, workers::map, diagnostics);
        rendered.stats().ifPresent(cacheStats::add);
        return rendered.pages();
    }

    private void throwIfErrors(boolean lenient) {
        if (!lenient) {
            diagnostics.throwIfErrors();
        }
    }

    private static SiteRenderer renderer(Loaded loaded) {
        return new SiteRenderer(loaded.templates());
    }

    private static OutputWriter open(BuildOptions options) {
        try {
            return OutputWriter.open(options.source(), options.output(), options.clean());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(OutputWriter out, Optional<RenderManifest> manifest) {
        try {
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest.ifPresent(m -> m.save(diagnostics));
    }

    private <T> T stage(String name, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.add(new BuildResult.StageTime(name, (System.nanoTime() - t0) / 1_000_000));
        }
    }

    private void stage(String name, Runnable work) {
        stage(name, () -> {
            work.run();
            return null;
        });
    }
}
