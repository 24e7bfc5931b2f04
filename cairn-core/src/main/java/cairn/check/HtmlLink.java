package cairn.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A link in rendered HTML: the element, the attribute and its value as the browser
 * sees it (entities decoded). {@code embeds} is true for resources a page loads
 * ({@code <img src>}, {@code <script src>}, stylesheets), false for links a reader follows.
 */
record HtmlLink(String tag, String attribute, String value, boolean embeds) {

    private static final Map<String, String> ATTRIBUTE = Map.of(
            "a", "href", "area", "href", "link", "href", "img", "src", "script", "src", "iframe", "src",
            "source", "src", "video", "src", "audio", "src", "embed", "src");
    private static final Set<String> NAVIGATING = Set.of("a", "area");
    /** {@code <link>} relations whose href is an origin or a hint, not a document. */
    private static final Set<String> NOT_A_RESOURCE = Set.of("preconnect", "dns-prefetch");

    /** Every link under {@code root}, in document order. Text inside {@code <code>} is text, never a link. */
    static List<HtmlLink> in(Element root) {
        List<HtmlLink> out = new ArrayList<>();
        for (Element el : root.getAllElements()) {
            String attr = ATTRIBUTE.get(el.normalName());
            if (attr == null || !el.hasAttr(attr)) {
                continue;
            }
            if (el.normalName().equals("link") && NOT_A_RESOURCE.contains(el.attr("rel").strip().toLowerCase())) {
                continue;
            }
            boolean navigates = NAVIGATING.contains(el.normalName())
                    || (el.normalName().equals("link") && !el.attr("rel").toLowerCase().contains("stylesheet")
                        && !el.attr("rel").toLowerCase().contains("icon"));
            out.add(new HtmlLink(el.normalName(), attr, el.attr(attr), !navigates));
        }
        return out;
    }
}
