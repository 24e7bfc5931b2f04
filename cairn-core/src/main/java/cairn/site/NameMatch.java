package cairn.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How far a broken name is from an existing one, in the changes a person makes by
 * mistake, or {@link #NONE} when it is not a plausible slip at all. Costs are in quarters
 * of a typo: 0 for spellings that mean the same (case, separators, {@code .htm}, a
 * trailing {@code /}), 1 for a plural or a run-together word, 4 per typo (Damerau edits,
 * allowed relative to the length; numbers must match; in a short name only a swap,
 * a dropped or doubled letter or a neighbouring key), 4 for the same words in another
 * order, 5 for the same words without the small ones ({@code how-to-…-with-…}), 6 to 8
 * for one word added or dropped: a generic word of the site ({@code python-postgresql}
 * for {@code postgresql}), or a qualifier in front that keeps the main (last) word
 * ({@code multiplexers} for {@code terminal-multiplexers}; not {@code django} for
 * {@code django-orm}, a different topic). A replaced word is never a slip.
 */
final class NameMatch {

    static final int NONE = Integer.MAX_VALUE;
    static final int TYPO = 4;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
            "with", "by", "how", "your", "from", "at", "as", "is");
    private static final String[] KEYBOARD = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Words that say little in any guide's addresses: a link adds or drops them freely. */
    private static final Set<String> GENERIC = Set.of("guide", "guides", "tutorial", "tutorials", "overview",
            "introduction", "intro", "basics", "resources", "docs", "documentation", "page", "home", "about");

    private final ToIntFunction<String> pagesWith;
    private final int common;

    /**
     * {@code pagesWith}: how many of the site's pages (or a page's ids) use a word in their
     * names; a word used by {@code common} or more says little on this site.
     */
    NameMatch(ToIntFunction<String> pagesWith, int common) {
        this.pagesWith = pagesWith;
        this.common = common;
    }

    /** The cost of reading {@code link} as {@code target}, or {@link #NONE}; both have words. */
    int cost(SlugName link, SlugName target) {
        if (!link.sameKind(target)) {
            return NONE;
        }
        boolean sameKind = link.kind().equals(target.kind());
        boolean sameDir = link.dir().equals(target.dir());
        if (!sameDir || !sameKind) { // another directory or file type: only the very same name
            boolean same = link.words().equals(target.words());
            return same ? (sameKind ? 0 : TYPO) + (sameDir ? 0 : TYPO) : NONE;
        }
        if (!shareAWord(link.words(), target.words()) && !maybeTypo(link, target)) {
            return NONE; // the cheap test first: most names have nothing in common
        }
        int words = words(link, target);
        if (words > 6 && !link.kind().equals(SlugName.PAGE) && !link.kind().equals(SlugName.ANCHOR)) {
            return NONE; // an image named with a word more or less is another image: oracle-orm-examples.png
        }
        return words;
    }

    private static boolean shareAWord(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (sameWord(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the run-together names could be within three edits: lengths and letter counts close enough. */
    private static boolean maybeTypo(SlugName a, SlugName b) {
        if (Math.abs(a.joined().length() - b.joined().length()) > 3) {
            return false;
        }
        int[] ha = a.letters();
        int[] hb = b.letters();
        int more = 0;
        int fewer = 0;
        for (int i = 0; i < ha.length; i++) {
            int d = ha[i] - hb[i];
            if (d > 0) {
                more += d;
            } else {
                fewer -= d;
            }
        }
        return Math.max(more, fewer) <= 3;
    }

    private int words(SlugName link, SlugName target) {
        List<String> a = link.words();
        List<String> b = target.words();
        if (a.equals(b)) {
            return 0;
        }
        String ja = link.joined();
        String jb = target.joined();
        if (ja.equals(jb)) {
            return 1;
        }
        if (a.size() == b.size() && pairwise(a, b)) {
            return 1; // plurals
        }
        int best = link.digits().equals(target.digits()) ? typo(ja, jb) : NONE;
        if (a.size() == b.size() && a.size() > 1 && sameWords(a, b)) {
            best = Math.min(best, TYPO);
        }
        List<String> ca = content(a);
        List<String> cb = content(b);
        if ((ca.size() != a.size() || cb.size() != b.size()) && !ca.isEmpty() && sameWords(ca, cb)
                && String.join("", ca).length() >= 6) {
            best = Math.min(best, TYPO + 1);
        }
        return Math.min(best, addedOrDropped(a, b));
    }

    /** Damerau distance of the run-together names, within the allowance for their length. */
    private static int typo(String a, String b) {
        int n = Math.max(a.length(), b.length());
        if (n < 3 || Math.abs(a.length() - b.length()) > 3) {
            return NONE;
        }
        int limit = n <= 8 ? 1 : n <= 13 ? 2 : 3;
        int d = osa(a, b, limit);
        if (d > limit) {
            return NONE;
        }
        if (n <= 5) {
            boolean swapFirst = a.length() > 1 && b.length() > 1 && a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0);
            if (a.charAt(0) != b.charAt(0) && !swapFirst) {
                return NONE; // a short name with another first letter is another word (mail, email)
            }
            if (a.length() == b.length()) {
                int i = firstDifference(a, b);
                boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
                if (!swap && (n == 3 || !adjacentKeys(a.charAt(i), b.charAt(i)))) {
                    return NONE;
                }
            } else if (n == 3) {
                return NONE;
            }
        }
        return d * TYPO;
    }

    private int addedOrDropped(List<String> a, List<String> b) {
        boolean linkLonger = a.size() == b.size() + 1;
        if (!linkLonger && b.size() != a.size() + 1) {
            return NONE;
        }
        List<String> longer = linkLonger ? a : b;
        List<String> shorter = linkLonger ? b : a;
        List<String> rest = without(longer, shorter);
        if (rest == null) {
            return NONE;
        }
        String extra = rest.get(0);
        int shared = String.join("", content(shorter)).length();
        int total = String.join("", longer).length();
        if (shared < 3) {
            return NONE;
        }
        if (!linkLonger && shorter.size() == 1 && pagesWith.applyAsInt(shorter.get(0)) > 1) {
            return NONE; // one word that several pages use names none of them: django, orm, python
        }
        if (GENERIC.contains(extra) || SMALL_WORDS.contains(extra) || pagesWith.applyAsInt(extra) >= common) {
            return 6;
        }
        boolean head = longer.get(longer.size() - 1).equals(extra);
        if (!linkLonger && !head) { // the main word without its qualifier: multiplexers for terminal-multiplexers
            return 6;
        }
        if (shared < 4 || shared * 20 < total * 9) {
            return NONE; // less than about half of the name is left
        }
        if (linkLonger) { // a qualifier the site knows, in front of the main word: flask-redis for redis
            return !head && pagesWith.applyAsInt(extra) > 0 ? 8 : NONE;
        }
        return 8; // the qualifier without the main word, when it names nothing else: front for front-matter
    }

    private static List<String> content(List<String> words) {
        return words.stream().filter(w -> !SMALL_WORDS.contains(w)).toList();
    }

    private static boolean pairwise(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same words in any order (plurals aside). */
    private static boolean sameWords(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        return without(b, a) != null;
    }

    /** {@code words} without one occurrence of each of {@code removed} (plurals aside); null when one is missing. */
    private static List<String> without(List<String> words, List<String> removed) {
        List<String> rest = new ArrayList<>(words);
        for (String w : removed) {
            int i = indexOf(rest, w);
            if (i < 0) {
                return null;
            }
            rest.remove(i);
        }
        return rest;
    }

    private static int indexOf(List<String> words, String w) {
        for (int i = 0; i < words.size(); i++) {
            if (sameWord(words.get(i), w)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal, or one is the other's plural ({@code -s}, {@code -es}, {@code -ies}). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int d = Math.abs(a.length() - b.length());
        if (d == 0 || d > 2) {
            return false;
        }
        String s = a.length() < b.length() ? a : b;
        String l = a.length() < b.length() ? b : a;
        if (s.length() < 2 || !Character.isLetter(s.charAt(s.length() - 1))) {
            return false;
        }
        if (l.startsWith(s)) {
            return d == 1 ? l.charAt(l.length() - 1) == 's' : l.endsWith("es");
        }
        return d == 2 && s.endsWith("y") && l.endsWith("ies") && l.regionMatches(0, s, 0, s.length() - 1);
    }

    /** The key under which a word and its plural are counted together: {@code links} and {@code link}. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return Math.min(i, a.length() - 1);
    }

    static boolean adjacentKeys(char x, char y) {
        int[] p = key(x);
        int[] q = key(y);
        return p != null && q != null && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] + p[0] / 2.0 - q[1] - q[0] / 2.0) <= 1;
    }

    private static int[] key(char c) {
        for (int row = 0; row < KEYBOARD.length; row++) {
            int col = KEYBOARD[row].indexOf(c);
            if (col >= 0) {
                return new int[] {row, col};
            }
        }
        return null;
    }

    /** Optimal string alignment distance (edits and swaps of neighbours), or {@code bound + 1} once above it. */
    static int osa(String a, String b, int bound) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound + 1) {
                return bound + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], bound + 1);
    }
}
