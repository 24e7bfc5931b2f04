package cairn.markdown;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words a page is found by in the site search: the body's distinct words, folded
 * (lower case, accents and other marks dropped, compatibility forms decomposed:
 * {@code x²} → {@code x2}), without single characters and very common English words,
 * sorted. Worked out with the Markdown (in parallel, and kept in the build cache) so the
 * search index only joins them.
 */
public final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were",
            "will", "with", "you", "your", "can", "not", "but", "if", "so", "they", "their", "there", "we", "our");

    private SearchWords() {
    }

    /** The very common English words left out of the search words (the search box leaves them out of queries too), sorted. */
    public static Set<String> stopWords() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(STOP));
    }

    /** The search words of {@code text}, joined by spaces. */
    public static String of(String text) {
        return String.join(" ", words(text));
    }

    /** The search words of {@code text}, sorted. */
    public static Set<String> words(String text) {
        // Runs of ASCII letters and digits and of any non-ASCII character, split at ASCII
        // punctuation and spaces (which folding leaves as they are): an ASCII run is only
        // lower-cased; a run with other characters is folded and split again. The same words
        // as folding the whole text first, without running the normaliser over all of it.
        Set<String> distinct = new HashSet<>();
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 0x80 || isWordChar(c)) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= c < 0x80;
            } else if (start >= 0) {
                if (!ascii) {
                    split(fold(text.substring(start, i)), distinct);
                } else if (i - start > 1) {
                    distinct.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        distinct.removeAll(STOP);
        return new TreeSet<>(distinct);
    }

    private static void split(String folded, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (i - start > 1) {
                    out.add(folded.substring(start, i));
                }
                start = -1;
            }
            i += Character.charCount(cp);
        }
    }

    /** Letters and numbers ({@code \p{L}}, {@code \p{N}}): what a word is made of. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String fold(String text) {
        if (isAscii(text)) { // nothing to decompose: skip the normaliser, most bodies are plain ASCII
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
