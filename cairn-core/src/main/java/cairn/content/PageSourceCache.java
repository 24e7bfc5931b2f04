package cairn.content;

import cairn.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers how each content file was interpreted (its {@link PageSource}, or the
 * problems that kept it out), so a rebuild re-parses only the files that changed. A file
 * whose size, modification time and identity (inode) are as they were is not even read
 * again, unless someone {@link #invalidate}d it (the serve watcher does, for every file
 * it saw change); a file that was read again is re-parsed only when its decoded text
 * differs. Thread-safe: files are read in parallel. A one-off build uses a fresh, empty
 * cache; {@code cairn serve} keeps one.
 */
public final class PageSourceCache {

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The outcome of interpreting one file: the page, or empty, and the problems found. */
    public record Reading(Optional<PageSource> page, List<Diagnostic> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /** What a file looked like on disk: size, modification time and identity. */
    record Stamp(long size, FileTime modified, Object fileKey) {

        /** The file's stamp, or empty when it cannot be read (the file is then read, and fails, normally). */
        static Optional<Stamp> of(Path file) {
            try {
                return Optional.of(of(Files.readAttributes(file, BasicFileAttributes.class)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** The stamp of a file whose attributes were read already (listing a directory reads them). */
        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
        }
    }

    private record Entry(Path displayPath, String text, Optional<Stamp> stamp, Reading reading) {
    }

    /** The cached reading of {@code file} if it was not invalidated and its stamp is as it was. */
    Optional<Reading> unchanged(Path file, Path displayPath, Optional<Stamp> stamp) {
        Entry cached = entries.get(file);
        return cached != null && stamp.isPresent() && stamp.equals(cached.stamp)
                && cached.displayPath.equals(displayPath) ? Optional.of(cached.reading) : Optional.empty();
    }

    /**
     * The cached reading of {@code source} when its text is unchanged, else {@code interpret}'s;
     * either way remembered with {@code stamp}, taken before the file was read.
     */
    Reading read(SourceFile source, Optional<Stamp> stamp, Supplier<Reading> interpret) {
        Entry cached = entries.get(source.path());
        Reading reading = cached != null && cached.text.equals(source.text())
                && cached.displayPath.equals(source.displayPath()) ? cached.reading : interpret.get();
        entries.put(source.path(), new Entry(source.displayPath(), source.text(), stamp, reading));
        return reading;
    }

    /** Forgets the stamps of {@code paths} (files, or directories and all below them): they are read again. */
    public void invalidate(Collection<Path> paths) {
        List<Path> others = new ArrayList<>();
        for (Path p : paths) {
            if (!unstamp(p)) {
                others.add(p); // a directory, or a file not read yet: look at every file
            }
        }
        if (others.isEmpty()) {
            return;
        }
        for (Path file : entries.keySet()) {
            if (others.stream().anyMatch(file::startsWith)) {
                unstamp(file);
            }
        }
    }

    private boolean unstamp(Path file) {
        Entry old = entries.get(file);
        return old != null
                && entries.replace(file, old, new Entry(old.displayPath, old.text, Optional.empty(), old.reading));
    }

    /** Forgets every file not in {@code paths} (deleted or renamed files). */
    public void retainOnly(Collection<Path> paths) {
        Set<Path> keep = new HashSet<>(paths);
        entries.keySet().removeIf(p -> !keep.contains(p));
    }

    public int size() {
        return entries.size();
    }
}
