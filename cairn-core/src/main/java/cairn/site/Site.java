package cairn.site;

import cairn.content.SiteConfig;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The assembled site, immutable: every page by id, chapters in order, the reading order
 * (all chapter pages, chapter by chapter), posts newest first, the link graph and the
 * see-also selection, the static files and the URLs of generated pages. Neighbours are
 * computed from the orders, never stored on pages.
 */
public final class Site {

    private final SiteConfig config;
    private final Map<PageId, Page> pages;
    private final ReadingOrder order;
    private final List<PageId> posts;
    private final Optional<PageId> home;
    private final LinkGraph links;
    private final Map<PageId, List<PageId>> seeAlso;
    private final Map<String, Path> staticFiles;
    private final Set<String> generatedUrls;
    private final Map<PageId, Integer> postIndex = new HashMap<>();
    private final Navigation navigation;
    private Living living = Living.none();

    /**
     * What readers navigate by besides chapters: the "what next" cards of each page,
     * redirects from old addresses, and tags.
     */
    public record Navigation(Map<PageId, List<PageId>> whatNext, List<Redirect> redirects, List<Tag> tags) {
        public Navigation {
            whatNext = Map.copyOf(whatNext);
            redirects = List.copyOf(redirects);
            tags = List.copyOf(tags);
        }

        public static Navigation none() {
            return new Navigation(Map.of(), List.of(), List.of());
        }
    }

    public Site(SiteConfig config, Map<PageId, Page> pages, ReadingOrder order, List<PageId> posts, Optional<PageId> home, LinkGraph links, Map<PageId, List<PageId>> seeAlso,
                Map<String, Path> staticFiles, Set<String> generatedUrls, Navigation navigation) {
        this.config = config;
        this.navigation = navigation;
        this.pages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages));
        this.order = order;
        this.posts = List.copyOf(posts);
        this.home = home;
        this.links = links;
        this.seeAlso = Map.copyOf(seeAlso);
        this.staticFiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(staticFiles));
        this.generatedUrls = Set.copyOf(generatedUrls);
        for (int i = 0; i < posts.size(); i++) {
            postIndex.put(posts.get(i), i);
        }
    }

    public SiteConfig config() {
        return config;
    }

    public Collection<Page> pages() {
        return pages.values();
    }

    public Page page(PageId id) {
        Page p = pages.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no page " + id);
        }
        return p;
    }

    public Optional<Page> find(PageId id) {
        return Optional.ofNullable(pages.get(id));
    }

    public List<Chapter> chapters() {
        return order.chapters();
    }

    public List<PageId> readingOrder() {
        return order.pages();
    }

    public List<PageId> posts() {
        return posts;
    }

    public Optional<PageId> home() {
        return home;
    }

    public LinkGraph links() {
        return links;
    }

    public Map<String, Path> staticFiles() {
        return staticFiles;
    }

    public Set<String> generatedUrls() {
        return generatedUrls;
    }

    public Optional<Chapter> chapterOf(PageId id) {
        return find(id).flatMap(Page::chapter).flatMap(order::chapter);
    }

    /** The page before {@code id} in reading order; for posts, the next older post. */
    public Optional<PageId> previous(PageId id) {
        if (postIndex.containsKey(id)) {
            return at(posts, postIndex.get(id) + 1);
        }
        return order.position(id).flatMap(i -> at(order.pages(), i - 1));
    }

    /** The page after {@code id} in reading order; for posts, the next newer post. */
    public Optional<PageId> next(PageId id) {
        if (postIndex.containsKey(id)) {
            return at(posts, postIndex.get(id) - 1);
        }
        return order.position(id).flatMap(i -> at(order.pages(), i + 1));
    }

    /**
     * The "what next" cards of a page: its front-matter {@code next}, else the next page in
     * reading order, the first page of the next chapter and the strongest see-also pick
     * (posts: only what they declare). See {@code PageEnds}.
     */
    public List<PageId> whatNext(PageId id) {
        return navigation.whatNext().getOrDefault(id, List.of());
    }

    public List<Redirect> redirects() {
        return navigation.redirects();
    }

    public List<Tag> tags() {
        return navigation.tags();
    }

    public List<PageId> seeAlso(PageId id) {
        return seeAlso.getOrDefault(id, List.of());
    }

    public List<PageId> backlinks(PageId id) {
        return links.backlinks(id);
    }

    /** Dates, resources and link health ({@link Living}); none until the pipeline attaches them. */
    public Living living() {
        return living;
    }

    /** The same site with {@code l} attached and the pages of "Recently updated" after the first added. */
    public Site withLiving(Living l) {
        Set<String> urls = new java.util.LinkedHashSet<>(generatedUrls);
        if (urls.contains(LivingPages.UPDATES)) {
            int count = GeneratedFiles.blogPageCount(l.dates().values().stream()
                    .filter(d -> d.updated().isPresent()).toList().size(), l.config().updatesPageSize());
            for (int n = 2; n <= count; n++) {
                urls.add(LivingPages.updatesPage(n));
            }
        }
        Site s = new Site(config, pages, order, posts, home, links, seeAlso, staticFiles, urls,
                navigation);
        s.living = l;
        return s;
    }

    private static Optional<PageId> at(List<PageId> list, int i) {
        return i >= 0 && i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    }
}
