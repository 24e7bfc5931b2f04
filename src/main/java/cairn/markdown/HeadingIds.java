package cairn.markdown;

import cairn.content.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading of a body a stable id that is unique on the page and an anchor
 * link ({@code ¶}, shown on hover), keeping ids authors set themselves. One rule for all
 * headings, Markdown or raw HTML: the text lower-cased, runs of other characters turned
 * into {@code -} ({@code "Front matter: keys"} → {@code front-matter-keys}); a repeated
 * id gets {@code -2}, {@code -3}, …
 */
final class HeadingIds {

    private HeadingIds() {
    }

    static RenderedMarkdown finish(String html, List<LinkRef> links) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        Set<String> ids = new LinkedHashSet<>();
        for (Element el : body.select("[id]")) {
            ids.add(el.id());
        }
        for (Element el : body.select("a[name]")) {
            ids.add(el.attr("name"));
        }
        List<Heading> headings = new ArrayList<>();
        Set<String> taken = new HashSet<>(ids);
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = h.text().strip();
            String id = h.id();
            if (id.isEmpty()) {
                id = unique(base(text), taken);
                h.id(id);
                ids.add(id);
            }
            headings.add(new Heading(h.normalName().charAt(1) - '0', id, text));
            h.appendElement("a").addClass("anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this section").text("¶");
        }
        List<String> handSeeAlso = body.select(".see-also a[href]").eachAttr("href");
        return new RenderedMarkdown(body.html(), headings, ids, links, handSeeAlso, body.text());
    }

    private static String base(String text) {
        String slug = Slugs.normalise(text);
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
