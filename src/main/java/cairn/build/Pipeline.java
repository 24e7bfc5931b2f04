package cairn.build;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.content.StaticFiles;
import cairn.content.Theme;
import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedMarkdown;
import cairn.render.SiteRenderer;
import cairn.render.TemplateRenderer;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The build, stage by stage. Each stage collects every problem it finds; the pipeline
 * stops before the next stage when any of them is an error and throws a
 * {@link cairn.BuildException} carrying all of them.
 */
public final class Pipeline implements AutoCloseable {

    private final List<BuildResult.StageTime> times = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Workers workers;
    private final BuildCache cache;
    private String cacheStats = "";

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
        Loaded loaded = load(options);
        Site site = loaded.site();
        int files;
        try (OutputWriter out = stage("open output", () -> open(options))) {
            java.util.Optional<RenderManifest> manifest = cache.directory().map(dir -> new RenderManifest(dir, out,
                    cairn.render.RenderFingerprint.templatesDigest(cairn.content.Theme.of(options.source()),
                            site.config().strictTemplates(), cairn.markdown.MarkdownStore.codeVersion())));
            stage("render", () -> {
                new SiteRenderer(loaded.templates()).renderPages(site, out::write, diagnostics,
                        manifest.<cairn.render.RenderReuse>map(m -> m).orElse(cairn.render.RenderReuse.NONE));
                return null;
            });
            renderExtras(loaded, out::write);
            manifest.ifPresent(m -> cacheStats += (cacheStats.isEmpty() ? "" : "; ") + m.kept()
                    + " pages kept from the last output");
            stage("social cards", () -> {
                cairn.render.cards.SocialCards.write(site, out::write,
                        manifest.<cairn.render.RenderReuse>map(m -> m).orElse(cairn.render.RenderReuse.NONE));
                return null;
            });
            stage("copy static", () -> {
                out.copyStatic(site.staticFiles());
                return null;
            });
            diagnostics.throwIfErrors();
            stage("commit", () -> {
                commit(out);
                manifest.ifPresent(RenderManifest::save);
                return null;
            });
            files = out.fileCount();
        }
        int posts = site.posts().size();
        return new BuildResult(site.pages().size() - posts, posts, files, (System.nanoTime() - start) / 1_000_000,
                times, diagnostics.all());
    }

    /** Reads and assembles the site without writing anything ({@code build} and {@code check} share it). */
    public Loaded load(BuildOptions options) {
        SiteConfig config = stage("config", () -> configure(options));
        diagnostics.throwIfErrors();
        Theme theme = stage("theme", () -> Theme.of(options.source()));
        List<PageSource> sources = stage("load content",
                () -> ContentLoader.load(options.source(), options.drafts(), diagnostics, cache.sources()));
        Map<String, java.nio.file.Path> statics = stage("scan static",
                () -> StaticFiles.scan(options.source(), theme, diagnostics));
        diagnostics.throwIfErrors();
        List<RenderedMarkdown> bodies = stage("markdown", () -> renderMarkdown(sources, config));
        diagnostics.throwIfErrors();
        Site site = stage("assemble", () -> SiteAssembler.assemble(config, sources, bodies, statics, diagnostics));
        diagnostics.throwIfErrors();
        TemplateRenderer templates = stage("templates", () -> cache.templates(theme, config.strictTemplates()));
        return new Loaded(site, templates, diagnostics.all());
    }

    /** Renders every output file of a loaded site into {@code sink} (the disk, or memory for {@code check}). */
    public void render(Loaded loaded, java.util.function.Consumer<cairn.render.OutputFile> sink) {
        stage("render", () -> {
            new SiteRenderer(loaded.templates()).render(loaded.site(), sink, diagnostics);
            return null;
        });
    }

    /**
     * Renders only the templated pages whose site path ({@code /a.html}) {@code urls} accepts;
     * {@code serve} renders a page when it is first asked for. Output files that need no
     * template come from {@link #renderExtras}. Together they make what {@link #render} makes.
     */
    public void renderPages(Loaded loaded, java.util.function.Consumer<cairn.render.OutputFile> sink,
                            java.util.function.Predicate<String> urls) {
        stage("render", () -> {
            new SiteRenderer(loaded.templates()).renderPages(loaded.site(), sink, diagnostics, urls);
            return null;
        });
    }

    /** Renders the output files made without templates (feeds, sitemap, redirects, search index). */
    public void renderExtras(Loaded loaded, java.util.function.Consumer<cairn.render.OutputFile> sink) {
        stage("render extras", () -> {
            new SiteRenderer(loaded.templates()).renderExtras(loaded.site(), sink, diagnostics);
            return null;
        });
    }

    /**
     * {@code cairn check}: loads and renders the site as {@link #build} does, into memory
     * instead of the output directory, and checks its links. Broken links do not stop
     * loading here; the check reports every one of them.
     */
    public cairn.check.CheckReport check(BuildOptions options, cairn.check.LinkChecker.Options checks,
                                         cairn.check.LinkChecker.Progress progress) {
        long start = System.nanoTime();
        Loaded loaded = load(options.withStrictLinks(false));
        cairn.check.RenderedSite rendered = new cairn.check.RenderedSite(loaded.site().staticFiles());
        render(loaded, rendered);
        cairn.check.CheckReport report = stage("check", () -> cairn.check.LinkChecker.check(options.source(),
                loaded.site(), rendered, diagnostics.all(), checks, progress));
        return report.withMillis((System.nanoTime() - start) / 1_000_000);
    }

    public List<BuildResult.StageTime> times() {
        return List.copyOf(times);
    }

    /** How the persistent Markdown cache served the last build ({@code ""} without one). */
    public String cacheStats() {
        return cacheStats;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.all();
    }

    /** The assembled site and the template engine it renders with. */
    public record Loaded(Site site, TemplateRenderer templates, List<Diagnostic> warnings) {
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

    private List<RenderedMarkdown> renderMarkdown(List<PageSource> sources, SiteConfig config) {
        MarkdownRenderer renderer = new MarkdownRenderer(config.typographicQuotes(), config.basePath());
        cache.markdown().retainOnly(sources.stream().map(s -> s.source().path()).toList());
        int hitsBefore = cache.markdown().store().map(s -> s.hits()).orElse(0);
        int missesBefore = cache.markdown().store().map(s -> s.misses()).orElse(0);
        List<MarkdownRenderer.RenderResult> results;
        try {
            results = workers.map(sources, s -> cache.markdown().render(s, renderer));
        } catch (RuntimeException | Error e) {
            cache.markdown().store().ifPresent(s -> s.flush(false)); // keep what was rendered, retire nothing
            throw e;
        }
        // every page has been looked up: the store can write its new pack now, whatever later stages do
        cache.markdown().store().ifPresent(s -> {
            // this build's reads only: serve keeps one store for many builds
            cacheStats = "markdown cache: " + (s.hits() - hitsBefore) + " cached, " + (s.misses() - missesBefore)
                    + " rendered";
            s.flush(true);
        });
        results.forEach(r -> r.problem().ifPresent(diagnostics::add));
        return results.stream().map(r -> r.body().orElse(null)).toList();
    }

    private static OutputWriter open(BuildOptions options) {
        try {
            return OutputWriter.open(options.source(), options.output(), options.clean());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void commit(OutputWriter out) {
        try {
            out.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T stage(String name, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.add(new BuildResult.StageTime(name, (System.nanoTime() - t0) / 1_000_000));
        }
    }
}
