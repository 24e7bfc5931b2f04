package cairn.pipeline;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.SourcePos;
import cairn.cache.MarkdownStore;
import cairn.content.GitHistory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .cairn/cache/build.stamp}: what the last successful build read and wrote, so that a
 * build of the same inputs into the same, untouched output can stop at once, as Make and
 * Gradle's up-to-date checks do. The inputs are every file of the site directory (its
 * output, {@code .cairn/} and {@code .git/} aside) by path, size and modification time, the
 * files read from elsewhere (a one-file guide's source, the default theme when cairn runs
 * from a class directory), cairn's code version, the build options and the git commit; the
 * output is every file written, by path, size and time. The stamp keeps the build's counts,
 * notes and warnings, which the reused build reports again, so both print the same.
 *
 * <p>A file whose time is no older than {@link FileListing#SETTLE_NANOS} before a build
 * started may have changed while it ran, or change again within the same clock tick without
 * its time moving: such a build is neither skipped nor stamped.
 */
record BuildStamp(String inputs, List<Path> extraInputs, String output, int pages, int posts, int files,
                  List<String> notes, List<Diagnostic> warnings) {

    static final String NAME = "build.stamp";
    private static final String HEADER = "cairn-build-stamp 1";
    private static final String NULL = "\\N";

    BuildStamp {
        extraInputs = List.copyOf(extraInputs);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /**
     * The digest of everything a build with {@code options} reads; empty when it cannot be
     * told cheaply, or safely: a file changed later than shortly before {@code settledBy}.
     */
    static Optional<String> inputs(BuildOptions options, List<Path> extraInputs, long settledBy) {
        List<String> parts = new ArrayList<>();
        parts.add("cairn " + MarkdownStore.codeVersion());
        parts.add("options " + options.withClean(false));
        parts.add("git " + GitHistory.head(options.source()).orElse("none"));
        Path source = options.source().toAbsolutePath().normalize();
        List<Path> skip = List.of(options.output().toAbsolutePath().normalize(), source.resolve(".cairn"),
                source.resolve(".git"));
        List<Path> roots = new ArrayList<>(List.of(source));
        roots.addAll(extraInputs);
        cairn.content.Theme.packagedDirectories().forEach(roots::add);
        return FileListing.digest(roots, skip, settledBy).map(files -> FileListing.sha256(String.join("\n", parts)
                + "\n" + files));
    }

    /** The digest of the files in {@code output}; empty when it cannot be read. */
    static Optional<String> output(Path output) {
        return FileListing.digest(List.of(output.toAbsolutePath().normalize()), List.of(), 0);
    }

    /** The stamp in {@code cacheDir}, if there is a readable one. */
    static Optional<BuildStamp> read(Path cacheDir) {
        Path file = cacheDir.resolve(NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable stamp only means a full build
        }
    }

    /** Writes the stamp into {@code cacheDir}, whole or not at all. */
    void write(Path cacheDir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, "inputs " + inputs, "output " + output,
                "counts " + pages + " " + posts + " " + files));
        extraInputs.forEach(p -> lines.add("extra " + escape(p.toString())));
        notes.forEach(n -> lines.add("note " + escape(n)));
        for (Diagnostic d : warnings) {
            lines.add("warning " + String.join("\t", d.severity().name(), escape(d.code()),
                    d.where().hasFile() ? escape(d.where().file().toString()) : NULL,
                    Integer.toString(d.where().line()), Integer.toString(d.where().column()), escape(d.message()),
                    d.target() == null ? NULL : escape(d.target()), d.suggestion() == null ? NULL
                            : escape(d.suggestion())));
        }
        Files.createDirectories(cacheDir);
        removeStale(cacheDir);
        Path tmp = Files.createTempFile(cacheDir, NAME, ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, cacheDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary stamps older than a minute: left by a build killed between writing and moving one. */
    private static void removeStale(Path cacheDir) throws IOException {
        long minuteAgo = System.currentTimeMillis() - 60_000;
        try (var stale = Files.newDirectoryStream(cacheDir, NAME + "*.tmp")) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).toMillis() < minuteAgo) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Optional<BuildStamp> parse(List<String> lines) {
        if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        String inputs = value(lines.get(1), "inputs ");
        String output = value(lines.get(2), "output ");
        String[] counts = value(lines.get(3), "counts ").split(" ");
        List<Path> extra = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String line : lines.subList(4, lines.size())) {
            if (line.startsWith("extra ")) {
                extra.add(Path.of(unescape(value(line, "extra "))));
            } else if (line.startsWith("note ")) {
                notes.add(unescape(value(line, "note ")));
            } else {
                String[] f = value(line, "warning ").split("\t", -1);
                SourcePos where = new SourcePos(f[2].equals(NULL) ? null : Path.of(unescape(f[2])),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]));
                warnings.add(new Diagnostic(Severity.valueOf(f[0]), unescape(f[1]), where, unescape(f[5]),
                        f[6].equals(NULL) ? null : unescape(f[6]), f[7].equals(NULL) ? null : unescape(f[7])));
            }
        }
        return Optional.of(new BuildStamp(inputs, extra, output, Integer.parseInt(counts[0]),
                Integer.parseInt(counts[1]), Integer.parseInt(counts[2]), notes, warnings));
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key)) {
            throw new IllegalArgumentException("expected " + key.strip());
        }
        return line.substring(key.length());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
