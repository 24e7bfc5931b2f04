package cairn.content;

import cairn.Diagnostics;
import cairn.SourcePos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files copied as they are into the output: the default theme's assets first, then
 * the site's {@code static/} tree, which wins on equal paths. Keyed by site URL path
 * ({@code static/img/a.png} → {@code /img/a.png}) in sorted order.
 *
 * <p>A symbolic link in {@code static/} is followed only to a file inside the site's
 * directory. One that leads out of it is left out with a warning: a cloned repository
 * must not be able to publish {@code ~/.ssh/id_rsa} or a CI runner's credentials through
 * a link (Jekyll's safe mode and Hugo refuse such links too); copy the file in instead.
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    public static Map<String, Path> scan(Path siteRoot, Theme theme, Diagnostics diagnostics) {
        Map<String, Path> files = new TreeMap<>();
        addTree(theme.defaultStatic(), files, diagnostics, siteRoot);
        addTree(siteRoot.resolve(Theme.STATIC_DIR), files, diagnostics, siteRoot);
        Optional<Path> realRoot = realPath(siteRoot);
        files.entrySet().removeIf(e -> {
            Path file = e.getValue();
            if (file.getFileSystem() != siteRoot.getFileSystem()) {
                return false; // the packaged theme, inside cairn's jar
            }
            Optional<Path> real = realPath(file);
            boolean inside = real.isPresent() && realRoot.isPresent() && real.get().startsWith(realRoot.get());
            boolean ownTheme = real.isPresent() && !file.startsWith(siteRoot);
            if (!inside && !ownTheme) {
                diagnostics.warning("static-link-outside", SourcePos.of(display(siteRoot, file)),
                        "symbolic link to " + real.map(Path::toString).orElse("a missing file")
                                + ", outside the site: not copied (copy the file into static/ instead)");
                return true;
            }
            return false;
        });
        return files;
    }

    /**
     * Where {@code p} really is, symbolic links resolved; empty when it does not exist, cannot
     * be resolved, or lies inside a jar (the packaged theme). Any other file system counts as a
     * disk (an in-memory one in tests, e.g. one with Windows paths).
     */
    public static Optional<Path> realPath(Path p) {
        if ("jar".equals(p.getFileSystem().provider().getScheme())) {
            return Optional.empty();
        }
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path display(Path siteRoot, Path file) {
        return file.startsWith(siteRoot) ? siteRoot.relativize(file) : file;
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
