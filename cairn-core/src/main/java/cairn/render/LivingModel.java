package cairn.render;

import cairn.content.LinkHealth;
import cairn.site.Chapter;
import cairn.site.Living;
import cairn.site.LivingPages;
import cairn.site.Page;
import cairn.site.PageDates;
import cairn.site.PageId;
import cairn.site.Resource;
import cairn.site.Site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template model of a living guide (documented in {@code docs/templates.md}): page
 * dates ({@code page.created}, {@code page.updated}, and as text, "12 March 2026" in the
 * site's language), a page's resources, the URLs of "Recently updated" and "All
 * resources", and the models of those two pages.
 */
final class LivingModel {

    private final Site site;
    private final Living living;
    private final String basePath;
    private final DateTimeFormatter longDate;
    /** Each page's resources, in the order of {@link Living#resources()}. */
    private final Map<PageId, List<Resource>> byPage = new HashMap<>();
    /** Where each resource of {@link Living#resources()} is in its page's list. */
    private final int[] positions;
    /**
     * One map per resource, shared by its page and "All resources", made when a page that shows
     * them is first rendered: {@code serve} renders one page at a time and most pages never.
     */
    private final Map<PageId, List<Map<String, Object>>> mapsByPage = new ConcurrentHashMap<>();

    LivingModel(Site site) {
        this.site = site;
        this.living = site.living();
        this.basePath = site.config().basePath();
        this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(site.config().language()));
        List<Resource> all = living.resources();
        this.positions = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            List<Resource> list = byPage.computeIfAbsent(all.get(i).page(), k -> new ArrayList<>());
            positions[i] = list.size();
            list.add(all.get(i));
        }
    }

    /** The resource maps, which {@link RenderFingerprint} digests once each, however many pages show them. */
    List<Map<String, Object>> sharedParts() {
        List<Map<String, Object>> maps = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            maps.add(resourceMap(i));
        }
        return maps;
    }

    private Map<String, Object> resourceMap(int index) {
        return resourceMaps(living.resources().get(index).page()).get(positions[index]);
    }

    private List<Map<String, Object>> resourceMaps(PageId page) {
        List<Resource> resources = byPage.get(page);
        if (resources == null) {
            return List.of();
        }
        return mapsByPage.computeIfAbsent(page, k -> resources.stream().map(this::resource).toList());
    }

    /** Adds the dates and resources of {@code page} to its {@code page} map. */
    void addTo(Map<String, Object> pageMap, PageId page) {
        PageDates d = living.datesOf(page);
        pageMap.put("created", d.created().map(LocalDate::toString).orElse(null));
        pageMap.put("updated", d.updated().map(LocalDate::toString).orElse(null));
        pageMap.put("createdText", d.created().map(longDate::format).orElse(null));
        pageMap.put("updatedText", d.updated().map(longDate::format).orElse(null));
        List<Map<String, Object>> resources = resourceMaps(page);
        pageMap.put("resources", resources);
        pageMap.put("resourceCount", resources.size());
    }

    /** The same keys, empty, for generated pages. */
    static void addEmpty(Map<String, Object> pageMap) {
        pageMap.put("created", null);
        pageMap.put("updated", null);
        pageMap.put("createdText", null);
        pageMap.put("updatedText", null);
        pageMap.put("resources", List.of());
        pageMap.put("resourceCount", 0);
    }

    /** Adds a page's {@code updated} date and resource count to its link map (sidebar, TOC, see-also). */
    void addToLink(Map<String, Object> link, PageId page) {
        link.put("updated", living.datesOf(page).updated().map(LocalDate::toString).orElse(null));
        link.put("resourceCount", byPage.getOrDefault(page, List.of()).size());
    }

    void addToSite(Map<String, Object> s) {
        s.put("updatesUrl", generated(LivingPages.UPDATES));
        s.put("updatesFeedUrl", generated(LivingPages.UPDATES_FEED));
        s.put("resourcesUrl", generated(LivingPages.RESOURCES));
        s.put("resourcesJsonUrl", generated(LivingPages.RESOURCES_JSON));
        s.put("updated", living.newest().map(LocalDate::toString).orElse(null));
    }

    /** {@code updates}: the entries of page {@code number} of "Recently updated". */
    Map<String, Object> updates(List<PageId> onPage) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PageId id : onPage) {
            Page p = site.page(id);
            PageDates d = living.datesOf(id);
            Map<String, Object> e = new HashMap<>();
            e.put("title", p.title());
            e.put("url", basePath + p.url());
            e.put("meta", p.source().meta());
            e.put("chapter", site.chapterOf(id).map(Chapter::title).orElse(null));
            e.put("change", d.isNew() ? "added" : "updated");
            e.put("date", d.updated().map(LocalDate::toString).orElse(null));
            e.put("dateText", d.updated().map(longDate::format).orElse(null));
            e.put("created", d.created().map(LocalDate::toString).orElse(null));
            entries.add(e);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("entries", entries);
        m.put("feedUrl", generated(LivingPages.UPDATES_FEED));
        return m;
    }

    /**
     * {@code resources}: every resource grouped by chapter, then by page and section; the domains by count.
     * Without {@code entries} the sections are there but their lists of resources are empty.
     */
    Map<String, Object> resources(boolean entries) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        Map<String, Integer> domains = new TreeMap<>();
        for (int i = 0; i < living.resources().size(); i++) {
            Resource r = living.resources().get(i);
            Optional<Chapter> ch = site.chapterOf(r.page());
            String key = ch.map(Chapter::number).orElse("~");
            Map<String, Object> g = groups.computeIfAbsent(key, k -> {
                Map<String, Object> m = new HashMap<>();
                m.put("number", ch.map(Chapter::number).orElse(null));
                m.put("title", ch.map(Chapter::title).orElse(site.page(r.page()).isPost() ? "Blog" : "Other pages"));
                m.put("id", "resources_" + ch.map(Chapter::key).orElse("other"));
                m.put("sections", new ArrayList<Map<String, Object>>());
                return m;
            });
            String sectionKey = r.page() + "#" + r.sectionAnchor().orElse("");
            Map<String, Object> s = sections.computeIfAbsent(sectionKey, k -> {
                Page p = site.page(r.page());
                Map<String, Object> m = new HashMap<>();
                m.put("pageTitle", p.title());
                m.put("pageUrl", basePath + p.url());
                m.put("title", r.sectionTitle().orElse(null));
                m.put("url", basePath + p.url() + r.sectionAnchor().map(a -> "#" + a).orElse(""));
                m.put("resources", new ArrayList<Map<String, Object>>());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) g.get("sections");
                list.add(m);
                return m;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) s.get("resources");
            if (entries) {
                items.add(resourceMap(i));
            }
            domains.merge(r.domain(), 1, Integer::sum);
        }
        List<Map<String, Object>> domainList = new ArrayList<>();
        domains.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("name", e.getKey());
                    m.put("count", e.getValue());
                    domainList.add(m);
                });
        Map<String, Object> m = new HashMap<>();
        m.put("count", living.resources().size());
        m.put("chapters", new ArrayList<>(groups.values()));
        m.put("domains", domainList);
        m.put("jsonUrl", generated(LivingPages.RESOURCES_JSON));
        return m;
    }

    private Map<String, Object> resource(Resource r) {
        Map<String, Object> m = new HashMap<>();
        Living.DeadLink dead = living.dead().get(r.url());
        boolean archived = dead != null && living.config().dead() == cairn.content.LivingConfig.DeadLinks.ARCHIVE;
        m.put("url", archived ? dead.archiveUrl() : r.url());
        m.put("originalUrl", r.url());
        m.put("text", r.text());
        m.put("comment", r.comment());
        m.put("domain", r.domain());
        m.put("section", r.sectionTitle().orElse(null));
        m.put("anchor", r.sectionAnchor().orElse(null));
        m.put("firstSeen", r.firstSeen().map(LocalDate::toString).orElse(null));
        Optional<LinkHealth.Entry> h = living.health().of(r.url());
        m.put("status", h.map(LinkHealth.Entry::status).orElse(null));
        m.put("verified", h.flatMap(LinkHealth.Entry::lastSuccess).map(LocalDate::toString).orElse(null));
        m.put("dead", dead != null);
        m.put("archived", archived);
        return m;
    }

    private String generated(String siteUrl) {
        return site.generatedUrls().contains(siteUrl) ? basePath + siteUrl : null;
    }
}
