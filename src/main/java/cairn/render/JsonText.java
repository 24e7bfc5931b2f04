package cairn.render;

/**
 * JSON string literals for the files cairn writes without a template (the search index):
 * quotes, backslashes and control characters escaped, {@code <} as {@code \u003c} so a
 * file inlined into a page can never close a script element, U+2028/U+2029 escaped for
 * old JavaScript parsers.
 */
final class JsonText {

    private JsonText() {
    }

    /** Appends {@code s} to {@code sb} as a JSON string literal, quotes included. */
    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
