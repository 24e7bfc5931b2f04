package cairn.site;

import cairn.Diagnostics;
import cairn.Severity;
import cairn.SourcePos;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.markdown.LinkRewriter;
import cairn.markdown.RenderedMarkdown;
import cairn.markdown.RenderedPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code assemble} stage: builds the {@link Site} from loaded, rendered pages. Gives each page its URL,
 * rejects duplicate slugs and URL clashes, builds chapters and the reading order,
 * resolves every internal link (broken links and anchors are errors, or warnings when
 * links are not strict), builds the link graph and selects see-also boxes.
 */
public final class SiteAssembler {

    /** A slug that makes a page the home page ({@code /index.html}) instead of a chapter page. */
    public static final String HOME_SLUG = "index";
    public static final String NOT_FOUND_URL = "/404.html";
    private static final int HUB_LINKS = 20;

    private SiteAssembler() {
    }

    public static Site assemble(SiteConfig config, List<RenderedPage> rendered, Map<String, Path> staticFiles,
                                Diagnostics diagnostics) {
        return assemble(config, rendered, staticFiles, Set.of(), diagnostics);
    }

    /** Assembles a site that also has the pages made from templates alone at {@code templatePages} (site paths). */
    public static Site assemble(SiteConfig config, List<RenderedPage> rendered, Map<String, Path> staticFiles,
                                Set<String> templatePages, Diagnostics diagnostics) {
        return assemble(config, rendered, staticFiles, templatePages, new AssemblyMemo(), diagnostics);
    }

