package cairn.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of a body cut at its headings, for the snippets of the site search:
 * element 0 is the text before the first heading, element {@code i + 1} the text after
 * heading {@code i} (the order of {@link RenderedMarkdown#headings()}) up to the next
 * heading of any level. Headings themselves are left out (their text is in
 * {@link Heading}); whitespace is collapsed to single spaces, block elements are
 * separated by a space.
 */
final class SearchSections {

    private SearchSections() {
    }

    static List<String> of(Element body) {
        List<StringBuilder> sections = new ArrayList<>();
        sections.add(new StringBuilder());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                StringBuilder current = sections.get(sections.size() - 1);
                if (node instanceof TextNode text) {
                    append(current, text.getWholeText());
                } else if (node instanceof Element el && el != body) {
                    if (isHeading(el)) {
                        sections.add(new StringBuilder());
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock() || el.normalName().equals("br")) {
                        append(current, " ");
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el != body && el.isBlock()) {
                    append(sections.get(sections.size() - 1), " ");
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return sections.stream().map(sb -> sb.toString().strip()).toList();
    }

    private static boolean isHeading(Element el) {
        String name = el.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** Appends {@code text} with runs of whitespace as one space, never two spaces in a row. */
    private static void append(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }
}
