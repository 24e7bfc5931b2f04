package cairn.cache;

import cairn.FileProblem;
import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedMarkdown;
import cairn.content.Fingerprint;
import cairn.content.PageSource;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Rendered Markdown kept on disk between builds ({@code .cairn/cache/markdown/}), keyed by
 * the SHA-256 of everything the rendering depends on: the store's format, the cairn version
 * (and the build of its code), the renderer's settings, the file's display path and its
 * full text. Thread-safe.
 *
 * <p>Entries live in a few {@link MarkdownPack} files rather than one file per page: with
 * a file per page, creating 2,000 files in one directory from two threads cost ~2.4 s of
 * a 12 s cold build (the directory lock), and a warm build at 10,000 pages opened 10,000
 * files. Now a build reads each pack's index once, reads an entry with one positional read,
 * and appends what it renders to one new pack. {@link #flush}, called once a build's
 * gets and puts are done, decides what survives:
 * <ul>
 * <li>a pack the build used nothing from is deleted (changed or removed pages, an older cairn);
 * <li>a pack it used less than half of is retired: its used entries are copied into the new
 * pack, so dead entries never take more than about half of a pack for long;
 * <li>when more than {@value #MAX_PACKS} packs would remain, the smallest are retired too, so
 * builds that each change a page or two do not pile up tiny packs.
 * </ul>
 * The new pack is renamed into place before anything is deleted, so a build killed at any
 * moment leaves at worst a duplicate entry (the newest pack wins) or a temporary file, which
 * a later flush deletes once it is an hour old (a younger one may be another cairn's work
 * in progress). A build that renders nothing and retires nothing writes nothing. A pack
 * that is damaged or of another format is deleted; a damaged entry is a miss; a pack that
 * another cairn process deletes meanwhile is a miss: never a wrong page.
 */
public final class MarkdownStore {

    private static final int MAX_PACKS = 4;
    private static final Duration STALE_TEMP = Duration.ofHours(1);
    /** An entry of the one-file-per-page store this one replaced (its temporary files began with ".tmp-"). */
    private static final Pattern OLD_ENTRY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final String codeVersion;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final Set<MarkdownPack.Key> used = ConcurrentHashMap.newKeySet();
    private volatile Packs packs;
    private MarkdownPackWriter writer; // guarded by this
    private boolean writeFailed; // guarded by this
    private String writeProblem; // guarded by this: the first write that failed since the last flush

    /** The packs found in the directory, newest first, and the files that looked like packs but are not. */
    private record Packs(List<MarkdownPack> valid, List<Path> invalid) {
    }

    public MarkdownStore(Path dir) {
        this.dir = dir;
        this.codeVersion = codeVersion();
    }

    /** The directory of the packs. */
    Path directory() {
        return dir;
    }

    /** Reads, hits and misses since this store was opened. */
    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    MarkdownPack.Key key(PageSource page, String settings) {
        Fingerprint f = new Fingerprint();
        for (String part : List.of("v" + MarkdownPack.FORMAT, codeVersion, settings,
                page.source().displayPath().toString().replace('\\', '/'), page.source().text())) {
            f.text(part);
        }
        return MarkdownPack.Key.of(f.finish());
    }

    Optional<RenderedMarkdown> get(MarkdownPack.Key key) {
        Optional<MarkdownPack> pack = owner(key, packs().valid());
        Optional<RenderedMarkdown> body = pack.flatMap(p -> p.record(key)).flatMap(MarkdownPack::body);
        if (body.isPresent()) {
            used.add(key);
        }
        (body.isPresent() ? hits : misses).incrementAndGet();
        return body;
    }

    /** Marks an entry as used by this build although it was served from memory, so {@link #flush} keeps it. */
    void keep(MarkdownPack.Key key) {
        used.add(key);
    }

    void put(MarkdownPack.Key key, RenderedMarkdown body) {
        try {
            byte[] record = MarkdownPack.record(key, body);
            Optional<MarkdownPackWriter> w = writer();
            if (w.isPresent()) {
                w.get().append(key, record);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only makes the next build slower; flush says so
            failed(e);
        }
    }

    private synchronized void failed(Exception e) {
        if (writeProblem == null) {
            writeProblem = FileProblem.reason(e);
        }
    }

    /**
     * Ends a build's use of the store: writes the new pack with the entries carried over from
     * retired packs and deletes what no longer serves (see the class comment). With
     * {@code complete} false (the build stopped before asking for every page) what was
     * rendered is still kept but nothing is retired or deleted, since the build's use of
     * the packs is not known. The next build starts afresh from the directory.
     *
     * @return why the new pack could not be written (a full disk), if it could not: the build
     *         is right without it, only the next one renders those pages again
     */
    public synchronized Optional<String> flush(boolean complete) {
        Packs current = packs();
        List<MarkdownPack> keep = new ArrayList<>(current.valid());
        List<MarkdownPack> retire = new ArrayList<>();
        List<Path> delete = new ArrayList<>(current.invalid());
        if (complete) {
            Map<MarkdownPack, Integer> uses = uses(current.valid());
            for (MarkdownPack p : current.valid()) {
                int n = uses.getOrDefault(p, 0);
                if (n == 0) {
                    keep.remove(p);
                    delete.add(p.path());
                } else if (2 * n < p.size()) {
                    keep.remove(p);
                    retire.add(p);
                }
            }
            if (keep.size() + (writer != null || !retire.isEmpty() ? 1 : 0) > MAX_PACKS) {
                keep.sort(Comparator.comparingInt(p -> uses.getOrDefault(p, 0)));
                while (keep.size() + 1 > MAX_PACKS) {
                    retire.add(keep.remove(0));
                }
            }
        }
        if ((writer != null || !retire.isEmpty()) && write(retire, current.valid())) {
            retire.forEach(p -> delete.add(p.path()));
        }
        current.valid().forEach(MarkdownPack::close);
        delete.forEach(MarkdownStore::deleteQuietly);
        sweep();
        packs = null;
        writer = null;
        writeFailed = false;
        used.clear();
        Optional<String> problem = Optional.ofNullable(writeProblem);
        writeProblem = null;
        return problem;
    }

    /** How many entries the build used from each pack: an entry belongs to the newest pack holding it. */
    private Map<MarkdownPack, Integer> uses(List<MarkdownPack> valid) {
        Map<MarkdownPack, Integer> uses = new HashMap<>();
        for (MarkdownPack.Key key : used) {
            owner(key, valid).ifPresent(p -> uses.merge(p, 1, Integer::sum));
        }
        return uses;
    }

    private static Optional<MarkdownPack> owner(MarkdownPack.Key key, List<MarkdownPack> valid) {
        for (MarkdownPack p : valid) {
            if (p.contains(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Copies the used entries of {@code retire} into the new pack and puts it in place; false if that failed. */
    private boolean write(List<MarkdownPack> retire, List<MarkdownPack> valid) {
        try {
            Optional<MarkdownPackWriter> w = writer();
            if (w.isEmpty()) {
                return false;
            }
            for (MarkdownPack p : retire) {
                for (MarkdownPack.Key key : p.keys()) {
                    Optional<byte[]> record = used.contains(key) && owner(key, valid).get() == p
                            ? p.record(key) : Optional.empty();
                    if (record.isPresent()) {
                        w.get().append(key, record.get());
                    }
                }
            }
            if (w.get().count() > 0) {
                w.get().finish();
            } else {
                w.get().discard();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.discard();
            }
            failed(e);
            return false;
        }
    }

    private synchronized Optional<MarkdownPackWriter> writer() throws IOException {
        if (writer == null && !writeFailed) {
            try {
                writer = MarkdownPackWriter.create(dir);
            } catch (IOException e) {
                writeFailed = true;
                throw e;
            }
        }
        return Optional.ofNullable(writer);
    }

    private Packs packs() {
        Packs p = packs;
        if (p == null) {
            synchronized (this) {
                if (packs == null) {
                    packs = load(dir);
                }
                p = packs;
            }
        }
        return p;
    }

    private static Packs load(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir,
                f -> MarkdownPack.isPack(f.getFileName().toString()))) {
            list.forEach(files::add);
        } catch (IOException e) {
            // no directory yet, or an unreadable one: no packs
        }
        files.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed());
        List<MarkdownPack> valid = new ArrayList<>();
        List<Path> invalid = new ArrayList<>();
        for (Path f : files) {
            MarkdownPack.open(f).ifPresentOrElse(valid::add, () -> invalid.add(f));
        }
        return new Packs(valid, invalid);
    }

    /** Deletes the old layout's files and temporary packs older than an hour. */
    private void sweep() {
        Instant stale = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean temp = MarkdownPack.isTemp(name) || name.startsWith(".tmp-");
                if (OLD_ENTRY.matcher(name).matches()
                        || temp && Files.getLastModifiedTime(f).toInstant().isBefore(stale)) {
                    deleteQuietly(f);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing stored yet
        } catch (IOException e) {
            // leftovers are harmless: no key ever names them
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // a file that stays is ignored or retried by the next build
        }
    }

    /** How many page bodies the store in {@code dir} holds (for {@code cairn doctor}). */
    public static int entries(Path dir) {
        Packs found = load(dir);
        found.valid().forEach(MarkdownPack::close);
        return found.valid().stream().mapToInt(MarkdownPack::size).sum();
    }

    /** The release, plus when its code was built: a rebuilt development jar never reads an older one's entries. */
    public static String codeVersion() {
        String release = String.valueOf(MarkdownStore.class.getPackage().getImplementationVersion());
        try {
            var source = MarkdownStore.class.getProtectionDomain().getCodeSource();
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(code)) {
                code = code.resolve(MarkdownRenderer.class.getName().replace('.', '/') + ".class");
            }
            return release + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return release;
        }
    }
}
