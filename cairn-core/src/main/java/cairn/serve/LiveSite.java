package cairn.serve;

import cairn.BuildException;
import cairn.Diagnostic;
import cairn.cache.BuildCache;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.BuildResult;
import cairn.pipeline.Pipeline;
import cairn.content.Theme;
import cairn.html.HtmlTransform;
import cairn.site.Page;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site as it is being served: the last good {@link SiteSnapshot}, the errors of the
 * latest build if it failed, and the rebuild that replaces them. Rebuilds run on one
 * thread (the watcher's), requests on many; both see a consistent pair because each
 * reads the volatile fields once.
 *
 * <p>A rebuild reloads the whole site through the {@link Pipeline} with a shared
 * {@link BuildCache} (only changed files are parsed and rendered again; titles, slugs,
 * chapters, see-also and backlinks are assembled afresh, so every page shows the
 * change), then renders the pages open in browsers before it swaps the snapshot in: a
 * template error keeps the last good site served. When templates changed it also renders
 * one page of each template, so a broken template is caught before anyone looks.
 */
final class LiveSite {

    private static final int RECENT_PAGES = 8;
    private static final int WARM_UP_PAGES = 500;

    private final BuildOptions options;
    private final ServeListener listener;
    private final LiveReload reload;
    private final HtmlTransform pageTransform;
    private final BuildCache cache;
    private final boolean strict;
    private final Map<String, Boolean> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_PAGES;
        }
    });
    private final Set<List<Diagnostic>> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile SiteSnapshot snapshot;
    private volatile List<Diagnostic> errors = List.of();
    private volatile long changedAt = System.currentTimeMillis();
    private long generation;

    LiveSite(BuildOptions options, BuildCache cache, ServeListener listener, LiveReload reload,
             HtmlTransform pageTransform) {
        this(options, cache, listener, reload, pageTransform, true);
    }

    /**
     * Unless {@code strict}, builds are previews ({@link Pipeline#preview}): a page that has
     * problems is still served, with its problems in a banner, and only a page that cannot
     * be made shows an error page.
     */
    LiveSite(BuildOptions options, BuildCache cache, ServeListener listener, LiveReload reload,
             HtmlTransform pageTransform, boolean strict) {
        this.strict = strict;
        this.options = options;
        this.cache = cache;
        this.listener = listener;
        this.reload = reload;
        this.pageTransform = pageTransform;
    }

    /** The last good build, if there has been one. */
    Optional<SiteSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** The errors of the latest build; empty when it succeeded. */
    List<Diagnostic> errors() {
        return errors;
    }

    /** When what is served last changed (a new build or new errors), in epoch milliseconds. */
    long changedAt() {
        return changedAt;
    }

    /** Remembers a page a browser looked at: rebuilds render it before they reload the tab. */
    void viewed(String url) {
        recent.put(url, Boolean.TRUE);
    }

    /** Builds the site again; {@code changed} is empty for the first build. */
    void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        if (changed.isEmpty() || templatesChanged(changed)) {
            cache.invalidateTemplates();
        }
        boolean probeTemplates = changed.isEmpty() || templatesChanged(changed);
        cache.sources().invalidate(changed); // the site directory itself: the watcher lost events, re-read all
        reported.clear();
        try (Pipeline pipeline = new Pipeline(0, cache)) {
            Pipeline.Loaded loaded = strict ? pipeline.load(options) : pipeline.preview(options);
            SiteSnapshot next = new SiteSnapshot(++generation, loaded, pageTransform, options.source(),
                    strict ? SiteProblems.NONE : SiteProblems.of(loaded.site(), loaded.warnings()));
            long probeStart = System.nanoTime();
            for (String url : probes(loaded.site(), probeTemplates)) {
                probe(next, url);
            }
            List<BuildResult.StageTime> stages = new ArrayList<>(pipeline.times());
            stages.add(new BuildResult.StageTime("probe render", (System.nanoTime() - probeStart) / 1_000_000));
            snapshot = next;
            errors = List.of();
            changedAt = System.currentTimeMillis();
            Site site = loaded.site();
            int posts = site.posts().size();
            listener.built(new ServeListener.Build(next.generation(), site.pages().size() - posts, posts,
                    (System.nanoTime() - start) / 1_000_000, changed, loaded.warnings(), stages, pipeline.cacheStats()));
            reload.send("reload", next.generation());
        } catch (BuildException e) {
            fail(e.diagnostics());
        } catch (RuntimeException e) {
            listener.internalError(e);
        }
    }

    /**
     * Readies a big site for its first edit ({@value #WARM_UP_PAGES} pages or more; smaller ones
     * rebuild in milliseconds anyway). It rebuilds once more from the unchanged files without
     * serving or reporting the result, so the JIT compiles the paths a rebuild takes and a first
     * build does not (the memo's comparisons; the first edit otherwise runs them interpreted, two
     * to three times slower), then asks for a full collection: what the first build left alive is
     * moved out of the young generation once, instead of being copied by the young collections
     * that would otherwise pause the first edits. Runs before the watcher starts.
     */
    void warmUp() {
        warmUp(WARM_UP_PAGES);
    }

    /** The same for a site of {@code minPages} pages or more. */
    void warmUp(int minPages) {
        SiteSnapshot served = snapshot;
        if (served == null || served.loaded().site().pages().size() < minPages) {
            return;
        }
        try (Pipeline pipeline = new Pipeline(0, cache)) {
            Pipeline.Loaded loaded = strict ? pipeline.load(options) : pipeline.preview(options);
            SiteSnapshot trial = new SiteSnapshot(generation, loaded, pageTransform, options.source(),
                    strict ? SiteProblems.NONE : SiteProblems.of(loaded.site(), loaded.warnings()));
            loaded.site().pages().stream().findFirst().ifPresent(p -> trial.rendered(p.url()));
        } catch (RuntimeException e) {
            // the next real rebuild meets and reports the same problem
        }
        System.gc();
    }

    /**
     * A page failed to render on request (a template error no probe met): strictly, show it
     * like a failed build; in a preview only that page shows it, and it is reported once.
     */
    void renderFailed(BuildException e) {
        if (strict) {
            if (!e.diagnostics().equals(errors)) {
                fail(e.diagnostics());
            }
        } else if (reported.add(e.diagnostics())) {
            listener.pageFailed(e.diagnostics());
        }
    }

    /** Renders a page before the build is served: strictly a failure rejects the build, in a preview only the page. */
    private void probe(SiteSnapshot next, String url) {
        try {
            next.rendered(url);
        } catch (BuildException e) {
            if (strict) {
                throw e;
            }
            if (reported.add(e.diagnostics())) {
                listener.pageFailed(e.diagnostics());
            }
        }
    }

    private void fail(List<Diagnostic> diagnostics) {
        errors = List.copyOf(diagnostics);
        changedAt = System.currentTimeMillis();
        listener.failed(errors, snapshot != null);
        reload.send("failed", snapshot == null ? 0 : snapshot.generation());
    }

    private List<String> probes(Site site, boolean oneOfEachTemplate) {
        Set<String> urls = new LinkedHashSet<>();
        synchronized (recent) {
            urls.addAll(recent.keySet());
        }
        if (oneOfEachTemplate) {
            urls.add("/index.html");
            urls.add(site.config().urls().toc());
            urls.add(site.config().urls().blog());
            urls.add(SiteAssembler.NOT_FOUND_URL);
            site.pages().stream().filter(p -> !p.isPost()).findFirst().map(Page::url).ifPresent(urls::add);
            site.pages().stream().filter(Page::isPost).findFirst().map(Page::url).ifPresent(urls::add);
        }
        return new ArrayList<>(urls);
    }

    private boolean templatesChanged(Set<Path> changed) {
        Path templates = options.source().resolve(Theme.TEMPLATES_DIR);
        Path root = options.source();
        return changed.stream().anyMatch(p -> p.startsWith(templates) || p.equals(root));
    }
}
