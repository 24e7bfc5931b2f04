package cairn.cache;

import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedMarkdown;
import cairn.markdown.RenderedPage;
import cairn.Diagnostics;
import cairn.content.PageSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Rendered Markdown per content file, keyed by path and checked against the file's full
 * text (front matter included: it moves the body's line numbers) and the renderer's
 * settings, so a rebuild renders only the pages whose text changed. Thread-safe. The
 * check compares the text itself, not a hash of it, so a stale entry is never returned.
 * Given a {@link MarkdownStore}, a miss here is looked up on disk (by digest) before rendering.
 */
public final class MarkdownCache {

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.Optional<MarkdownStore> store;

    /** An in-memory cache only. */
    public MarkdownCache() {
        this(java.util.Optional.empty());
    }

    /** A cache that also reads and writes {@code store}, so it outlives the process. */
    public MarkdownCache(java.util.Optional<MarkdownStore> store) {
        this.store = store;
    }

    public java.util.Optional<MarkdownStore> store() {
        return store;
    }

    /** Runs one piece of work per page, in parallel, and returns the results in the order of the pages. */
    @FunctionalInterface
    public interface InParallel {
        List<MarkdownRenderer.RenderResult> map(List<PageSource> pages, Function<PageSource, MarkdownRenderer.RenderResult> work);
    }

    /** One build's rendered pages and, with a store, how the store served them. */
    public record Rendered(List<RenderedPage> pages, Optional<String> stats) {
        public Rendered {
            pages = List.copyOf(pages);
        }
    }

    /**
     * Renders every page of one build (from the cache where nothing changed) and forgets
     * files no longer among them. Problems go to {@code diagnostics}; the pages that had
     * one are left out. With a store, its new pack is written as soon as every page has
     * been looked up, whatever later stages do.
     */
    public Rendered renderAll(List<PageSource> sources, MarkdownRenderer renderer, InParallel parallel,
                              Diagnostics diagnostics) {
        retainOnly(sources.stream().map(s -> s.source().path()).toList());
        int hitsBefore = store.map(MarkdownStore::hits).orElse(0);
        int missesBefore = store.map(MarkdownStore::misses).orElse(0);
        List<MarkdownRenderer.RenderResult> results;
        try {
            results = renderChanged(sources, renderer, parallel);
        } catch (RuntimeException | Error e) {
            store.ifPresent(s -> s.flush(false)); // keep what was rendered, retire nothing
            throw e;
        }
        // this build's reads only: serve keeps one store for many builds
        Optional<String> stats = store.map(s -> "markdown cache: " + (s.hits() - hitsBefore) + " cached, "
                + (s.misses() - missesBefore) + " rendered");
        store.ifPresent(s -> s.flush(true).ifPresent(problem ->
                BuildCache.notWritten(diagnostics, s.directory() + ": " + problem, "these pages")));
        List<RenderedPage> pages = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            MarkdownRenderer.RenderResult r = results.get(i);
            r.problem().ifPresent(diagnostics::add);
            PageSource source = sources.get(i);
            r.body().ifPresent(body -> pages.add(new RenderedPage(source, body)));
        }
        return new Rendered(pages, stats);
    }

    /**
     * Takes the unchanged pages from memory on this thread and hands only the others to the
     * workers: in {@code serve} an edit changes one page of thousands.
     */
    private List<MarkdownRenderer.RenderResult> renderChanged(List<PageSource> sources, MarkdownRenderer renderer,
                                                              InParallel parallel) {
        List<MarkdownRenderer.RenderResult> results = new ArrayList<>(sources.size());
        List<Integer> changed = new ArrayList<>();
        for (PageSource source : sources) {
            Optional<MarkdownRenderer.RenderResult> kept = cached(source, renderer);
            if (kept.isEmpty()) {
                changed.add(results.size());
            }
            results.add(kept.orElse(null)); // set below
        }
        if (!changed.isEmpty()) {
            List<MarkdownRenderer.RenderResult> fresh = parallel.map(changed.stream().map(sources::get).toList(),
                    s -> render(s, renderer));
            for (int i = 0; i < changed.size(); i++) {
                results.set(changed.get(i), fresh.get(i));
            }
        }
        return results;
    }

    /** {@code key} is the entry's key in the store, {@code null} without one. */
    private record Entry(Path displayPath, String text, String settings, MarkdownRenderer.RenderResult rendered,
                         MarkdownPack.Key key) {
    }

    /**
     * The page's body rendered by {@code renderer} (or the problem that stopped it), from the
     * cache when nothing it depends on changed.
     */
    public MarkdownRenderer.RenderResult render(PageSource page, MarkdownRenderer renderer) {
        Optional<MarkdownRenderer.RenderResult> kept = cached(page, renderer);
        if (kept.isPresent()) {
            return kept.get();
        }
        Path path = page.source().path();
        Path display = page.source().displayPath();
        String text = page.source().text();
        MarkdownPack.Key key = store.map(s -> s.key(page, renderer.settings())).orElse(null);
        MarkdownRenderer.RenderResult fresh = store.isEmpty() ? renderer.renderSafely(page)
                : fromStore(store.get(), key, page, renderer);
        entries.put(path, new Entry(display, text, renderer.settings(), fresh, key));
        return fresh;
    }

    /** The page's body from memory when nothing it depends on changed. */
    private Optional<MarkdownRenderer.RenderResult> cached(PageSource page, MarkdownRenderer renderer) {
        Entry cached = entries.get(page.source().path());
        if (cached != null && cached.text.equals(page.source().text())
                && cached.displayPath.equals(page.source().displayPath())
                && cached.settings.equals(renderer.settings())) {
            store.ifPresent(s -> s.keep(cached.key)); // the store must not drop what this build still uses
            return Optional.of(cached.rendered);
        }
        return Optional.empty();
    }

    private static MarkdownRenderer.RenderResult fromStore(MarkdownStore store, MarkdownPack.Key key,
                                                           PageSource page, MarkdownRenderer renderer) {
        java.util.Optional<RenderedMarkdown> stored = store.get(key);
        if (stored.isPresent()) {
            return new MarkdownRenderer.RenderResult(stored, java.util.Optional.empty());
        }
        MarkdownRenderer.RenderResult fresh = renderer.renderSafely(page);
        fresh.body().ifPresent(body -> store.put(key, body)); // problems are not stored: they are reported every build
        return fresh;
    }

    /** Forgets every file not in {@code paths}. */
    public void retainOnly(Collection<Path> paths) {
        Set<Path> keep = new HashSet<>(paths);
        entries.keySet().removeIf(p -> !keep.contains(p));
    }

    public int size() {
        return entries.size();
    }
}
