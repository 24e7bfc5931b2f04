package cairn.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code .cairn/cache/git-history.tsv}: the {@link FileHistory} of one commit, as tab-separated
 * lines ({@code F created updated path}, {@code U date url}) under a header naming the
 * commit and the site's place in the repository. Plain lines read in milliseconds, so a
 * warm build pays nothing for its dates. A damaged or foreign file is ignored.
 */
final class HistoryCacheFile {

    static final String NAME = "git-history.tsv";
    private static final String MAGIC = "cairn-git-history 1\t";

    private HistoryCacheFile() {
    }

    static Optional<FileHistory> read(Path dir, String key) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(MAGIC + key).equals(in.readLine())) {
                return Optional.empty();
            }
            Map<String, FileHistory.Dates> files = new HashMap<>();
            Map<String, LocalDate> urls = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("F") && f.length == 4) {
                    files.put(f[3], new FileHistory.Dates(LocalDate.parse(f[1]), LocalDate.parse(f[2])));
                } else if (f[0].equals("U") && f.length == 3) {
                    urls.put(f[2], LocalDate.parse(f[1]));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new FileHistory(files, urls));
        } catch (IOException | UncheckedIOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes atomically; paths or URLs with tabs or line breaks cannot be stored, and then nothing is. */
    static void write(Path dir, String key, FileHistory history) {
        StringBuilder b = new StringBuilder(MAGIC).append(key).append('\n');
        for (var e : new TreeMap<>(history.files()).entrySet()) {
            b.append("F\t").append(e.getValue().created()).append('\t').append(e.getValue().updated()).append('\t')
                    .append(e.getKey()).append('\n');
        }
        for (var e : new TreeMap<>(history.urlFirstSeen()).entrySet()) {
            b.append("U\t").append(e.getValue()).append('\t').append(e.getKey()).append('\n');
        }
        if (key.contains("\n") || java.util.stream.Stream.concat(history.files().keySet().stream(),
                history.urlFirstSeen().keySet().stream()).anyMatch(s -> s.contains("\t") || s.contains("\n"))) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "git-history", ".tmp");
            try {
                Files.writeString(tmp, b, StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // no cache: the next build reads the history again
        }
    }
}
