package cairn.content;

import cairn.Diagnostics;
import cairn.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files copied as they are into the output: the default theme's assets first, then
 * the site's {@code static/} tree, which wins on equal paths. Keyed by site URL path
 * ({@code static/img/a.png} → {@code /img/a.png}) in sorted order.
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    public static Map<String, Path> scan(Path siteRoot, Theme theme, Diagnostics diagnostics) {
        Map<String, Path> files = new TreeMap<>();
        addTree(theme.defaultStatic(), files, diagnostics, siteRoot);
        addTree(siteRoot.resolve(Theme.STATIC_DIR), files, diagnostics, siteRoot);
        return files;
    }

    private static void addTree(Path root, Map<String, Path> into, Diagnostics diagnostics, Path siteRoot) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    into.put("/" + rel, file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            String where = root.getFileSystem() == siteRoot.getFileSystem() && root.startsWith(siteRoot)
                    ? siteRoot.relativize(root).toString() : root.toString();
            diagnostics.error("read", SourcePos.of(Path.of(where)), "cannot list static files: " + e.getMessage());
        }
    }
}
