package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The {@code load content} stage: finds every Markdown file ({@code .md}, {@code .markdown}, {@code .mkd},
 * {@code .mdown}, {@code .mdwn}) under {@code content/},
 * reads and decodes it, splits off the front matter and interprets it. Files are read in
 * parallel; the result is ordered by path, so it never depends on the file system's
 * listing order. Drafts are left out unless asked for.
 */
public final class ContentLoader {

    public static final String CONTENT_DIR = "content";
    /** The extensions read as Markdown: cairn's and Pelican's ({@code .mkd}, {@code .mdown}, {@code .mdwn}). */
    public static final java.util.regex.Pattern MARKDOWN = java.util.regex.Pattern.compile(
            ".*\\.(md|markdown|mkd|mdown|mdwn)");

    private ContentLoader() {
    }

    public static List<PageSource> load(Path siteRoot, boolean includeDrafts, Diagnostics diagnostics) {
        return load(siteRoot, includeDrafts, diagnostics, new PageSourceCache());
    }

    /** Loads the site's content, reusing from {@code cache} every file whose text has not changed. */
    public static List<PageSource> load(Path siteRoot, boolean includeDrafts, Diagnostics diagnostics,
                                        PageSourceCache cache) {
        Path content = siteRoot.resolve(CONTENT_DIR);
        if (!Files.isDirectory(content)) {
            boolean empty = !Files.exists(siteRoot.resolve(SiteConfig.FILE_NAME));
            diagnostics.error("content", SourcePos.of(Path.of(CONTENT_DIR)),
                    "no content directory (expected Markdown files under " + content + ")"
                            + (empty ? "; this is not a cairn site yet: \"cairn init " + siteRoot
                            + "\" creates a starter site here" : ""));
            return List.of();
        }
        List<Found> files = markdownFiles(content, siteRoot, diagnostics);
        cache.retainOnly(files.stream().map(Found::file).toList());
        // unchanged files on this thread, the others in parallel: serve's rebuilds read one file of thousands
        List<Optional<PageSource>> pages = new ArrayList<>(files.size());
        List<Integer> changed = new ArrayList<>();
        for (Found f : files) {
            Optional<PageSourceCache.Reading> same = cache.unchanged(f.file, siteRoot.relativize(f.file), f.stamp);
            same.ifPresent(reading -> diagnostics.addAll(reading.problems()));
            if (same.isEmpty()) {
                changed.add(pages.size());
            }
            pages.add(same.flatMap(PageSourceCache.Reading::page));
        }
        changed.parallelStream().forEach(i -> pages.set(i, readOne(files.get(i).file, files.get(i).stamp, siteRoot,
                content, diagnostics, cache)));
        return pages.stream()
                .flatMap(Optional::stream)
                .filter(page -> includeDrafts || !page.draft())
                .toList();
    }

    /** A Markdown file and its stamp, taken when the directory was listed. */
    private record Found(Path file, Optional<PageSourceCache.Stamp> stamp) {
    }

    /** Reads one file; empty with diagnostics added when it cannot be used. */
    public static Optional<PageSource> readOne(Path file, Path siteRoot, Path content, Diagnostics diagnostics) {
        return readOne(file, PageSourceCache.Stamp.of(file), siteRoot, content, diagnostics, new PageSourceCache());
    }

    /** Reads and interprets one file whose {@code stamp} was taken before (the cache did not have it unchanged). */
    private static Optional<PageSource> readOne(Path file, Optional<PageSourceCache.Stamp> stamp, Path siteRoot,
                                                Path content, Diagnostics diagnostics, PageSourceCache cache) {
        Path display = siteRoot.relativize(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            diagnostics.error("read", SourcePos.of(display), "cannot read file: " + describe(e));
            return Optional.empty();
        }
        SourceFile source;
        try {
            source = SourceFile.decode(file, display, bytes);
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return Optional.empty();
        }
        PageSourceCache.Reading reading = cache.read(source, stamp, () -> interpret(source, content.relativize(file)));
        diagnostics.addAll(reading.problems());
        return reading.page();
    }

    private static PageSourceCache.Reading interpret(SourceFile source, Path relToContent) {
        List<Diagnostic> problems = new ArrayList<>();
        try {
            FrontMatter fm = FrontMatterParser.parse(source);
            Optional<PageSource> page = PageReader.read(source, fm, relToContent, problems);
            return new PageSourceCache.Reading(page, problems);
        } catch (DiagnosticException e) {
            problems.add(e.diagnostic());
            return new PageSourceCache.Reading(Optional.empty(), problems);
        }
    }

    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return MARKDOWN.matcher(name).matches() && !name.startsWith(".");
    }

    private static List<Found> markdownFiles(Path content, Path siteRoot, Diagnostics diagnostics) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(content, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName().toString();
                            return name.startsWith(".") && !dir.equals(content)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isMarkdown(file)) {
                                found.add(new Found(file, Optional.of(PageSourceCache.Stamp.of(attrs))));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            SourcePos where = SourcePos.of(siteRoot.relativize(file));
                            if (e instanceof FileSystemLoopException) {
                                diagnostics.warning("symlink-loop", where, "symbolic link loop, skipped");
                            } else {
                                diagnostics.error("read", where, "cannot read: " + describe(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            diagnostics.error("read", SourcePos.of(Path.of(CONTENT_DIR)), "cannot list content: " + describe(e));
        }
        // by the path with '/' between names, so the order (and which of two pages with one slug
        // keeps it) is the same on Windows, where '\\' sorts after digits and letters
        found.sort(Comparator.comparing((Found f) -> f.file.toString().replace(f.file.getFileSystem().getSeparator(),
                "/")));
        return found;
    }

    private static String describe(Exception e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file";
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