    /**
     * The same, reusing from {@code memo} the per-page results of the last assemble whose
     * inputs are unchanged ({@code cairn serve}), and leaving this one's there for the next.
     * The site and the diagnostics are those of a full assemble.
     */
    public static Site assemble(SiteConfig config, List<RenderedPage> rendered, Map<String, Path> staticFiles,
                                Set<String> templatePages, AssemblyMemo memo, Diagnostics diagnostics) {
        Map<PageId, Page> pages = pages(config, rendered, diagnostics);
        Optional<PageId> home = Optional.of(PageId.page(HOME_SLUG)).filter(pages::containsKey);
        List<PageSource> topics = pages.values().stream().filter(p -> !p.isPost() && !p.id().equals(home.orElse(null)))
                .map(Page::source).filter(s -> !s.hidden()).toList();
        ReadingOrder order = new ReadingOrder(ChapterBuilder.build(config, topics, diagnostics));
        List<PageId> readingOrder = order.pages();
        pages.replaceAll((id, p) -> new Page(id, p.source(), p.url(), p.body(), order.chapterOf(id)));
        SourceLinks sourceLinks = new SourceLinks(pages.values());
        memo.begin(config, sourceLinks);
        pages.replaceAll((id, p) -> {
            Path from = p.source().source().displayPath();
            RenderedMarkdown body = memo.rewritten(p, () ->
                    LinkRewriter.rewrite(p.body(), t -> sourceLinks.translate(t, from), config.basePath()));
            return body == p.body() ? p : new Page(id, p.source(), p.url(), body, p.chapter());
        });
        List<PageId> posts = pages.values().stream().filter(Page::isPost).filter(p -> !p.source().hidden())
                .sorted(Comparator.comparing((Page p) -> p.source().date().orElseThrow()).reversed()
                        .thenComparing(p -> p.id().slug()))
                .map(Page::id).toList();
        List<Tag> tags = TagIndex.build(config, pages, posts, readingOrder);
        Set<String> generated = GeneratedFiles.urls(config, posts.size(), tags, staticFiles);
        generated.addAll(templatePages);
        checkClashes(pages, staticFiles, generated, home, diagnostics);

        Map<String, PageId> pageByUrl = new HashMap<>();
        pages.values().forEach(p -> pageByUrl.put(p.url(), p.id()));
        Set<String> others = new HashSet<>(generated);
        others.addAll(staticFiles.keySet());
        Set<String> taken = new HashSet<>(others);
        taken.addAll(pageByUrl.keySet());
        List<Redirect> redirects = RedirectCollector.collect(config, pages, taken,
                new LinkResolver(pageByUrl, others, config.basePath()), diagnostics);
        Map<String, String> titles = new HashMap<>();
        pages.values().forEach(p -> titles.put(p.url(), p.title()));
        LinkResolver resolver = new LinkResolver(pageByUrl, others, config.basePath(), redirects, titles);
        Severity linkSeverity = config.strictLinks() ? Severity.ERROR : Severity.WARNING;
        KnownAddresses known = new KnownAddresses(config.knownAddresses());
        PageLinkCheck check = new PageLinkCheck(pages, resolver, sourceLinks, known, linkSeverity, config.basePath());
        List<PageLinks> checked = memo.links(pages, sourceLinks, pageByUrl, others, redirects, titles, check);
        checked.forEach(links -> links.problems().forEach(diagnostics::add));
        LinkGraph graph = memo.graph(checked);

        Map<PageId, List<PageId>> seeAlso = new HashMap<>();
        Map<PageId, List<PageId>> whatNext = new HashMap<>();
        SeeAlsoSelector.Filter filter = seeAlsoFilter(config, pages, readingOrder, graph, diagnostics);
        memo.seeAlsoFrom(order, filter);
        for (Page page : pages.values()) {
            List<PageId> declared = slugList(page, "see_also", page.source().seeAlso(), pages, resolver, diagnostics);
            whatNext.put(page.id(), slugList(page, "next", page.source().next(), pages, resolver, diagnostics));
            Set<PageId> hand = memo.handSeeAlso(page, () -> {
                Set<PageId> found = new HashSet<>();
                for (String href : page.body().handSeeAlso()) {
                    String target = sourceLinks.translate(href, page.source().source().displayPath()).orElse(href);
                    resolver.resolve(target, page.url()).page().ifPresent(found::add);
                }
                return found;
            });
            seeAlso.put(page.id(), memo.seeAlso(page.id(), declared, hand, page.chapter(), () -> SeeAlsoSelector.select(
                    page.id(), declared, hand, graph,
                    page.chapter().flatMap(order::chapter).map(Chapter::pages).orElse(List.of()),
                    order.positions(), filter, config.seeAlsoMax() + PageEnds.SPARE)));
        }
        Set<PageId> notTopics = new HashSet<>(filter.excluded());
        notTopics.addAll(filter.hubs());
        PageEnds ends = PageEnds.arrange(pages.keySet(), order.chapters(), readingOrder, posts, whatNext, seeAlso,
                notTopics, config.seeAlsoMax());
        return new Site(config, pages, order, posts, home, graph, ends.seeAlso(), staticFiles,
                generated, new Site.Navigation(ends.whatNext(), redirects, tags));
    }

    /**
     * Pages the automatic see-also picks and cards skip ({@code see_also_exclude: true}, the config's
     * {@code see_also.exclude} slugs), and hubs: pages linking to at least {@value #HUB_LINKS} pages and an
     * eighth of the reading order, whose one-way links say little about a topic.
     */
    private static SeeAlsoSelector.Filter seeAlsoFilter(SiteConfig config, Map<PageId, Page> pages,
                                                        List<PageId> readingOrder, LinkGraph graph,
                                                        Diagnostics diagnostics) {
        Set<PageId> excluded = new HashSet<>();
        for (Page p : pages.values()) {
            if (p.source().frontMatter().bool("see_also_exclude").orElse(false)) {
                excluded.add(p.id());
            }
        }
        for (String slug : config.reader().seeAlsoExclude()) {
            PageId id = PageId.page(slug.replaceFirst("^/", "").replaceFirst("\\.html$", ""));
            if (pages.containsKey(id)) {
                excluded.add(id);
            } else {
                diagnostics.warning("unknown-slug", config.reader().seeAlsoExcludePos(),
                        "see_also.exclude names unknown page \"" + slug + "\"");
            }
        }
        int hubSize = Math.max(HUB_LINKS, readingOrder.size() / 8);
        Set<PageId> hubs = new HashSet<>();
        for (PageId id : readingOrder) {
            if (graph.outDegree(id) >= hubSize) {
                hubs.add(id);
            }
        }
        return new SeeAlsoSelector.Filter(excluded, hubs);
    }

