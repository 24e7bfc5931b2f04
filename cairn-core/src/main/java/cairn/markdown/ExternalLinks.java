package cairn.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@link ExternalLink}s of a finished body, in order: every {@code http(s)} link
 * except the headings' own anchors, with the heading it is under and its comment. It
 * walks the document {@link HeadingIds} has just built, so the resource index costs no
 * second parse, and its result is kept in the Markdown cache with the rest of the body.
 */
final class ExternalLinks {

    private static final Evaluator HEADINGS_AND_LINKS = QueryParser.parse("h1,h2,h3,h4,h5,h6,a[href]");

    private ExternalLinks() {
    }

    static List<ExternalLink> of(Element body, String html, List<Heading> headings) {
        if (!html.contains("http")) {
            return List.of();
        }
        Map<String, String> headingText = new HashMap<>();
        for (Heading h : headings) {
            headingText.put(h.id(), h.text());
        }
        List<ExternalLink> out = new ArrayList<>();
        Element heading = null;
        for (Element el : body.select(HEADINGS_AND_LINKS)) {
            if (!el.normalName().equals("a")) {
                heading = el;
                continue;
            }
            String url = el.attr("href").strip();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || el.hasClass("anchor")) {
                continue;
            }
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
            out.add(new ExternalLink(url, text, comment, anchor, title, item != null));
        }
        return out;
    }

    /** The list item the link belongs to directly (not through a nested block other than a paragraph). */
    private static Element listItem(Element a) {
        for (Element p = a.parent(); p != null; p = p.parent()) {
            switch (p.normalName()) {
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

    /** Appends the text under {@code n} without nested lists; {@code span} gets the start and end offsets of {@code mark}'s text. */
    static void append(Node n, Element mark, StringBuilder b, int[] span) {
        if (n instanceof TextNode t) {
            b.append(t.getWholeText());
            return;
        }
        if (n instanceof Element e) {
            String name = e.normalName();
            if (name.equals("ul") || name.equals("ol") || name.equals("pre")) {
                return;
            }
            if (e == mark) {
                span[0] = b.length();
            }
            if (name.equals("br")) {
                b.append(' ');
            }
            e.childNodes().forEach(c -> append(c, mark, b, span));
            if (e == mark) {
                span[1] = b.length();
            }
        }
    }
}
