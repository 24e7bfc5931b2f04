package cairn.markdown;

import org.jsoup.nodes.Element;

/**
 * The curator's comment on a resource as plain text: what a list item says besides the
 * link, or, for a link in running text, the rest of the sentence it is in. Separators
 * left at the edges ({@code -}, {@code :}, {@code —}, commas) are trimmed.
 */
final class CommentText {

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

    /**
     * White space runs as one space, separators trimmed from the edges (a {@code .} only at the
     * start: a comment ends with its sentence). One pass each way: this runs for every
     * resource of the guide, and the regular expressions it replaces cost 2 % of a cold build.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(c);
            }
        }
        int start = 0;
        while (start < b.length() && (isSeparator(b.charAt(start)) || b.charAt(start) == '.')) {
            start++;
        }
        int end = b.length();
        while (end > start && isSeparator(b.charAt(end - 1))) {
            end--;
        }
        return b.substring(start, end).strip();
    }

    /** What {@code \\s} matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u2013' || c == '\u2014' || c == ':' || c == ',' || c == ';' || c == '|';
    }
}
