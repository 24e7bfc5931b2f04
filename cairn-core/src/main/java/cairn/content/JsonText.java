package cairn.content;

/**
 * JSON string literals for the files cairn writes by hand (check reports, link cache, link
 * status, resource and search indexes): fixed key order and no library, so equal input
 * gives equal bytes.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code s} as a JSON string literal, or {@code null}; see {@link #string(StringBuilder, String)}. */
    public static String string(String s) {
        return s == null ? "null" : string(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * Appends {@code s} to {@code b} as a JSON string literal ({@code null} for null): quotes,
     * backslashes and control characters escaped, {@code <} as {@code \u003c} so a file inlined
     * into a page can never close a script element, DEL and U+2028/U+2029 escaped for old
     * JavaScript parsers. One escaper for every JSON file cairn writes (reports, link cache,
     * link status, resource and search indexes).
     */
    public static StringBuilder string(StringBuilder b, String s) {
        if (s == null) {
            return b.append("null");
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '<') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
