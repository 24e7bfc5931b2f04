package cairn.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where templates and theme assets come from: the site's own {@code templates/} (each
 * template found there wins) and the default theme packaged in cairn's jar under
 * {@code cairn/theme/}, which is this repository's {@code templates/} and
 * {@code static/theme/}. The packaged theme is opened as a file system, so the jar and
 * an unpacked class path (tests) are read the same way.
 */
public record Theme(Optional<Path> siteTemplates, Path defaultTemplates, Path defaultStatic) {

    public static final String TEMPLATES_DIR = "templates";
    public static final String STATIC_DIR = "static";
    private static final String PACKAGED = "/cairn/theme/templates/base.peb";

    public static Theme of(Path siteRoot) {
        Path site = siteRoot.resolve(TEMPLATES_DIR);
        Path packaged = packagedRoot();
        return new Theme(Files.isDirectory(site) ? Optional.of(site) : Optional.empty(),
                packaged.resolve("templates"), packaged.resolve("static"));
    }

    /** The template file for {@code name} ({@code page} → {@code page.peb}): the site's, else the default. */
    public Path template(String name) {
        String file = name + ".peb";
        return siteTemplates.map(dir -> dir.resolve(file)).filter(Files::isRegularFile)
                .orElse(defaultTemplates.resolve(file));
    }

    /** Where template pages live in a templates directory: {@code pages/NAME.peb} becomes {@code /NAME.html}. */
    public static final String PAGES_DIR = "pages";

    /**
     * The template pages ({@code templates/pages/NAME.peb}, the site's and the default
     * theme's): their names as template names under {@code pages/} ({@code email},
     * {@code api/index}), sorted. Each is rendered at {@code /NAME.html}.
     */
    public java.util.List<String> pageTemplates() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Path root : siteTemplates.map(dir -> java.util.List.of(dir, defaultTemplates))
                .orElse(java.util.List.of(defaultTemplates))) {
            Path dir = root.resolve(PAGES_DIR);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".peb") && !n.startsWith(".") && !n.contains("/."))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".peb".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return java.util.List.copyOf(names);
    }

    /** The site path of template page {@code name}: {@code /NAME.html}. */
    /** The site paths of {@link #pageTemplates()} ({@code /NAME.html}), sorted. */
    public java.util.Set<String> pageTemplateUrls() {
        java.util.Set<String> urls = new java.util.TreeSet<>();
        pageTemplates().forEach(name -> urls.add(pageTemplateUrl(name)));
        return urls;
    }

    public static String pageTemplateUrl(String name) {
        return "/" + name + ".html";
    }

    /** The default theme's directories when they are plain files (cairn run from a class directory); none in a jar. */
    public static java.util.List<Path> packagedDirectories() {
        URL url = Theme.class.getResource(PACKAGED);
        if (url == null || !"file".equals(url.getProtocol())) {
            return java.util.List.of();
        }
        Path packaged = packagedRoot();
        return java.util.List.of(packaged.resolve("templates"), packaged.resolve("static"));
    }

    private static Path packagedRoot() {
        URL url = Theme.class.getResource(PACKAGED);
        if (url == null) {
            throw new IllegalStateException("the default theme is missing from cairn's class path (" + PACKAGED + ")");
        }
        try {
            URI uri = url.toURI();
            Path base;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                base = fs.getPath(PACKAGED);
            } else {
                base = Path.of(uri);
            }
            return base.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
