package cairn.content;

import cairn.Diagnostic;

import java.nio.file.Path;
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
 * problems that kept it out), keyed by path and checked against the file's decoded text,
 * so a rebuild re-parses only the files whose text changed. Thread-safe: files are read
 * in parallel. A one-off build uses a fresh, empty cache; {@code cairn serve} keeps one.
 */
public final class PageSourceCache {

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The outcome of interpreting one file: the page, or empty, and the problems found. */
    public record Reading(Optional<PageSource> page, List<Diagnostic> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    private record Entry(Path displayPath, String text, Reading reading) {
    }

    /** The cached reading of {@code source} when its text is unchanged, else {@code interpret}'s (then cached). */
    Reading read(SourceFile source, Supplier<Reading> interpret) {
        Entry cached = entries.get(source.path());
        if (cached != null && cached.text.equals(source.text()) && cached.displayPath.equals(source.displayPath())) {
            return cached.reading;
        }
        Reading fresh = interpret.get();
        entries.put(source.path(), new Entry(source.displayPath(), source.text(), fresh));
        return fresh;
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
