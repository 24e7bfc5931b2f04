package cairn.serve;

import cairn.content.ContentLoader;
import cairn.content.SiteConfig;
import cairn.content.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's {@code content/}, {@code templates/}, {@code static/} (with every
 * directory created in them later) and {@code cairn.yaml}, and reports what changed in
 * batches: after the first change it waits until the files have been quiet for a moment
 * (a third of the quiet period while only one file changed, the whole period once several
 * did), so an editor's burst of writes, or a {@code git checkout}, makes one batch. The
 * callback runs on the watcher's own thread; changes made while it runs are collected
 * into the next batch, so rebuilds never overlap and none is lost. Hidden files and
 * editor backups ({@code .x.swp}, {@code x~}) are ignored. If the operating system drops
 * events, the batch holds the site directory itself, meaning "anything may have changed".
 */
public final class ChangeWatcher implements AutoCloseable {

    private static final List<String> TREES = List.of(ContentLoader.CONTENT_DIR, Theme.TEMPLATES_DIR,
            Theme.STATIC_DIR);

    private final Path root;
    private final WatchService service;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Thread thread;

    private ChangeWatcher(Path root, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        register(root);
        for (String tree : TREES) {
            registerTree(root.resolve(tree), null);
        }
        this.thread = new Thread(this::run, "cairn-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching {@code siteRoot}; {@code onChange} gets each batch of changed paths. */
    public static ChangeWatcher start(Path siteRoot, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        ChangeWatcher watcher = new ChangeWatcher(siteRoot.toAbsolutePath().normalize(), quiet, onChange);
        watcher.thread.start();
        return watcher;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing a watch service does not fail in practice; the thread ends either way
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                collect(service.take(), batch);
                WatchKey next;
                while ((next = service.poll(quietAfter(batch), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * How long to wait for more: a third of the quiet period while the batch has one file at most
     * (an editor saves a file in one burst, and the author waits for the reload), the whole period
     * once it has several (a {@code git checkout}, a copy: more may follow).
     */
    private long quietAfter(Set<Path> batch) {
        return batch.size() > 1 ? quiet.toMillis() : Math.max(1, quiet.toMillis() / 3);
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(root);
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!relevant(path)) {
                continue;
            }
            batch.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path, batch); // files written before it was registered are in the batch too
                } catch (UncheckedIOException e) {
                    batch.add(root); // gone again already, or unreadable: let the rebuild look at everything
                }
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    private boolean relevant(Path path) {
        Path rel = root.relativize(path);
        if (rel.getNameCount() == 1) {
            // a top-level Markdown file may be a one-file guide (README.md)
            return rel.toString().equals(SiteConfig.FILE_NAME) || TREES.contains(rel.toString())
                    || ContentLoader.isMarkdown(rel) && !EditorFiles.isTemporary(rel.toString());
        }
        if (!TREES.contains(rel.getName(0).toString())) {
            return false;
        }
        for (Path part : rel) {
            String name = part.toString();
            if (EditorFiles.isTemporary(name)) {
                return false;
            }
        }
        return true;
    }

    private void registerTree(Path top, Set<Path> found) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (found != null && relevant(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        dirs.put(key, dir);
    }
}
