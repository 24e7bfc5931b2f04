package cairn.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses of a one-file guide's headings: a link written in the file to one of
 * its own anchors ({@code #web-frameworks}, {@code README.md#web-frameworks}) goes to the
 * page that section became, with the anchor when it is a heading inside that page. The
 * pages carry their anchors in {@code onefile_anchors} (see {@code cairn.content.OneFileGuide}).
 */
final class FileAnchors {

    private final Map<String, Map<String, String>> bySource = new HashMap<>();
    private final Map<String, String> homeBySource = new HashMap<>();

    FileAnchors(Collection<Page> pages) {
        for (Page page : pages) {
            Optional<Object> anchors = page.source().frontMatter().get("onefile_anchors");
            Optional<String> source = page.source().frontMatter().string("onefile_source");
            if (anchors.isEmpty() || source.isEmpty() || !(anchors.get() instanceof Map<?, ?> map)) {
                continue;
            }
            Map<String, String> urls = bySource.computeIfAbsent(source.get(), k -> new HashMap<>());
            map.forEach((anchor, id) -> urls.put(String.valueOf(anchor),
                    page.url() + (String.valueOf(id).isEmpty() ? "" : "#" + id)));
            if ("home".equals(page.source().frontMatter().string("onefile").orElse(""))) {
                homeBySource.put(source.get(), page.url());
            }
        }
    }

    /** Whether no page came from a one-file guide (then {@link #translate} finds nothing). */
    boolean isEmpty() {
        return bySource.isEmpty() && homeBySource.isEmpty();
    }

    /** The page address {@code target}, written in the one-file guide {@code from}, stands for. */
    Optional<String> translate(String target, Path from) {
        String file = from.toString().replace('\\', '/');
        Map<String, String> urls = bySource.get(file);
        if (urls == null) {
            return Optional.empty();
        }
        String t = target.strip();
        int hash = t.indexOf('#');
        String path = hash < 0 ? t : t.substring(0, hash);
        String name = from.getFileName().toString();
        if (!path.isEmpty() && !path.equals(name) && !path.equals("./" + name)) {
            return Optional.empty();
        }
        if (hash < 0 || hash == t.length() - 1) {
            return path.isEmpty() ? Optional.empty() : Optional.ofNullable(homeBySource.get(file));
        }
        String anchor = t.substring(hash + 1);
        try {
            anchor = URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray '%': the anchor as written
        }
        return Optional.ofNullable(urls.get(anchor));
    }
}
