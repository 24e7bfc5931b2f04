package cairn.content;

/**
 * JSON string literals for the files cairn writes by hand (history cache, link status,
 * resource index): fixed key order and no library, so equal input gives equal bytes.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code s} as a JSON string literal, or {@code null}; control characters as {@code \}{@code uXXXX}. */
    public static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
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
        return b.append('"').toString();
    }
}
