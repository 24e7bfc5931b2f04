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
record SlugName(String dir, String kind, List<String> words) {

    static final String PAGE = "page";
    static final String ANCHOR = "#";
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "md", "markdown", "mkd", "mdown", "mdwn",
            "shtml", "xhtml", "php", "asp", "aspx");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif");

    SlugName {
        words = List.copyOf(words);
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
        for (String w : text.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{N}]+")) {
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
        return String.join("", words);
    }

    boolean isImage() {
        return IMAGES.contains(kind);
    }

    /** Whether a link of this kind may be a typo of a target of {@code other}'s kind. */
    boolean sameKind(SlugName other) {
        return kind.equals(other.kind) || isImage() && other.isImage();
    }
}
