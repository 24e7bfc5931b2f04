package cairn.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the git history knows about the content: for each content file (path relative to
 * the site directory, {@code /}-separated) the date of the commit that added it, following
 * renames, and of the last commit that changed it; for each {@code http(s)} URL written in
 * a content file, the date of the first commit that added a line containing it. Dates are
 * author dates in the author's own time zone, so every clone of the same commit gets the
 * same ones. {@link #NONE}: no git, a shallow clone, or dates from git turned off.
 */
public record FileHistory(Map<String, Dates> files, Map<String, LocalDate> urlFirstSeen) {

    public static final FileHistory NONE = new FileHistory(Map.of(), Map.of());

    /** When a file was added and last changed. */
    public record Dates(LocalDate created, LocalDate updated) {
    }

    public FileHistory {
        files = Map.copyOf(files);
        urlFirstSeen = Map.copyOf(urlFirstSeen);
    }

    /** The dates of {@code file}, a path relative to the site directory. */
    public Optional<Dates> of(java.nio.file.Path file) {
        return Optional.ofNullable(files.get(file.toString().replace('\\', '/')));
    }

    public Optional<LocalDate> firstSeen(String url) {
        return Optional.ofNullable(urlFirstSeen.get(url));
    }
}
