package cairn.render;

import cairn.content.LivingConfig;
import cairn.site.Living;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies {@code links.dead} to a page body: a link to a resource that has been dead long
 * enough goes to its Web Archive copy with a visible "archived copy" note ({@code archive}),
 * or stays with a visible "may be unavailable" note ({@code mark}). Bodies without such a
 * link are returned unchanged, byte for byte.
 */
final class DeadLinkMarkup {

    private DeadLinkMarkup() {
    }

    static String apply(String html, Living living) {
        if (living.dead().isEmpty() || living.dead().keySet().stream().noneMatch(html::contains)) {
            return html;
        }
        boolean archive = living.config().dead() == LivingConfig.DeadLinks.ARCHIVE;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element a : doc.select("a[href]")) {
            Living.DeadLink dead = living.dead().get(a.attr("href").strip());
            if (dead == null) {
                continue;
            }
            changed = true;
            String since = dead.failingSince().toString();
            if (archive) {
                a.attr("href", dead.archiveUrl()).addClass("archived-link").attr("title", "Archived copy: the original, "
                        + dead.url() + ", has not answered since " + since);
                a.after("<span class=\"link-note\"> (archived copy)</span>");
            } else {
                a.addClass("unavailable-link").attr("title", "This link may be unavailable: it has failed since " + since);
                a.after("<span class=\"link-note\"> (may be unavailable)</span>");
            }
        }
        return changed ? doc.body().html() : html;
    }
}
