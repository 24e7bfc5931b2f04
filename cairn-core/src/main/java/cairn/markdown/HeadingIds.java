package cairn.markdown;

import cairn.content.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    // parsed once: jsoup would parse each CSS query again on every select() (evaluators are thread-safe)
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator NAMED_ANCHORS = QueryParser.parse("a[name]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator HAND_SEE_ALSO = QueryParser.parse(".see-also a[href]");
    private static final Evaluator SITE_HREF = QueryParser.parse("[href^=/]");
    private static final Evaluator SITE_SRC = QueryParser.parse("[src^=/]");
    private static final java.util.regex.Pattern ATTRIBUTE_LIST =
            java.util.regex.Pattern.compile("\\s*\\{:?\\s*((?:[#.][\\w-]+\\s*)+)\\}\\s*$");

    private HeadingIds() {
    }

    static RenderedMarkdown finish(String html, List<LinkRef> links, String basePath) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        Set<String> ids = new LinkedHashSet<>();
        for (Element el : body.select(WITH_ID)) {
            ids.add(el.id());
        }
        for (Element el : body.select(NAMED_ANCHORS)) {
            ids.add(el.attr("name"));
        }
        List<Heading> headings = new ArrayList<>();
        Set<String> taken = new HashSet<>(ids);
        for (Element h : body.select(HEADINGS)) {
            applyAttributeList(h);
            String text = h.text().strip();
            String id = h.id();
            if (id.isEmpty()) {
                id = unique(base(text), taken);
                h.id(id);
            }
            ids.add(id);
            taken.add(id);
            headings.add(new Heading(h.normalName().charAt(1) - '0', id, text));
            h.appendElement("a").addClass("anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this section").text("¶");
        }
        if (html.contains(TocMarkers.PLACEHOLDER_ATTRIBUTE)) {
            TocMarkers.fill(body, headings);
        }
        List<String> handSeeAlso = body.select(HAND_SEE_ALSO).eachAttr("href");
        if (!basePath.isEmpty()) {
            prefixSiteLinks(body, basePath);
        }
        return new RenderedMarkdown(body.html(), headings, ids, links, handSeeAlso, SearchWords.of(body.text()),
                SearchSections.of(body), ExternalLinks.of(body, html, headings));
    }

    /**
     * Python-Markdown's attribute list at the end of a heading: {@code ## Title {#id .class}}.
     * Only headings take it, so braces in prose ({@code {{ page.title }}}) stay literal.
     */
    private static void applyAttributeList(Element h) {
        org.jsoup.nodes.Node last = h.childNodeSize() == 0 ? null : h.childNode(h.childNodeSize() - 1);
        if (!(last instanceof org.jsoup.nodes.TextNode text)) {
            return;
        }
        java.util.regex.Matcher m = ATTRIBUTE_LIST.matcher(text.getWholeText());
        if (!m.find()) {
            return;
        }
        for (String token : m.group(1).strip().split("\\s+")) {
            if (token.startsWith("#") && token.length() > 1) {
                h.id(token.substring(1));
            } else if (token.startsWith(".") && token.length() > 1) {
                h.addClass(token.substring(1));
            }
        }
        text.text(text.getWholeText().substring(0, m.start()).stripTrailing());
    }

    /**
     * A site under a sub-path ({@code https://user.github.io/guide/}) needs {@code /x.html}
     * written as {@code /guide/x.html}; authors keep writing site-relative links.
     */
    private static void prefixSiteLinks(Element body, String basePath) {
        for (String attr : new String[] {"href", "src"}) {
            for (Element el : body.select(attr.equals("href") ? SITE_HREF : SITE_SRC)) {
                String v = el.attr(attr);
                if (!v.startsWith("//") && !v.equals(basePath) && !v.startsWith(basePath + "/")) {
                    el.attr(attr, basePath + v);
                }
            }
        }
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
