package cairn.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A site path (or a title, or an element id) seen as a person reads it: the directory,
 * the kind of target ({@code page} for {@code /x.html}, {@code /x.htm}, {@code /x/},
 * {@code /x/index.html}, {@code /x}, a Markdown source; else the file extension, or
 * {@code #} for an anchor) and the words of its name, lower-cased. Spelling differences
 * that do not change what a person means (case, {@code _} or a space for {@code -},
 * {@code .htm}, a trailing {@code /}) vanish here.
 */
final class SlugName {

    static final String PAGE = "page";
    static final String ANCHOR = "#";
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "md", "markdown", "mkd", "mdown", "mdwn",
            "shtml", "xhtml", "php", "asp", "aspx");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif");

    private final String dir;
    private final String kind;
    private final List<String> words;
    private final String joined;
    private final String digits;
    private int[] letters; // made when first needed

    SlugName(String dir, String kind, List<String> words) {
        this.dir = dir;
        this.kind = kind;
        this.words = List.copyOf(words);
        this.joined = String.join("", words);
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Character.isDigit(c)) {
                d.append(c);
            } else if (d.length() > 0 && d.charAt(d.length() - 1) != ' ') {
                d.append(' ');
            }
        }
        this.digits = d.toString().strip();
    }

    /** How often each letter or digit occurs in the name (a lower bound of edit distances, cheaply). */
    int[] letters() {
        int[] h = letters;
        if (h == null) {
            h = new int[37];
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                h[c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36]++;
            }
            letters = h;
        }
        return h;
    }

    String dir() {
        return dir;
    }

    String kind() {
        return kind;
    }

    List<String> words() {
        return words;
    }

    /** The numbers in the name, in order ({@code python-3-ubuntu-1604}: {@code 3 1604}). */
    String digits() {
        return digits;
    }

    /** The name of a site path; {@code /} and {@code /index.html} have no words. */
    static SlugName ofPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith("/index.html") || p.endsWith("/index.htm")) {
            p = p.substring(0, p.lastIndexOf('/') + 1);
        }
        if (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
            int slash = p.lastIndexOf('/');
            return new SlugName(p.substring(0, slash + 1), PAGE, words(p.substring(slash + 1)));
        }
        int slash = p.lastIndexOf('/');
        String dir = p.substring(0, slash + 1);
        String file = p.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String ext = dot > 0 ? file.substring(dot + 1) : "";
        if (ext.isEmpty() || PAGE_EXTENSIONS.contains(ext)) {
            return new SlugName(dir, PAGE, words(dot > 0 ? file.substring(0, dot) : file));
        }
        return new SlugName(dir, ext.equals("jpeg") ? "jpg" : ext, words(file.substring(0, dot)));
    }

    /** A title or heading text as the words of a slug written from it, in the directory of its page. */
    static SlugName ofText(String dir, String kind, String text) {
        return new SlugName(dir, kind, words(text.toLowerCase(Locale.ROOT)));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(text.toLowerCase(Locale.ROOT).replace("'", ""))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words run together: {@code web-frameworks} and {@code WebFrameworks} are both {@code webframeworks}. */
    String joined() {
        return joined;
    }

    boolean isImage() {
        return IMAGES.contains(kind);
    }

    /** Kind (images as one) and directory: a slip keeps both. */
    String place() {
        return (isImage() ? "image" : kind) + " " + dir;
    }

    /** Kind (images as one) and words: the same name anywhere. */
    String nameKey() {
        return (isImage() ? "image" : kind) + " " + String.join("-", words);
    }

    /** Whether a link of this kind may be a typo of a target of {@code other}'s kind. */
    boolean sameKind(SlugName other) {
        return kind.equals(other.kind) || isImage() && other.isImage();
    }
}
