package cairn.site;

import cairn.content.LivingConfig;
import cairn.content.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses of the generated pages of a living guide: "Recently updated"
 * ({@code /updates.html}, {@code /updates/page/2.html}, …, and its Atom feed, which needs
 * a {@code base_url}) and "All resources" ({@code /resources.html}, {@code /resources.json}).
 */
public final class LivingPages {

    public static final String UPDATES = "/updates.html";
    public static final String UPDATES_FEED = "/feeds/updates.atom.xml";
    public static final String RESOURCES = "/resources.html";
    public static final String RESOURCES_JSON = "/resources.json";

    private LivingPages() {
    }

    /** The URLs known before the pages are counted: what links in Markdown may point at. */
    static List<String> urls(SiteConfig config) {
        LivingConfig living = config.living();
        List<String> out = new ArrayList<>();
        if (living.updatesPage()) {
            out.add(UPDATES);
            if (config.baseUrl().isSet()) {
                out.add(UPDATES_FEED);
            }
        }
        if (living.resourcesPage()) {
            out.add(RESOURCES);
        }
        if (living.resourcesJson()) {
            out.add(RESOURCES_JSON);
        }
        return out;
    }

    /** Page {@code n} (1-based) of "Recently updated". */
    public static String updatesPage(int n) {
        return GeneratedFiles.blogPage(UPDATES, n);
    }

    /** The pages with a date, newest change first (then by title and URL). */
    public static List<PageId> updated(Site site) {
        Living l = site.living();
        return Living.pageOrder(site).stream().filter(id -> l.datesOf(id).updated().isPresent())
                .sorted(java.util.Comparator.comparing((PageId id) -> l.datesOf(id).updated().orElseThrow())
                        .reversed().thenComparing(id -> site.page(id).title()).thenComparing(id -> site.page(id).url()))
                .toList();
    }
}
