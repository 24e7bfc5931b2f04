package cairn.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The files under some directories by path, size and modification time, as one digest: what
 * {@link BuildStamp} compares to tell that nothing was added, removed or changed.
 */
final class FileListing {

    /** How recent a change must be for the next one to perhaps leave the file's time as it is. */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** More files than this and a listing is not worth it (a site directory that holds far more than a site). */
    private static final int MAX_FILES = 50_000;

    private FileListing() {
    }

    /**
     * The digest of every regular file under {@code roots} (a root may be a file; one that
     * does not exist counts as such), leaving out the directories in {@code skip}. Empty when
     * there are too many files, one cannot be read, or one changed later than
     * {@link #SETTLE_NANOS} before {@code settledBy} (epoch nanoseconds; 0: any time will do).
     */
    static Optional<String> digest(List<Path> roots, List<Path> skip, long settledBy) {
        TreeMap<String, String> files = new TreeMap<>();
        boolean[] usable = {true};
        for (Path root : roots) {
            if (!Files.exists(root)) {
                files.put(root + "\0", "absent");
                continue;
            }
            try {
                // links followed, as the content loader follows them: an edit behind a link is an edit
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return skip.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        long time = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                        if (files.size() >= MAX_FILES || (settledBy > 0 && time > settledBy - SETTLE_NANOS)) {
                            usable[0] = false;
                            return FileVisitResult.TERMINATE;
                        }
                        files.put(file.toString(), attrs.size() + " " + time);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                return Optional.empty();
            }
            if (!usable[0]) {
                return Optional.empty();
            }
        }
        StringBuilder b = new StringBuilder(files.size() * 64);
        files.forEach((path, stat) -> b.append(path).append('\0').append(stat).append('\n'));
        return Optional.of(sha256(b.toString()));
    }

    /** Now, as epoch nanoseconds (the clock file times are given in). */
    static long now() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
