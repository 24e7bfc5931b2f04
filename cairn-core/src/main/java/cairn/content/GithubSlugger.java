package cairn.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives headings in a rendered Markdown file, so a one-file guide's
 * pages answer to the addresses readers already have ({@code README.md#web-frameworks}).
 * The rules are github-slugger's: lower case; every character that is not a letter, a
 * digit, a mark, a space, {@code -} or {@code _} removed (punctuation, symbols, emoji);
 * each space turned into {@code -}, with no trimming or collapsing ({@code "Tools & Services"}
 * is {@code tools--services}). A repeated anchor in one file gets {@code -1}, {@code -2}, …
 * in order, so one slugger is used for one file from top to bottom.
 */
public final class GithubSlugger {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)]\\[[^\\]]*]");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of the next heading with this (rendered) text, unique within this slugger's file. */
    public String slug(String headingText) {
        String base = anchorOf(headingText);
        String result = base;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            result = base + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** The anchor of one heading text, without the counter that keeps repeated ones apart. */
    public static String anchorOf(String headingText) {
        String lower = headingText.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * The text GitHub renders for a heading written as Markdown: links and images reduced
     * to their text, code spans, emphasis markers, inline HTML tags and backslash escapes
     * removed.
     */
    public static String renderedText(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("");
        s = INLINE_LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("").replace("`", "");
        s = EMPHASIS.matcher(s).replaceAll("");
        return ESCAPE.matcher(s).replaceAll("$1").strip();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
