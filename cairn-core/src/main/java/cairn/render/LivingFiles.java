package cairn.render;

import cairn.content.JsonText;
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
import java.util.List;
import java.util.Optional;

/**
 * The files of a living guide made without templates: {@code /resources.json} (every
 * resource, one per line, described by {@code docs/schema/resources.schema.json}) and the
 * Atom feed of "Recently updated", {@code /feeds/updates.atom.xml}: the newest
 * {@code updates.page_size} pages added or changed, each entry dated by its page's
 * {@code updated} date, never the time of the build.
 */
final class LivingFiles {

    private final Site site;
    private final Living living;
    private final String base;

    LivingFiles(Site site) {
        this.site = site;
        this.living = site.living();
        this.base = site.config().baseUrl().url();
    }

    List<OutputFile.Generated> files() {
        return OutputFile.generated(site, new OutputFile.Generated(LivingPages.RESOURCES_JSON, this::resourcesJson),
                new OutputFile.Generated(LivingPages.UPDATES_FEED, this::updatesFeed));
    }

    private String resourcesJson() {
        String path = site.config().basePath();
        StringBuilder b = new StringBuilder("{\"version\": 1, \"generator\": \"cairn\",\n \"site\": {\"title\": ")
                .append(JsonText.string(site.config().title())).append(", \"url\": ").append(JsonText.string(base))
                .append("},\n \"updated\": ").append(date(living.newest())).append(",\n \"resources\": [");
        String sep = "\n  ";
        for (Resource r : living.resources()) {
            Page p = site.page(r.page());
            Optional<Chapter> ch = site.chapterOf(r.page());
            Optional<LinkHealth.Entry> h = living.health().of(r.url());
            Living.DeadLink dead = living.dead().get(r.url());
            b.append(sep).append("{\"url\": ").append(JsonText.string(r.url()))
                    .append(", \"text\": ").append(JsonText.string(r.text()))
                    .append(", \"comment\": ").append(JsonText.string(r.comment()))
                    .append(", \"page\": {\"title\": ").append(JsonText.string(p.title()))
                    .append(", \"url\": ").append(JsonText.string(path + p.url())).append('}')
                    .append(", \"section\": ").append(r.sectionTitle().isEmpty() ? "null" : "{\"title\": "
                            + JsonText.string(r.sectionTitle().get()) + ", \"anchor\": "
                            + JsonText.string(r.sectionAnchor().orElse(null)) + "}")
                    .append(", \"chapter\": ").append(ch.isEmpty() ? "null" : "{\"number\": "
                            + JsonText.string(ch.get().number()) + ", \"title\": " + JsonText.string(ch.get().title())
                            + "}")
                    .append(", \"domain\": ").append(JsonText.string(r.domain()))
                    .append(", \"first_seen\": ").append(date(r.firstSeen()))
                    .append(", \"status\": ").append(JsonText.string(h.map(LinkHealth.Entry::status).orElse(null)))
                    .append(", \"last_checked\": ").append(date(h.map(LinkHealth.Entry::checked)))
                    .append(", \"last_verified\": ").append(date(h.flatMap(LinkHealth.Entry::lastSuccess)))
                    .append(", \"dead\": ").append(dead != null)
                    .append(", \"archive_url\": ").append(JsonText.string(dead == null ? null : dead.archiveUrl()))
                    .append('}');
            sep = ",\n  ";
        }
        return b.append("\n]}\n").toString();
    }

    private String updatesFeed() {
        var c = site.config();
        List<PageId> updated = LivingPages.updated(site);
        List<PageId> newest = updated.subList(0, Math.min(updated.size(), living.config().updatesPageSize()));
        XmlDocument x = new XmlDocument();
        x.open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", c.language());
        x.element("title", c.title() + ": recently updated");
        x.element("subtitle", "Pages added to and changed in " + c.title() + ", newest first");
        x.empty("link", "href", base + LivingPages.UPDATES_FEED, "rel", "self", "type", "application/atom+xml");
        x.empty("link", "href", base + LivingPages.UPDATES, "rel", "alternate", "type", "text/html");
        x.element("id", base + LivingPages.UPDATES);
        x.element("updated", living.newest().orElse(LocalDate.EPOCH) + "T00:00:00Z");
        x.open("author").element("name", c.author().isEmpty() ? c.title() : c.author()).close();
        x.element("generator", "cairn");
        for (PageId id : newest) {
            Page p = site.page(id);
            PageDates d = living.datesOf(id);
            String url = base + p.url();
            x.open("entry");
            x.element("title", (d.isNew() ? "New: " : "Updated: ") + p.title());
            x.empty("link", "href", url, "rel", "alternate", "type", "text/html");
            x.element("id", url);
            d.created().ifPresent(day -> x.element("published", day + "T00:00:00Z"));
            x.element("updated", d.updated().orElseThrow() + "T00:00:00Z");
            x.element("summary", p.source().meta());
            x.close();
        }
        return x.close().finish();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(x -> "\"" + x + "\"").orElse("null");
    }
}
