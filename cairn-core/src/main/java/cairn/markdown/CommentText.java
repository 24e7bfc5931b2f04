package cairn.markdown;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The curator's comment on a resource as plain text: what a list item says besides the
 * link, or, for a link in running text, the rest of the sentence it is in. Separators
 * left at the edges ({@code -}, {@code :}, {@code —}, commas) are trimmed.
 */
final class CommentText {

    private static final Pattern EDGES = Pattern.compile("^[\\s\\-\u2013\u2014:,;.|]+|[\\s\\-\u2013\u2014:,;|]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CommentText() {
    }

    static String ofListItem(Element item, Element link) {
        StringBuilder b = new StringBuilder();
        int[] span = {-1, -1};
        ExternalLinks.append(item, link, b, span);
        return clean(cut(b, span));
    }

    static String ofSentence(Element link) {
        Element block = link.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int[] span = {-1, -1};
        ExternalLinks.append(block, link, b, span);
        if (span[0] < 0) {
            return "";
        }
        String text = b.toString();
        int start = span[0];
        while (start > 0 && !sentenceEnd(text, start - 1)) {
            start--;
        }
        int end = span[1];
        while (end < text.length() && !sentenceEnd(text, end)) {
            end++;
        }
        end = Math.min(text.length(), end + 1);
        StringBuilder sentence = new StringBuilder(text.substring(start, end));
        return clean(cut(sentence, new int[] {span[0] - start, span[1] - start}));
    }

    /** A sentence ends at {@code . ! ?} followed by white space. */
    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }

    private static String cut(StringBuilder b, int[] span) {
        if (span[0] >= 0 && span[1] >= span[0]) {
            b.replace(span[0], span[1], " ");
        }
        return b.toString();
    }

    private static String clean(String s) {
        return EDGES.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("").strip();
    }
}
