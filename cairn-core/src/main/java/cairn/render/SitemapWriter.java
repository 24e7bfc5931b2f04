package cairn.render;

import cairn.site.GeneratedFiles;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;
import cairn.site.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /sitemap.xml} (sitemaps.org protocol) with every page, post and generated index
 * page except the 404 page and redirects, sorted by URL; {@code <lastmod>} is a page's
 * {@code updated} date ({@code modified}, else the git history, else {@code date}), an
 * index's newest entry, the newest page for the home page, table of contents, "Recently
 * updated" and "All resources"; never the build time.
 * {@code /robots.txt} allows everything and points at the sitemap.
 */
final class SitemapWriter {

    private final Site site;

    SitemapWriter(Site site) {
        this.site = site;
    }

    List<OutputFile.Generated> files() {
        return OutputFile.generated(site, new OutputFile.Generated(GeneratedFiles.SITEMAP, this::sitemap),
                new OutputFile.Generated(GeneratedFiles.ROBOTS, this::robots));
    }

    private String sitemap() {
        Map<String, Optional<LocalDate>> urls = new TreeMap<>();
        for (Page p : site.pages()) {
            if (p.source().hidden()) {
                continue;
            }
            urls.put(p.url(), lastModified(p.id()));
        }
        var c = site.config();
        Optional<LocalDate> newest = site.living().newest();
        urls.putIfAbsent("/index.html", newest);
        urls.put(c.urls().toc(), newest);
        for (String generated : List.of(cairn.site.LivingPages.UPDATES, cairn.site.LivingPages.RESOURCES)) {
            if (site.generatedUrls().contains(generated)) {
                urls.put(generated, newest);
            }
        }
        int size = c.reader().blogPageSize();
        List<PageId> posts = site.posts();
        if (!posts.isEmpty()) {
            for (int n = 1; n <= GeneratedFiles.blogPageCount(posts.size(), size); n++) {
                List<PageId> onPage = posts.subList((n - 1) * size, Math.min(n * size, posts.size()));
                urls.put(GeneratedFiles.blogPage(c.urls().blog(), n), newest(onPage));
            }
        }
        for (Tag t : site.tags()) {
            urls.put(t.url(), newest(t.pages()));
        }
        XmlDocument x = new XmlDocument();
        x.open("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        urls.forEach((url, date) -> {
            x.open("url");
            x.element("loc", c.baseUrl().absolute(url));
            x.element("lastmod", date.map(LocalDate::toString).orElse(null));
            x.close();
        });
        return x.close().finish();
    }

    private String robots() {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.generatedUrls().contains(GeneratedFiles.SITEMAP)) {
            sb.append("\nSitemap: ").append(site.config().baseUrl().absolute(GeneratedFiles.SITEMAP)).append('\n');
        }
        return sb.toString();
    }

    private Optional<LocalDate> lastModified(PageId id) {
        return site.living().datesOf(id).updated();
    }

    private Optional<LocalDate> newest(List<PageId> ids) {
        return ids.stream().map(this::lastModified).flatMap(Optional::stream).max(LocalDate::compareTo);
    }
}
