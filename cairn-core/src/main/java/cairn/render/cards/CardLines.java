package cairn.render.cards;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks card text into lines that fit a width: at spaces, or inside a word that is wider
 * than a line by itself (a long identifier, or a script written without spaces). Text
 * that needs more than {@code maxLines} lines ends its last line with an ellipsis.
 */
final class CardLines {

    static final String ELLIPSIS = "\u2026";

    private CardLines() {
    }

    static List<String> wrap(CardFonts.Face face, String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        double space = face.width(" ");
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            // glyphs are placed without kerning, so a line is as wide as its words and spaces
            double w = face.width(word);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > maxWidth) { // the word alone: split it where it overflows
                int cut = fittingPrefix(face, word, maxWidth);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = face.width(word);
            }
            line.append(word);
            lineWidth = w;
            if (lines.size() > maxLines) {
                break;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(face, kept.get(maxLines - 1), maxWidth));
        return kept;
    }

    /** {@code line} shortened (at a space when one is near the end) until it fits with an ellipsis after it. */
    static String ellipsize(CardFonts.Face face, String line, double maxWidth) {
        String s = line;
        while (!s.isEmpty() && face.width(s + ELLIPSIS) > maxWidth) {
            int space = s.lastIndexOf(' ');
            s = space > s.length() / 2 ? s.substring(0, space) : s.substring(0, s.offsetByCodePoints(s.length(), -1));
            s = s.stripTrailing();
        }
        return stripTrailingPunctuation(s) + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ",;:.-\u2013\u2014".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The longest prefix of {@code word} (at least one code point) that fits {@code maxWidth}. */
    private static int fittingPrefix(CardFonts.Face face, String word, double maxWidth) {
        int lo = word.offsetByCodePoints(0, 1);
        int end = lo;
        for (int i = lo; i < word.length(); ) {
            int next = i + Character.charCount(word.codePointAt(i));
            if (face.width(word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
            i = next;
        }
        return end;
    }
}
