package cairn.site;

import cairn.content.FileHistory;
import cairn.content.SiteConfig;
import cairn.markdown.RenderedMarkdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one {@code assemble} hands to the next in the same process ({@code cairn serve}
 * keeps one in its build cache): the per-page results of the costly, per-page parts (links
 * rewritten from source files, link checks, see-also candidates, resources), each with the
 * inputs it was computed from. The next assemble runs every stage as a full one does and
 * takes a page's result from here only when those inputs are equal:
 * <ul>
 *   <li>a body's source links are rewritten again when its body, its file or any page's
 *       file or URL changed;</li>
 *   <li>a page's links are checked again when its URL, file or links changed, when one of
 *       its links reaches a URL whose page, file or redirect changed (added, deleted,
 *       renamed), when a page it looks an anchor up in changed its ids, when it has a broken
 *       link and any URL or title changed (the did-you-mean looks at all of them), or when it
 *       links to a source file and any page's file changed; every redirect changes when one
 *       does;</li>
 *   <li>hand-written see-also links are resolved again when the page's links, file or URL
 *       changed, or any address did;</li>
 *   <li>see-also candidates are selected again for all pages when the link graph, the
 *       reading order or the automatic-pick filter changed, else for pages whose declared,
 *       hand-written or chapter pages changed;</li>
 *   <li>a page's resources are found again when the page, its chapter, its dates or the
 *       history changed.</li>
 * </ul>
 * A changed {@code cairn.yaml} forgets everything. The rest of assemble (chapters, reading
 * order, tags, redirects, clashes, page ends) is cheap and always computed in full, so an
 * incremental result is the full result: {@code serve.IncrementalRebuildTest} compares them
 * after random edits. Used by one build at a time.
 */
public final class AssemblyMemo {

    private SiteConfig config;
    private SourceLinks rewriteSources;
    private Map<PageId, Rewrite> rewrites = new HashMap<>();
    private SourceLinks linkSources;
    private Map<String, PageId> pageByUrl = Map.of();
    private Set<String> others = Set.of();
    private List<Redirect> redirects = List.of();
    private Map<String, String> titles = Map.of();
    private Map<PageId, PageLinks> links = Map.of();
    private List<PageId> readingOrder = List.of();
    private SeeAlsoSelector.Filter filter;
    private Map<PageId, List<PageId>> edges = Map.of();
    private LinkGraph graph;
    private boolean graphChanged = true;
    private Map<String, List<PageId>> chapterPages = Map.of();
    private Set<String> sameChapters = Set.of();
    private Map<PageId, Candidates> candidates = new HashMap<>();
    private boolean sameAddresses;
    private Map<PageId, Hand> hands = new HashMap<>();
    private FileHistory history;
    private Map<PageId, Resources> resources = new HashMap<>();
    private int linksReused;
    private int seeAlsoReused;
    private int pageCount;

    private record Rewrite(RenderedMarkdown in, Path from, RenderedMarkdown out) {
    }

    private record Candidates(List<PageId> declared, Set<PageId> hand, Optional<String> chapter, List<PageId> picked) {
    }

    private record Resources(Page page, PageDates dates, List<Resource> found) {
    }

    private record Hand(List<String> links, Path from, String url, Set<PageId> targets) {
    }

    /** A memo that has seen nothing yet: the first assemble computes everything. */
    public AssemblyMemo() {
    }

    /**
     * "assemble memo: links of 1998 of 2000 pages kept, see-also of 2000": how many pages'
     * link checks and see-also candidates the last assemble kept; empty when it kept none.
     */
    public Optional<String> stats() {
        return linksReused + seeAlsoReused == 0 ? Optional.empty() : Optional.of("assemble memo: links of "
                + linksReused + " of " + pageCount + " pages kept, see-also of " + seeAlsoReused);
    }

    /**
     * Starts an assemble of a site with {@code next} whose pages have the source files of
     * {@code files}. A changed configuration forgets everything; changed files forget the
     * rewritten bodies. Each part below is replaced only together with the inputs it was
     * compared with, so an assemble that fails half-way leaves no result stale.
     */
    void begin(SiteConfig next, SourceLinks files) {
        if (!next.equals(config)) {
            rewrites = new HashMap<>();
            rewriteSources = null;
            links = Map.of();
            linkSources = null;
            candidates = new HashMap<>();
            hands = new HashMap<>();
            filter = null;
            graph = null;
            resources = new HashMap<>();
            history = null;
            config = next;
        }
        if (rewriteSources == null || !rewriteSources.sameFiles(files)) {
            rewrites = new HashMap<>();
            rewriteSources = files;
        }
        linksReused = 0;
        seeAlsoReused = 0;
        pageCount = 0;
    }

    /** {@code page}'s body with its source links rewritten: the last one when nothing it came from changed. */
    RenderedMarkdown rewritten(Page page, Supplier<RenderedMarkdown> rewrite) {
        Path from = page.source().source().displayPath();
        Rewrite last = rewrites.get(page.id());
        if (last != null && last.from().equals(from) && last.in().equals(page.body())) {
            return last.out();
        }
        RenderedMarkdown out = rewrite.get();
        rewrites.put(page.id(), new Rewrite(page.body(), from, out));
        return out;
    }

