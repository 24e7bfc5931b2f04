package cairn.render;

import cairn.content.PageSource;
import cairn.markdown.Heading;
import cairn.site.Chapter;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.GeneratedFiles;
import cairn.site.Section;
import cairn.site.Site;
import cairn.site.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the template model documented in {@code docs/templates.md} from the
 * {@link Site}. The parts every page shares (site, chapters, links) are built once;
 * per page only what differs is new (the current chapter's copy with its
 * {@code current} flags), which keeps a sidebar of thousands of pages cheap.
 * Every documented key is always present, possibly null, so strict templates work.
 */
public final class TemplateModel {

    private final Site site;
    private final String basePath;
    private final Map<PageId, Map<String, Object>> links = new HashMap<>();
    private final Map<String, Map<String, Object>> chapters = new LinkedHashMap<>();
    private final Map<String, Tag> tagBySlug = new HashMap<>();
    private final Map<String, Object> siteModel;
    private final LivingModel living;

    public TemplateModel(Site site) {
        this.site = site;
        this.basePath = site.config().basePath();
        this.living = new LivingModel(site);
        for (Page p : site.pages()) {
            links.put(p.id(), link(p, false));
        }
        for (Chapter c : site.chapters()) {
            chapters.put(c.number(), chapter(c, false, null));
        }
        site.tags().forEach(t -> tagBySlug.putIfAbsent(t.slug(), t));
        this.siteModel = siteModel();
    }

    /** The model parts every page shares, by identity: {@link RenderFingerprint} digests them once. */
    Set<Object> sharedParts() {
        Set<Object> parts = RenderFingerprint.identitySet();
        parts.addAll(links.values());
        parts.addAll(chapters.values());
        parts.add(siteModel);
        parts.addAll(living.sharedParts());
        return parts;
    }

    /** The model of a page or post. */
    public Map<String, Object> forPage(Page page) {
        String kind = site.home().filter(page.id()::equals).isPresent() ? "index" : page.isPost() ? "post" : "page";
        Map<String, Object> m = common(pageMap(page, kind), page.url(), page.chapter().orElse(null), page.id());
        Optional<Chapter> chapter = site.chapterOf(page.id());
        m.put("chapter", chapter.map(c -> chapters.get(c.number())).orElse(null));
        m.put("prev", site.previous(page.id()).map(links::get).orElse(null));
        m.put("next", site.next(page.id()).map(links::get).orElse(null));
        m.put("seeAlso", site.seeAlso(page.id()).stream().map(links::get).toList());
        m.put("backlinks", site.backlinks(page.id()).stream().map(links::get).toList());
        m.put("whatNext", site.whatNext(page.id()).stream().map(links::get).toList());
        m.put("socialImage", absolute(socialImage(page.source().headerImage(), kind, page.url())));
        List<Map<String, String>> crumbs = new ArrayList<>();
        crumbs.add(crumb(site.config().title(), url("/index.html")));
        chapter.ifPresent(c -> crumbs.add(crumb(c.title(), url(site.page(c.pages().get(0)).url()))));
        if (page.isPost()) {
            crumbs.add(crumb("Blog", url(site.config().urls().blog())));
        }
        if (!"index".equals(kind)) {
            crumbs.add(crumb(page.title(), url(page.url())));
        }
        m.put("breadcrumbs", crumbs);
        return m;
    }

    /** The model of a generated page ({@code toc}, {@code index}, {@code blog}, {@code 404}). */
    public Map<String, Object> forGenerated(String kind, String title, String siteUrl) {
        Map<String, Object> page = emptyPage(kind, title, url(siteUrl));
        Map<String, Object> m = common(page, siteUrl, null, null);
        m.put("chapter", null);
        m.put("prev", null);
        m.put("next", null);
        m.put("seeAlso", List.of());
        m.put("backlinks", List.of());
        m.put("whatNext", List.of());
        m.put("socialImage", absolute(kind.equals("index") || kind.equals("toc") ? socialImage("", kind, siteUrl)
                : site.config().reader().image()));
        List<Map<String, String>> crumbs = new ArrayList<>();
        crumbs.add(crumb(site.config().title(), url("/index.html")));
        if (!kind.equals("index")) {
            crumbs.add(crumb(title, url(siteUrl)));
        }
        m.put("breadcrumbs", crumbs);
        return m;
    }

