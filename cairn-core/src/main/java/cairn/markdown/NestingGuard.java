package cairn.markdown;

import cairn.Diagnostic;
import cairn.content.PageSource;

import java.util.Optional;

/**
 * Refuses bodies nested deeper than any real page needs (quotes inside quotes, lists
 * inside lists) before they reach the parser, whose recursion and run time grow with the
 * depth. Fenced code is skipped: a pasted log may be indented any way it likes.
 */
final class NestingGuard {

    /** Deepest block quote or list accepted; real guides stay under ten. */
    static final int MAX_DEPTH = 64;

    private NestingGuard() {
    }

    static Optional<Diagnostic> check(PageSource page) {
        String text = page.source().text();
        int pos = page.bodyOffset();
        String fence = null;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int i = pos;
            int quotes = 0;
            int indent = 0;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '>') {
                    quotes++;
                } else if (c == ' ') {
                    indent++;
                } else if (c == '\t') {
                    indent += 4;
                } else {
                    break;
                }
                i++;
            }
            String rest = text.substring(i, Math.min(end, i + 3));
            if (fence != null) {
                if (rest.startsWith(fence)) {
                    fence = null;
                }
            } else if (rest.startsWith("```") || rest.startsWith("~~~")) {
                fence = rest.substring(0, 3);
            } else {
                boolean listItem = !rest.isEmpty() && "-*+0123456789".indexOf(rest.charAt(0)) >= 0;
                int depth = Math.max(quotes, listItem ? indent / 2 : 0);
                if (depth > MAX_DEPTH) {
                    return Optional.of(Diagnostic.error("markdown-too-deep", page.source().pos(pos),
                            (quotes > MAX_DEPTH ? "block quotes" : "lists") + " nested more than " + MAX_DEPTH
                                    + " levels deep; flatten them (or put the text in a code block)"));
                }
            }
            pos = end + 1;
        }
        return Optional.empty();
    }
}