    /**
     * The link check of every page, in the order of {@code pages}: the last one for pages
     * whose links cannot resolve differently, else {@code check}'s.
     */
    List<PageLinks> links(Map<PageId, Page> pages, SourceLinks files, Map<String, PageId> urls,
                          Set<String> otherUrls, List<Redirect> nextRedirects, Map<String, String> nextTitles,
                          PageLinkCheck check) {
        Set<String> changed = redirects.equals(nextRedirects) ? changedUrls(urls, otherUrls) : null;
        boolean filesChanged = linkSources == null || !linkSources.sameFiles(files);
        boolean anyChanged = changed == null || !changed.isEmpty() || !titles.equals(nextTitles) || filesChanged;
        Map<PageId, PageLinks> next = new HashMap<>();
        List<PageLinks> out = new ArrayList<>(pages.size());
        for (Page page : pages.values()) {
            PageLinks last = links.get(page.id());
            boolean keep = last != null && changed != null && last.sameInput(page)
                    && !(anyChanged && last.broken()) && !(filesChanged && last.sourceLinks())
                    && !last.reaches(changed) && last.anchorsStill(pages);
            PageLinks result = keep ? last : check.check(page);
            linksReused += keep ? 1 : 0;
            pageCount++;
            next.put(page.id(), result);
            out.add(result);
        }
        links = next;
        sameAddresses = changed != null && changed.isEmpty() && !filesChanged && files.filesOnly();
        linkSources = files;
        pageByUrl = Map.copyOf(urls);
        others = Set.copyOf(otherUrls);
        redirects = List.copyOf(nextRedirects);
        titles = Map.copyOf(nextTitles);
        return out;
    }

    /** The URLs whose page changed, and the other addresses that appeared or went. */
    private Set<String> changedUrls(Map<String, PageId> urls, Set<String> otherUrls) {
        Set<String> changed = new HashSet<>();
        urls.forEach((url, id) -> {
            if (!id.equals(pageByUrl.get(url))) {
                changed.add(url);
            }
        });
        pageByUrl.keySet().stream().filter(u -> !urls.containsKey(u)).forEach(changed::add);
        otherUrls.stream().filter(u -> !others.contains(u)).forEach(changed::add);
        others.stream().filter(u -> !otherUrls.contains(u)).forEach(changed::add);
        return changed;
    }

    /**
     * The link graph of the pages' edges, in the order of {@code checked}: the last one when
     * every page links to the same pages as before.
     */
    LinkGraph graph(List<PageLinks> checked) {
        Map<PageId, List<PageId>> nextEdges = new HashMap<>();
        checked.forEach(l -> nextEdges.put(l.page(), l.edges()));
        graphChanged = graph == null || !nextEdges.equals(edges);
        if (graphChanged) {
            LinkGraph next = new LinkGraph();
            for (PageLinks l : checked) {
                l.edges().forEach(to -> next.add(l.page(), to));
            }
            graph = next;
            edges = nextEdges;
        }
        return graph;
    }

    /**
     * Starts selecting see-also candidates: the last selections stay usable only when the
     * link graph, the reading order and the filter are the same, and for pages whose
     * chapter has the same pages.
     */
    void seeAlsoFrom(ReadingOrder order, SeeAlsoSelector.Filter nextFilter) {
        if (graphChanged || !order.pages().equals(readingOrder) || !nextFilter.equals(filter)) {
            candidates = new HashMap<>();
            readingOrder = order.pages();
            filter = nextFilter;
        }
        Map<String, List<PageId>> nextChapters = new HashMap<>();
        Set<String> same = new HashSet<>();
        for (Chapter c : order.chapters()) {
            nextChapters.put(c.number(), c.pages());
            if (c.pages().equals(chapterPages.get(c.number()))) {
                same.add(c.number());
            }
        }
        chapterPages = nextChapters;
        sameChapters = same;
    }

    /**
     * The see-also candidates of {@code page} in {@code chapter}: the last ones when its
     * declared and hand-written see-also and its chapter's pages are the same too.
     */
    List<PageId> seeAlso(PageId page, List<PageId> declared, Set<PageId> hand, Optional<String> chapter,
                         Supplier<List<PageId>> select) {
        Candidates last = candidates.get(page);
        boolean keep = last != null && last.declared().equals(declared) && last.hand().equals(hand)
                && last.chapter().equals(chapter) && chapter.map(sameChapters::contains).orElse(true);
        if (keep) {
            seeAlsoReused++;
            return last.picked();
        }
        List<PageId> picked = select.get();
        candidates.put(page, new Candidates(List.copyOf(declared), Set.copyOf(hand), chapter, List.copyOf(picked)));
        return picked;
    }

    /**
     * The pages {@code page}'s hand-written see-also links go to: the last ones when its links,
     * file and URL are the same and no address changed since the last assemble (no page, file,
     * generated or static address, or redirect; no one-file guide), so each link resolves as
     * before. Call after {@link #links}.
     */
    Set<PageId> handSeeAlso(Page page, Supplier<Set<PageId>> resolve) {
        Path from = page.source().source().displayPath();
        Hand last = hands.get(page.id());
        if (sameAddresses && last != null && last.links().equals(page.body().handSeeAlso())
                && last.from().equals(from) && last.url().equals(page.url())) {
            return last.targets();
        }
        Set<PageId> targets = java.util.Collections.unmodifiableSet(resolve.get()); // a HashSet: its order is fixed
        hands.put(page.id(), new Hand(page.body().handSeeAlso(), from, page.url(), targets));
        return targets;
    }

    /** Starts finding resources with {@code next}: a different history forgets the pages' resources. */
    void resourcesFrom(FileHistory next) {
        if (!next.equals(history)) {
            resources = new HashMap<>();
            history = next;
        }
    }

    /** The resources of {@code page}: the last ones when the page (its chapter included) and its dates are the same. */
    List<Resource> resources(Page page, PageDates dates, Supplier<List<Resource>> find) {
        Resources last = resources.get(page.id());
        if (last != null && last.page().equals(page) && last.dates().equals(dates)) {
            return last.found();
        }
        List<Resource> found = find.get();
        resources.put(page.id(), new Resources(page, dates, List.copyOf(found)));
        return found;
    }
}
