package cairn.site;

import cairn.content.ContentLoader;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links written to source files instead of addresses, as authors write them on GitHub
 * and in their editor, and as Pelican sites write them:
 * <ul>
 *   <li>a relative link to a Markdown file, {@code 02-postgresql.md},
 *       {@code ../03-data/02-postgresql.md#django}, resolved against the directory of
 *       the page that links (as GitHub and MkDocs do);</li>
 *   <li>Pelican's {@code {filename}/pages/x.md} and the older {@code |filename|x.md},
 *       relative to {@code content/} when they start with {@code /}, else to the page;</li>
 *   <li>Pelican's {@code {static}/img/a.png} and {@code {attach}img/a.png}: the file's
 *       address, {@code /img/a.png}.</li>
 * </ul>
 * Each becomes the address of that page (or file), with its {@code #anchor} and
 * {@code ?query}; a link to a Markdown file that is not there is broken, and
 * {@link #hint} names the nearest source file, written the way the link was.
 */
public final class SourceLinks {

    private static final Pattern PELICAN = Pattern.compile("^(?:\\{(filename|static|attach)\\}|\\|(filename)\\|)(.*)$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Path CONTENT = Path.of(ContentLoader.CONTENT_DIR);

    private final Map<Path, String> urlBySource = new HashMap<>();
    private final Map<String, Path> sourceByPath = new HashMap<>(); // "content/pages/a.md" → path
    private final Map<String, String> titleByAddress = new HashMap<>(); // "/content/pages/a.md" → its page's title
    private final FileAnchors fileAnchors;
    private volatile LinkSuggestions suggestions;

    /** {@code pages} with their source files, relative to the site directory. */
    public SourceLinks(Collection<Page> pages) {
        for (Page page : pages) {
            Path source = page.source().source().displayPath().normalize();
            urlBySource.put(source, page.url());
            sourceByPath.put(slashes(source), source);
            titleByAddress.put("/" + slashes(source), page.title());
        }
        fileAnchors = new FileAnchors(pages);
    }

    /** Whether {@code other} knows the same source files at the same addresses (then it translates alike). */
    boolean sameFiles(SourceLinks other) {
        return urlBySource.equals(other.urlBySource);
    }

    /** Whether a link's translation depends on the source files' addresses alone (no one-file guide's anchors). */
    boolean filesOnly() {
        return fileAnchors.isEmpty();
    }

    /** Whether {@code target} is written as a link to a source file (then {@link #translate} knows it or it is broken). */
    public static boolean isSourceLink(String target) {
        String t = target.strip();
        if (PELICAN.matcher(t).matches()) {
            return true;
        }
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("//") || SCHEME.matcher(t).find()) {
            return false;
        }
        return ContentLoader.MARKDOWN.matcher(pathPart(t).toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The site path (with the link's {@code #fragment} and {@code ?query}) that {@code target},
     * written in the page whose source is {@code from} (relative to the site directory),
     * stands for; empty when it is not a link to a source file, or names a Markdown file that
     * does not exist.
     */
    public Optional<String> translate(String target, Path from) {
        Optional<String> anchored = fileAnchors.translate(target, from);
        if (anchored.isPresent()) {
            return anchored;
        }
        String t = target.strip();
        Matcher pelican = PELICAN.matcher(t);
        String path = pathPart(pelican.matches() ? pelican.group(3) : t);
        String rest = suffix(pelican.matches() ? pelican.group(3) : t);
        if (pelican.matches()) {
            Optional<Path> file = resolve(path, from, true);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            String url = urlBySource.get(file.get());
            if (url != null) {
                return Optional.of(url + rest);
            }
            if (isMarkdown(path)) {
                return Optional.empty();
            }
            // a static file: content/img/a.png (Pelican's layout) or static/img/a.png are both /img/a.png
            Path rel = file.get().startsWith(CONTENT) ? CONTENT.relativize(file.get()) : file.get();
            return Optional.of("/" + slashes(rel) + rest);
        }
        if (!isSourceLink(t) || path.startsWith("/")) {
            return Optional.empty();
        }
        return resolve(path, from, false).map(urlBySource::get).map(url -> url + rest);
    }

    /**
     * For a link to a Markdown file that does not exist: the source file it clearly meant (a
     * typo, a changed number, the same name in another chapter), written as the link was
     * written, anchor kept. Source files are weighed as {@link LinkSuggestions} weighs
     * addresses, by their paths and their pages' titles: two equally near files give none.
     */
    public Optional<String> hint(String target, Path from) {
        String t = target.strip();
        Matcher pelican = PELICAN.matcher(t);
        String written = pelican.matches() ? pelican.group(3) : t;
        String path = pathPart(written);
        if (!isMarkdown(path)) {
            return Optional.empty();
        }
        Optional<Path> found = resolve(path, from, pelican.matches())
                .flatMap(file -> suggestions().suggest("/" + slashes(file)))
                .map(meant -> sourceByPath.get(meant.substring(1)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String suffix = suffix(written);
        if (pelican.matches()) {
            String prefix = t.substring(0, pelican.start(3));
            return Optional.of(prefix + "/" + slashes(CONTENT.relativize(found.get())) + suffix);
        }
        Path dir = from.getParent() == null ? Path.of("") : from.getParent();
        return Optional.of(slashes(dir.relativize(found.get())) + suffix);
    }

    /** Every source file as an address ({@code /content/pages/a.md}), made on the first broken source link. */
    private LinkSuggestions suggestions() {
        LinkSuggestions s = suggestions;
        if (s == null) {
            synchronized (this) {
                if (suggestions == null) {
                    suggestions = new LinkSuggestions(titleByAddress.keySet(), titleByAddress, Map.of());
                }
                s = suggestions;
            }
        }
        return s;
    }

    /** The file {@code path} names, relative to the site directory, when it stays inside it. */
    private Optional<Path> resolve(String path, Path from, boolean pelican) {
        Path base;
        String p = path;
        if (pelican && p.startsWith("/")) {
            base = CONTENT;
            p = p.replaceFirst("^/+", "");
        } else {
            base = from.getParent() == null ? Path.of("") : from.getParent();
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Path file = base.resolve(java.net.URLDecoder.decode(p.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))
                .normalize();
        if (file.startsWith("..") || file.isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static boolean isMarkdown(String path) {
        return ContentLoader.MARKDOWN.matcher(path.toLowerCase(Locale.ROOT)).matches();
    }

    /** The path of a link, without {@code #fragment} or {@code ?query}. */
    private static String pathPart(String target) {
        int cut = target.length();
        for (char c : new char[] {'#', '?'}) {
            int at = target.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return target.substring(0, cut);
    }

    /** The {@code ?query#fragment} of a link, as written. */
    private static String suffix(String target) {
        return target.substring(pathPart(target).length());
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
