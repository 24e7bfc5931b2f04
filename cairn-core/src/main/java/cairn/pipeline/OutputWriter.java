package cairn.pipeline;

import cairn.FileProblem;
import cairn.content.ContentLoader;
import cairn.content.Theme;
import cairn.render.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a build into a staging directory beside the output directory and swaps it into
 * place only on {@link #commit()}; {@link #abort()} throws the staging directory away,
 * so a failed build leaves the previous output as it was. Refuses output directories
 * that would put the user's files at risk, and marks its own output with
 * {@value #MARKER} so it never deletes a directory it did not write.
 */
public final class OutputWriter implements AutoCloseable {

    public static final String MARKER = ".cairn-output";
    private static final String STAGING = ".cairn-staging-";
    private static final String RETIRED = ".cairn-retired-";

    private final Path output;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    /** The staging directory's folders made so far (nothing else makes or removes any while the build runs). */
    private final java.util.Set<Path> madeDirectories = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean reuse;
    private boolean done;
    /** Writes hold it shared; {@link #abort()} holds it alone, so no write lands in a staging directory being deleted. */
    private final java.util.concurrent.locks.ReadWriteLock writes = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile boolean aborted;

    private OutputWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.reuse = Files.exists(output.resolve(MARKER));
    }

    /** Checks {@code output} is safe to replace and opens a fresh staging directory beside it. */
    public static OutputWriter open(Path source, Path output, boolean clean) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        refuseUnsafe(source.toAbsolutePath().normalize(), out, clean);
        Path parent = out.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            recoverInterrupted(parent, out);
            staging = Files.createTempDirectory(parent, "." + out.getFileName() + STAGING);
        } catch (IOException e) {
            throw new IOException("cannot write the output " + out + ": " + parent + ": " + FileProblem.reason(e), e);
        }
        return new OutputWriter(out, staging);
    }

    public Path output() {
        return output;
    }

    public int fileCount() {
        return files.get();
    }

    /** How many files of this build were hard links to the unchanged files of the previous output. */
    public int reusedCount() {
        return linked.get();
    }

    /**
     * Writes one rendered file; safe to call from many threads. A file whose bytes equal the
     * previous output's is staged as a hard link to it instead (same bytes, kept timestamp,
     * no new disk blocks); the swap on {@link #commit()} stays atomic either way.
     */
    public void write(OutputFile file) {
        Path target = resolveInside(file.relativePath());
        writes.readLock().lock();
        try {
            refuseAfterAbort();
            makeParent(target);
            byte[] bytes = file.bytes();
            if (!(reuse && linkUnchanged(target, bytes))) {
                writeNew(target, bytes);
            }
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output.resolve(file.relativePath()) + ": "
                    + FileProblem.reason(e), e);
        } finally {
            writes.readLock().unlock();
        }
    }

    private void refuseAfterAbort() throws IOException {
        if (aborted) { // a worker still running after the build failed: write nothing more
            throw new IOException("the build was aborted");
        }
    }

    /** Writes a new file with one {@code write} call ({@code Files.write} writes 8 KB at a time). */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(target,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Creates the directories above {@code target} in the staging directory, if it is not at its
     * top and this build has not made them yet: {@code Files.createDirectories} on a directory
     * that exists costs a failed {@code mkdir} and an exception, once per file of a folder
     * (the 2,000 cards of a 2,000-page guide share {@code cards/}).
     */
    private void makeParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!parent.equals(staging) && !madeDirectories.contains(parent)) {
            Files.createDirectories(parent);
            madeDirectories.add(parent);
        }
    }

    /**
     * Stages the previous output's file {@code relative} as a hard link, if it is still the
     * file a build left there ({@code size} bytes, modified at {@code mtime} ms); false when
     * it is not, or cannot be linked, and the caller must render it.
     */
    public boolean linkPrevious(String relative, long size, long mtime) {
        if (!reuse) {
            return false;
        }
        Path target = resolveInside(relative);
        Path previous = output.resolve(staging.relativize(target));
        writes.readLock().lock();
        try {
            refuseAfterAbort();
            BasicFileAttributes was = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!was.isRegularFile() || was.size() != size || was.lastModifiedTime().toMillis() != mtime) {
                return false;
            }
            makeParent(target);
            Files.createLink(target, previous);
            linked.incrementAndGet();
            files.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        } finally {
            writes.readLock().unlock();
        }
    }

    private boolean linkUnchanged(Path target, byte[] bytes) {
        Path previous = output.resolve(staging.relativize(target));
        try {
            if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) || Files.size(previous) != bytes.length
                    || !java.util.Arrays.equals(Files.readAllBytes(previous), bytes)) {
                return false;
            }
            Files.createLink(target, previous);
            linked.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no hard links here (another file system, FAT…): write the bytes
        }
    }

    /** Copies static files ({@code /img/a.png} → its source) into the staging directory. */
    public void copyStatic(Map<String, Path> staticFiles) {
        staticFiles.entrySet().parallelStream().forEach(e -> {
            Path target = resolveInside(e.getKey().substring(1));
            writes.readLock().lock();
            try {
                refuseAfterAbort();
                makeParent(target);
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                files.incrementAndGet();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot copy " + e.getValue() + " to " + output.resolve(
                        e.getKey().substring(1)) + ": " + FileProblem.reason(ex), ex);
            } finally {
                writes.readLock().unlock();
            }
        });
    }

    /** Moves the staged site into place, replacing the previous output. */
    public void commit() throws IOException {
        Files.writeString(staging.resolve(MARKER), "written by cairn; this directory is replaced on every build\n",
                StandardCharsets.UTF_8);
        Path retired = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            retired = output.resolveSibling("." + output.getFileName() + RETIRED + Long.toHexString(System.nanoTime()));
            Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        if (retired != null) {
            deleteTree(retired);
        }
    }

    /** Discards the staging directory; the previous output stays untouched. */
    public void abort() {
        if (!done) {
            done = true;
            writes.writeLock().lock(); // waits for writes in flight on other threads
            try {
                aborted = true;
            } finally {
                writes.writeLock().unlock();
            }
            deleteQuietly(staging);
        }
    }

    @Override
    public void close() {
        abort();
    }

    private Path resolveInside(String relative) {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the output directory: " + relative);
        }
        return target;
    }

    private static void refuseUnsafe(Path source, Path out, boolean clean) throws IOException {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (out.getParent() == null || out.equals(home)) {
            throw new UnsafeOutputException("refusing to use " + out + " as the output directory");
        }
        for (String dir : new String[] {"", ContentLoader.CONTENT_DIR, Theme.TEMPLATES_DIR, Theme.STATIC_DIR}) {
            Path protectedDir = dir.isEmpty() ? source : source.resolve(dir);
            if (protectedDir.startsWith(out)) {
                throw new UnsafeOutputException("refusing output directory " + out + ": it contains "
                        + (dir.isEmpty() ? "the site source " : "the site's " + dir + "/ directory ") + protectedDir
                        + ", which a build replaces");
            }
            if (!dir.isEmpty() && out.startsWith(protectedDir)) {
                throw new UnsafeOutputException("refusing output directory " + out + ": it is inside the site's "
                        + dir + "/ directory");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !clean && !isEmpty(out)) {
            throw new UnsafeOutputException("refusing to replace " + out + ": it holds files cairn did not write"
                    + " (no " + MARKER + " marker); empty it, choose another --output, or pass --clean");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UnsafeOutputException("output " + out + " exists and is not a directory");
        }
    }

    /**
     * Cleans up after a build that was killed: removes stale staging directories and, if
     * the output directory is missing while a retired one exists (killed between the two
     * renames of a commit), puts the retired site back.
     */
    private static void recoverInterrupted(Path parent, Path out) throws IOException {
        String name = out.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".cairn-*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + RETIRED) && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
                } else if (n.startsWith("." + name + STAGING) || n.startsWith("." + name + RETIRED)) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // best effort: a later build removes what is left
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
