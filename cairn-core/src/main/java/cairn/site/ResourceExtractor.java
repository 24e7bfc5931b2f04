package cairn.site;

import cairn.SourcePos;
import cairn.content.FileHistory;
import cairn.markdown.Heading;
import cairn.markdown.LinkRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@link Resource}s of one page: every {@code http(s)} link of its rendered body,
 * in order, with the section heading above it, its comment, and the source position of
 * the matching link in the Markdown (matched by target, in order).
 */
final class ResourceExtractor {

    private ResourceExtractor() {
    }

    static List<Resource> of(Page page, Optional<String> chapter, FileHistory history, PageDates dates) {
        String html = page.body().html();
        if (!html.contains("http")) {
            return List.of();
        }
        Map<String, String> headingText = new HashMap<>();
        for (Heading h : page.body().headings()) {
            headingText.put(h.id(), h.text());
        }
        List<LinkRef> refs = new ArrayList<>(page.body().links().stream().filter(l -> !l.isImage()).toList());
        List<Resource> out = new ArrayList<>();
        Element heading = null;
        for (Element el : Jsoup.parseBodyFragment(html).body().select("h1,h2,h3,h4,h5,h6,a[href]")) {
            if (!el.tagName().equals("a")) {
                heading = el;
                continue;
            }
            String url = el.attr("href").strip();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || el.hasClass("anchor")) {
                continue;
            }
            SourcePos where = take(refs, url).orElse(page.source().source().filePos());
            Element h = heading;
            Optional<String> anchor = Optional.ofNullable(h).map(Element::id).filter(id -> !id.isEmpty());
            Optional<String> title = Optional.ofNullable(h)
                    .map(x -> anchor.map(headingText::get).orElseGet(() -> x.text()));
            String text = el.text().strip();
            if (text.isEmpty()) {
                text = el.select("img[alt]").attr("alt").strip();
            }
            Element item = listItem(el);
            String comment = item != null ? CommentText.ofListItem(item, el) : CommentText.ofSentence(el);
            out.add(new Resource(url, text, comment, page.id(), title, anchor, chapter, domain(url),
                    history.firstSeen(url).or(dates::created), where, item != null, out.size()));
        }
        return out;
    }

    private static Optional<SourcePos> take(List<LinkRef> refs, String url) {
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).target().strip().equals(url)) {
                return Optional.of(refs.remove(i).where());
            }
        }
        return Optional.empty();
    }

    /** The list item the link belongs to directly (not through a nested block other than a paragraph). */
    private static Element listItem(Element a) {
        for (Element p = a.parent(); p != null; p = p.parent()) {
            switch (p.tagName()) {
                case "li" -> {
                    return p;
                }
                case "p", "strong", "em", "b", "i", "span", "code", "small", "mark", "del", "s" -> {
                    // inline or the paragraph of a loose list item: keep looking
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    static String domain(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Text of a node without nested lists (a list item's own words), whitespace collapsed. */
    static String ownText(Element e, Element skip) {
        StringBuilder b = new StringBuilder();
        append(e, skip, b, new int[] {-1, -1});
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** Appends the text under {@code n}; {@code span} gets the start and end offsets of {@code mark}'s text. */
    static void append(Node n, Element mark, StringBuilder b, int[] span) {
        if (n instanceof TextNode t) {
            b.append(t.getWholeText());
            return;
        }
        if (n instanceof Element e) {
            if (e.tagName().equals("ul") || e.tagName().equals("ol") || e.tagName().equals("pre")) {
                return;
            }
            if (e == mark) {
                span[0] = b.length();
            }
            if (e.tagName().equals("br")) {
                b.append(' ');
            }
            e.childNodes().forEach(c -> append(c, mark, b, span));
            if (e == mark) {
                span[1] = b.length();
            }
        }
    }
}
