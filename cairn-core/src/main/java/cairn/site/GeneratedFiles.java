package cairn.site;

import cairn.content.SiteConfig;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files cairn writes besides pages and posts, and the rules for when it writes them:
 * feeds when there are posts and a {@code base_url} (feeds need absolute URLs), a sitemap
 * when there is a {@code base_url}, {@code robots.txt} and the search index always, blog
 * index pages of {@code blog.page_size} posts, one page per tag. A static file of the
 * site with the same path replaces the generated one.
 */
public final class GeneratedFiles {

    public static final String RSS = "/feed.xml";
    public static final String ATOM = "/feeds/all.atom.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String SEARCH_INDEX = "/search/index.json";
    public static final String SEARCH_PAGE = "/search.html";
    public static final String REDIRECTS = "/_redirects";

    private GeneratedFiles() {
    }

    /** The URL of page {@code n} (1-based) of the blog index: {@code /blog.html}, then {@code /blog/page/2.html}. */
    public static String blogPage(String blogUrl, int n) {
        if (n <= 1) {
            return blogUrl;
        }
        String stem = blogUrl.replaceFirst("(/index)?\\.html?$", "").replaceFirst("/$", "");
        return stem + "/page/" + n + ".html";
    }

    /** How many blog index pages {@code posts} posts fill (at least one). */
    public static int blogPageCount(int posts, int pageSize) {
        return Math.max(1, (posts + pageSize - 1) / pageSize);
    }

    static Set<String> urls(SiteConfig config, int posts, List<Tag> tags, Map<String, Path> staticFiles) {
        Set<String> out = new LinkedHashSet<>(List.of("/index.html", config.urls().toc(), config.urls().blog(),
                SiteAssembler.NOT_FOUND_URL, SEARCH_INDEX, SEARCH_PAGE, ROBOTS));
        for (int n = 2; n <= blogPageCount(posts, config.reader().blogPageSize()); n++) {
            out.add(blogPage(config.urls().blog(), n));
        }
        if (config.baseUrl().isSet()) {
            out.add(SITEMAP);
            if (posts > 0) {
                out.add(RSS);
                out.add(ATOM);
            }
        }
        tags.forEach(t -> out.add(t.url()));
        out.addAll(LivingPages.urls(config));
        out.removeIf(u -> staticFiles.containsKey(u) && !u.endsWith(".html"));
        return out;
    }
}
