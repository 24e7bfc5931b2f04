package cairn.markdown;

import cairn.content.SourceFile;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the links inside raw HTML that an author wrote in Markdown ({@code <a href>},
 * {@code <img src>}, …), with jsoup's source positions, so they are checked and reported
 * at their line and column like Markdown links.
 */
final class RawHtmlLinks {

    private static final Map<String, String> LINK_ATTRIBUTES = Map.of(
            "a", "href", "area", "href", "img", "src", "link", "href", "script", "src",
            "iframe", "src", "source", "src", "video", "src", "audio", "src", "embed", "src");
    private static final Set<String> NAVIGATING = Set.of("a", "area");

    private RawHtmlLinks() {
    }

    /** Adds the links in {@code html}, which starts at body offset {@code html.getStartOffset()}. */
    static void collect(com.vladsch.flexmark.util.sequence.BasedSequence html, SourceFile file, int base,
                        List<LinkRef> out) {
        String text = html.toString();
        if (text.indexOf('=') < 0) {
            return; // a closing tag or a bare element: nothing to link
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(text, "");
        int start = base + html.getStartOffset();
        for (Element el : doc.getAllElements()) {
            String attr = LINK_ATTRIBUTES.get(el.normalName());
            if (attr == null || !el.hasAttr(attr)) {
                continue;
            }
            Attribute a = el.attribute(attr);
            int valueAt = a.sourceRange().valueRange().startPos();
            if (valueAt < 0) {
                valueAt = Math.max(0, el.sourceRange().startPos());
            }
            LinkRef.Kind kind = NAVIGATING.contains(el.normalName()) ? LinkRef.Kind.LINK : LinkRef.Kind.IMAGE;
            out.add(new LinkRef(a.getValue(), kind, file.pos(start + valueAt)));
        }
    }
}
