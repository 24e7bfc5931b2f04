package cairn.render;

import cairn.site.GeneratedFiles;
import cairn.site.Page;
import cairn.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Atom ({@code /feeds/all.atom.xml}, RFC 4287) and RSS 2.0 ({@code /feed.xml}) feeds
 * of the blog, newest post first, with absolute URLs from {@code base_url}. Entries carry
 * the full post (links made absolute, heading anchors removed) or only its {@code meta},
 * as {@code feeds.content} says. Times are the posts' dates at midnight UTC, never the
 * time of the build.
 */
final class FeedWriter {

    private final Site site;
    private final String base;

    FeedWriter(Site site) {
        this.site = site;
        this.base = site.config().baseUrl().url();
    }

    List<OutputFile.Generated> files() {
        if (!site.generatedUrls().contains(GeneratedFiles.RSS)) {
            return List.of();
        }
        return List.of(new OutputFile.Generated(GeneratedFiles.ATOM, this::atom),
                new OutputFile.Generated(GeneratedFiles.RSS, this::rss));
    }

    private String atom() {
        var c = site.config();
        XmlDocument x = new XmlDocument();
        x.open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", c.language());
        x.element("title", c.title());
        x.element("subtitle", c.description());
        x.empty("link", "href", base + GeneratedFiles.ATOM, "rel", "self", "type", "application/atom+xml");
        x.empty("link", "href", base + c.urls().blog(), "rel", "alternate", "type", "text/html");
        x.element("id", base + c.urls().blog());
        x.element("updated", atomTime(newest()));
        x.open("author").element("name", c.author().isEmpty() ? c.title() : c.author()).close();
        x.element("generator", "cairn");
        for (Entry e : entries()) {
            Page p = e.page();
            var s = p.source();
            String url = e.url();
            x.open("entry");
            x.element("title", p.title());
            x.empty("link", "href", url, "rel", "alternate", "type", "text/html");
            x.element("id", url);
            x.element("published", atomTime(s.date().orElseThrow()));
            x.element("updated", atomTime(updated(p)));
            if (!s.author().isEmpty()) {
                x.open("author").element("name", s.author()).close();
            }
            s.tags().forEach(t -> x.empty("category", "term", t));
            x.element("summary", s.meta());
            if (c.reader().fullFeeds()) {
                x.element("content", content(p), "type", "html");
            }
            x.close();
        }
        return x.close().finish();
    }

    private String rss() {
        var c = site.config();
        XmlDocument x = new XmlDocument();
        x.open("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/");
        x.open("channel");
        x.element("title", c.title());
        x.element("link", base + c.urls().blog());
        x.element("description", c.description().isEmpty() ? c.title() : c.description());
        x.element("language", c.language());
        x.element("lastBuildDate", rssTime(newest()));
        x.element("generator", "cairn");
        x.empty("atom:link", "href", base + GeneratedFiles.RSS, "rel", "self", "type", "application/rss+xml");
        for (Entry e : entries()) {
            var s = e.page().source();
            x.open("item");
            x.element("title", e.page().title());
            x.element("link", e.url());
            x.element("guid", e.url(), "isPermaLink", "true");
            x.element("pubDate", rssTime(s.date().orElseThrow()));
            x.element("dc:creator", s.author());
            s.tags().forEach(t -> x.element("category", t));
            x.element("description", c.reader().fullFeeds() ? content(e.page()) : s.meta());
            x.close();
        }
        return x.close().close().finish();
    }

    /** A post as both feeds list it: the page and its absolute URL, in the blog's order. */
    private record Entry(Page page, String url) {
    }

    private List<Entry> entries() {
        return site.posts().stream().map(site::page).map(p -> new Entry(p, base + p.url())).toList();
    }

    /** The post body for a feed reader: every link and image absolute, no heading anchors. */
    private String content(Page p) {
        Document doc = Jsoup.parseBodyFragment(p.body().html(), base + p.url());
        doc.outputSettings().prettyPrint(false);
        doc.select("a.anchor").remove();
        for (String attr : new String[] {"href", "src"}) {
            for (Element el : doc.select("[" + attr + "]")) {
                String abs = el.absUrl(attr);
                if (!abs.isEmpty()) {
                    el.attr(attr, abs);
                }
            }
        }
        return doc.body().html();
    }

    private LocalDate updated(Page p) {
        LocalDate date = p.source().date().orElseThrow();
        return site.living().datesOf(p.id()).updated().filter(m -> m.isAfter(date)).orElse(date);
    }

    private LocalDate newest() {
        return site.posts().stream().map(id -> updated(site.page(id))).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
    }

    private static String atomTime(LocalDate d) {
        return d + "T00:00:00Z";
    }

    private static String rssTime(LocalDate d) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(d.atStartOfDay(ZoneOffset.UTC));
    }
}
