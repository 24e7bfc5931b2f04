package cairn.serve;

import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;

import java.util.TreeMap;

/**
 * The whole assembled model of a site as text, every map sorted, so that two sites made
 * from the same files compare equal however they were made (a {@link Page} holds its
 * source file, which compares by identity).
 */
final class SiteModel {

    private SiteModel() {
    }

    static String describe(Site site) {
        StringBuilder b = new StringBuilder();
        b.append("config ").append(site.config()).append('\n');
        for (Page p : site.pages()) {
            PageId id = p.id();
            b.append("page ").append(id).append(' ').append(p.url()).append(" chapter=").append(p.chapter())
                    .append(" file=").append(p.source().source().displayPath())
                    .append(" front=").append(new TreeMap<>(p.source().frontMatter().values()))
                    .append(" source=").append(p.source().title()).append('|').append(p.source().slug())
                    .append('|').append(p.source().sortorder()).append('|').append(p.source().kind())
                    .append("\n  body=").append(p.body())
                    .append("\n  out=").append(site.links().outgoing(id)).append(" counts=")
                    .append(site.links().outgoing(id).stream().map(to -> site.links().count(id, to)).toList())
                    .append(" back=").append(site.backlinks(id))
                    .append(" seeAlso=").append(site.seeAlso(id)).append(" next=").append(site.whatNext(id))
                    .append(" prev=").append(site.previous(id)).append(" following=").append(site.next(id))
                    .append(" dates=").append(site.living().datesOf(id)).append('\n');
        }
        b.append("chapters ").append(site.chapters()).append('\n');
        b.append("order ").append(site.readingOrder()).append('\n');
        b.append("posts ").append(site.posts()).append(" home ").append(site.home()).append('\n');
        b.append("redirects ").append(site.redirects()).append('\n');
        b.append("tags ").append(site.tags()).append('\n');
        b.append("static ").append(new TreeMap<>(site.staticFiles())).append('\n');
        b.append("generated ").append(new java.util.TreeSet<>(site.generatedUrls())).append('\n');
        b.append("resources ").append(site.living().resources()).append('\n');
        b.append("dead ").append(site.living().dead()).append('\n');
        b.append("living ").append(site.living().config()).append(' ')
                .append(new TreeMap<>(site.living().health().entries())).append('\n');
        return b.toString();
    }

}