    private Map<String, Object> common(Map<String, Object> page, String siteUrl, String chapterNumber, PageId current) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", siteModel);
        m.put("page", page);
        List<Map<String, Object>> sidebar = new ArrayList<>(chapters.size());
        for (Chapter c : site.chapters()) {
            sidebar.add(c.number().equals(chapterNumber) && current != null
                    ? CurrentChapter.of(chapters.get(c.number()), links.get(current), link(site.page(current), true),
                            current.kind() + "/" + current.slug())
                    : c.number().equals(chapterNumber) ? chapter(c, true, null) : chapters.get(c.number()));
        }
        m.put("sidebar", sidebar);
        m.put("canonicalUrl", site.config().baseUrl().isSet() ? site.config().baseUrl().absolute(siteUrl)
                : url(siteUrl));
        m.put("pagination", null);
        m.put("tag", null);
        m.put("updates", null);
        m.put("resources", null);
        return m;
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> s = new HashMap<>();
        var c = site.config();
        s.put("title", c.title());
        s.put("description", c.description());
        s.put("author", c.author());
        s.put("language", c.language());
        s.put("baseUrl", c.baseUrl().url());
        s.put("basePath", basePath);
        s.put("homeUrl", url("/index.html"));
        s.put("tocUrl", url(c.urls().toc()));
        s.put("blogUrl", url(c.urls().blog()));
        s.put("chapters", List.copyOf(chapters.values()));
        s.put("posts", site.posts().stream().map(links::get).toList());
        s.put("params", c.params());
        s.put("feedUrl", generatedUrl(GeneratedFiles.RSS));
        s.put("atomUrl", generatedUrl(GeneratedFiles.ATOM));
        s.put("searchIndexUrl", url(GeneratedFiles.SEARCH_INDEX));
        s.put("searchUrl", url(GeneratedFiles.SEARCH_PAGE));
        living.addToSite(s);
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Tag t : site.tags()) {
            tags.add(tagLink(t));
        }
        s.put("tags", tags);
        return s;
    }

    private Map<String, Object> chapter(Chapter c, boolean current, PageId currentPage) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.key());
        m.put("number", c.number());
        m.put("title", c.title());
        m.put("url", c.pages().isEmpty() ? null : url(site.page(c.pages().get(0)).url()));
        m.put("current", current);
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (Section s : c.sections()) {
            List<Map<String, Object>> pages = new ArrayList<>();
            for (PageId id : s.pages()) {
                Map<String, Object> l = id.equals(currentPage) ? link(site.page(id), true) : links.get(id);
                pages.add(l);
                all.add(l);
            }
            Map<String, Object> sm = new HashMap<>();
            sm.put("title", s.title().orElse(null));
            sm.put("pages", pages);
            sections.add(sm);
        }
        m.put("sections", sections);
        m.put("pages", all);
        return m;
    }

    private Map<String, Object> link(Page p, boolean current) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", p.title());
        m.put("sidebarTitle", p.source().sidebarTitle());
        m.put("url", url(p.url()));
        m.put("meta", p.source().meta());
        m.put("date", p.source().date().map(LocalDate::toString).orElse(null));
        m.put("current", current);
        living.addToLink(m, p.id());
        return m;
    }

    private Map<String, Object> pageMap(Page page, String kind) {
        PageSource s = page.source();
        Map<String, Object> m = emptyPage(kind, s.title(), url(page.url()));
        m.put("sidebarTitle", s.sidebarTitle());
        m.put("slug", s.slug());
        m.put("meta", s.meta());
        m.put("content", DeadLinkMarkup.apply(EntryListMarkup.apply(page.body().html(), s), site.living()));
        living.addTo(m, page.id());
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : page.body().headings()) {
            if (h.level() == 2 || h.level() == 3) {
                Map<String, Object> hm = new HashMap<>();
                hm.put("level", h.level());
                hm.put("id", h.id());
                hm.put("text", h.text());
                headings.add(hm);
            }
        }
        m.put("headings", headings);
        m.put("toc", s.frontMatter().bool("toc").orElseGet(() -> {
            int min = site.config().reader().tocMinHeadings();
            return min > 0 && headings.size() >= min;
        }));
        List<Map<String, Object>> tagLinks = new ArrayList<>();
        for (String name : s.tags()) {
            String slug = cairn.content.Slugs.normalise(name);
            Optional.ofNullable(tagBySlug.get(slug)).ifPresent(t -> tagLinks.add(tagLink(t))); // a map, not a scan
        }
        m.put("tagLinks", tagLinks);
        m.put("date", s.date().map(LocalDate::toString).orElse(null));
        m.put("modified", s.modified().map(LocalDate::toString).orElse(null));
        m.put("author", s.author().isEmpty() ? null : s.author());
        m.put("category", s.category().isEmpty() ? null : s.category());
        m.put("tags", s.tags());
        m.put("headerImage", s.headerImage().isEmpty() ? null
                : s.headerImage().startsWith("/") && !s.headerImage().startsWith("//") ? url(s.headerImage())
                : s.headerImage());
        m.put("headerAlt", s.headerAlt().isEmpty() ? null : s.headerAlt());
        m.put("params", s.frontMatter().values());
        m.put("source", s.source().displayPath().toString().replace('\\', '/'));
        return m;
    }

    private static Map<String, Object> emptyPage(String kind, String title, String url) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("sidebarTitle", title);
        m.put("slug", "");
        m.put("url", url);
        m.put("meta", "");
        m.put("content", "");
        m.put("headings", List.of());
        m.put("toc", false);
        m.put("date", null);
        m.put("modified", null);
        m.put("author", null);
        m.put("category", null);
        m.put("tags", List.of());
        m.put("tagLinks", List.of());
        m.put("headerImage", null);
        m.put("headerAlt", null);
        m.put("params", Map.of());
        m.put("source", null);
        LivingModel.addEmpty(m);
        return m;
    }

    /** The model of page {@code number} (1-based) of the blog index. */
    public Map<String, Object> forBlogPage(int number, List<PageId> posts) {
        int size = site.config().reader().blogPageSize();
        int total = GeneratedFiles.blogPageCount(site.posts().size(), size);
        String blog = site.config().urls().blog();
        String pageUrl = GeneratedFiles.blogPage(blog, number);
        String title = number == 1 ? "Blog" : "Blog, page " + number;
        Map<String, Object> m = forGenerated("blog", title, pageUrl);
        Map<String, Object> p = new HashMap<>();
        p.put("number", number);
        p.put("total", total);
        p.put("posts", posts.stream().map(links::get).toList());
        p.put("prevUrl", number > 1 ? url(GeneratedFiles.blogPage(blog, number - 1)) : null);
        p.put("nextUrl", number < total ? url(GeneratedFiles.blogPage(blog, number + 1)) : null);
        m.put("pagination", p);
        return m;
    }

    /**
     * The model of a template page ({@code templates/pages/NAME.peb}): a generated page whose
     * {@code pages} lists every page and post (by URL), next to the site's chapters and posts.
     */
    public Map<String, Object> forTemplatePage(String name, String siteUrl) {
        Map<String, Object> m = forGenerated("template", name, siteUrl);
        m.put("pages", site.pages().stream().sorted(java.util.Comparator.comparing(Page::url))
                .map(p -> links.get(p.id())).toList());
        return m;
    }

    /** The model of page {@code number} (1-based) of "Recently updated", with the entries {@code onPage}. */
    public Map<String, Object> forUpdates(int number, int total, List<PageId> onPage) {
        String pageUrl = cairn.site.LivingPages.updatesPage(number);
        Map<String, Object> m = forGenerated("updates", number == 1 ? "Recently updated"
                : "Recently updated, page " + number, pageUrl);
        m.put("updates", living.updates(onPage));
        Map<String, Object> p = new HashMap<>();
        p.put("number", number);
        p.put("total", total);
        p.put("posts", List.of());
        p.put("prevUrl", number > 1 ? url(cairn.site.LivingPages.updatesPage(number - 1)) : null);
        p.put("nextUrl", number < total ? url(cairn.site.LivingPages.updatesPage(number + 1)) : null);
        m.put("pagination", p);
        return m;
    }

    /** The model of "All resources". */
    public Map<String, Object> forResources() {
        return forResources(true);
    }

    /** The same, its sections' lists of resources left empty unless {@code entries}. */
    Map<String, Object> forResources(boolean entries) {
        Map<String, Object> m = forGenerated("resources", "All resources", cairn.site.LivingPages.RESOURCES);
        m.put("resources", living.resources(entries));
        return m;
    }

    /** The model of a tag page: {@code tag} with the tagged pages and posts. */
    public Map<String, Object> forTag(Tag tag) {
        Map<String, Object> m = forGenerated("tag", "Tagged \u201c" + tag.name() + "\u201d", tag.url());
        Map<String, Object> t = tagLink(tag);
        t.put("pages", tag.pages().stream().map(links::get).toList());
        m.put("tag", t);
        return m;
    }

    private Map<String, Object> tagLink(Tag t) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", t.name());
        m.put("slug", t.slug());
        m.put("url", url(t.url()));
        m.put("count", t.pages().size());
        return m;
    }

    private String generatedUrl(String siteUrl) {
        return site.generatedUrls().contains(siteUrl) ? url(siteUrl) : null;
    }

    /** An absolute URL for an image written in front matter or config; null without one or without base_url. */
    /**
     * A page's {@code og:image}: its {@code headerimage}; on the home page the site's
     * {@code image:} when set; then its generated card; then the site's {@code image:}.
     */
    private String socialImage(String headerImage, String kind, String pageUrl) {
        String siteImage = site.config().reader().image();
        if (!headerImage.isEmpty()) {
            return headerImage;
        }
        if ((kind.equals("index") && !siteImage.isEmpty()) || !cairn.render.cards.SocialCards.enabled(site)) {
            return siteImage;
        }
        return cairn.render.cards.SocialCards.cardUrl(pageUrl);
    }

    private String absolute(String image) {
        if (image.isEmpty() || image.matches("^https?://.*")) {
            return image.isEmpty() ? null : image;
        }
        if (!site.config().baseUrl().isSet()) {
            return null;
        }
        return site.config().baseUrl().absolute(image.startsWith("/") ? image : "/" + image);
    }

    private static Map<String, String> crumb(String title, String url) {
        Map<String, String> m = new HashMap<>();
        m.put("title", title);
        m.put("url", url);
        return m;
    }

    private String url(String siteUrl) {
        return basePath + siteUrl;
    }
}