    private static Map<PageId, Page> pages(SiteConfig config, List<RenderedPage> rendered, Diagnostics diagnostics) {
        Map<PageId, Page> pages = new TreeMap<>();
        Map<String, PageSource> byLowerSlug = new HashMap<>();
        for (RenderedPage r : rendered) {
            PageSource s = r.source();
            PageId id = new PageId(s.kind(), s.slug());
            Page existing = pages.get(id);
            if (existing != null) {
                diagnostics.error("duplicate-slug", s.positionOf("slug"), "duplicate slug \"" + s.slug()
                        + "\": also used by " + existing.source().source().displayPath().toString().replace('\\', '/'));
                continue;
            }
            String lower = s.kind() + "/" + s.slug().toLowerCase(Locale.ROOT);
            PageSource twin = byLowerSlug.putIfAbsent(lower, s);
            if (twin != null) {
                diagnostics.warning("slug-case", s.positionOf("slug"), "slug \"" + s.slug() + "\" differs from \""
                        + twin.slug() + "\" (" + twin.source().displayPath().toString().replace('\\', '/')
                        + ") only in case; they collide on case-insensitive file systems and hosts");
            }
            String url = s.slug().equals(HOME_SLUG) && !s.isPost() ? "/index.html"
                    : (s.isPost() ? config.urls().post() : config.urls().page()).replace("{slug}", s.slug());
            pages.put(id, new Page(id, s, url, r.body(), Optional.empty()));
        }
        return pages;
    }

    private static void checkClashes(Map<PageId, Page> pages, Map<String, Path> staticFiles, Set<String> generated,
                                     Optional<PageId> home, Diagnostics diagnostics) {
        for (String url : generated) {
            if (staticFiles.containsKey(url) && !(home.isPresent() && url.equals("/index.html"))) {
                diagnostics.warning("static-overrides", SourcePos.of(Path.of("static" + url)),
                        "static file replaces the file cairn generates at " + url);
            }
        }
        Map<String, Page> byUrl = new HashMap<>();
        for (Page p : pages.values()) {
            Page other = byUrl.putIfAbsent(p.url(), p);
            String what = null;
            if (other != null) {
                what = other.source().source().displayPath().toString().replace('\\', '/');
            } else if (staticFiles.containsKey(p.url())) {
                what = "the static file " + p.url();
            } else if (generated.contains(p.url()) && !(home.isPresent() && home.get().equals(p.id()))) {
                what = "a page cairn generates";
            }
            if (what != null) {
                diagnostics.error("url-clash", p.source().positionOf("slug"),
                        "page URL \"" + p.url() + "\" is also the output of " + what);
            }
        }
    }

    /** Resolves a front-matter list of slugs ({@code see_also}, {@code next}); unknown ones are errors at the key. */
    private static List<PageId> slugList(Page page, String key, List<String> slugs, Map<PageId, Page> pages,
                                         LinkResolver resolver, Diagnostics diagnostics) {
        List<PageId> out = new ArrayList<>();
        for (String raw : slugs) {
            String slug = raw.replaceFirst("^/", "").replaceFirst("\\.html$", "");
            PageId id = PageId.page(slug);
            if (!pages.containsKey(id)) {
                id = PageId.post(slug);
            }
            if (pages.containsKey(id)) {
                out.add(id);
            } else {
                Optional<String> hint = resolver.suggest("/" + slug + ".html")
                        .map(u -> u.replaceFirst("^/", "").replaceFirst("\\.html$", ""));
                diagnostics.error("unknown-slug", page.source().positionOf(key), key + " names unknown page \"" + raw
                        + "\"" + hint.map(h -> " (did you mean \"" + h + "\"?)").orElse(""));
            }
        }
        return out;
    }
}
