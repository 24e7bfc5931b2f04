package cairn.cache;

import cairn.Diagnostics;
import cairn.FileProblem;
import cairn.render.RenderReuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code .cairn/cache/render.manifest}: for each templated page of the last build into an
 * output directory, the fingerprint it was rendered from and the size and modification
 * time of the file written. A page whose fingerprint is unchanged and whose file is still
 * that file is hard-linked into the new build instead of rendered. A manifest for another
 * output directory, in another format or unreadable is ignored: the pages are rendered.
 */
public final class RenderManifest implements RenderReuse {

    private static final String HEADER = "cairn-render-manifest 1";

    /** Hard-links a file of the previous output into the new one when it still has that size and time. */
    @FunctionalInterface
    public interface PreviousOutput {
        boolean link(String relative, long size, long mtime);
    }

    private record Entry(String fingerprint, long size, long mtime) {
    }

    private final Path file;
    private final Path output;
    private final String templates;
    private final PreviousOutput previousOutput;
    private final Map<String, Entry> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    public RenderManifest(Path cacheDir, Path output, PreviousOutput previousOutput, String templatesDigest) {
        this.file = cacheDir.resolve("render.manifest");
        this.output = output;
        this.templates = templatesDigest;
        this.previousOutput = previousOutput;
        this.previous = read(file, output);
    }

    @Override
    public String templatesDigest() {
        return templates;
    }

    @Override
    public boolean reuse(String url, String fingerprint) {
        Entry e = previous.get(url);
        if (e == null || !e.fingerprint().equals(fingerprint)
                || !previousOutput.link(url.startsWith("/") ? url.substring(1) : url, e.size(), e.mtime())) {
            return false;
        }
        current.put(url, fingerprint);
        kept.incrementAndGet();
        return true;
    }

    @Override
    public void rendered(String url, String fingerprint) {
        current.put(url, fingerprint);
    }

    /** How many pages were kept from the previous output. */
    public int kept() {
        return kept.get();
    }

    /** What the manifest saved this build, for {@code build --verbose}. */
    public String stats() {
        return kept() + " pages kept from the last output";
    }

    /**
     * Records the committed output; a page whose file is missing is left out (rendered next time).
     * A manifest that cannot be written (a full disk) is a warning in {@code diagnostics}: without
     * it the next build renders every page, slower but never wrong.
     */
    public void save(Diagnostics diagnostics) {
        List<String> lines = new ArrayList<>(List.of(HEADER, "output " + output));
        for (Map.Entry<String, String> e : new TreeMap<>(current).entrySet()) {
            Path f = output.resolve(e.getKey().startsWith("/") ? e.getKey().substring(1) : e.getKey());
            try {
                long size = Files.size(f);
                long mtime = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis();
                lines.add(e.getValue() + " " + size + " " + mtime + " " + e.getKey());
            } catch (IOException ignored) {
                // not recorded: rendered next time
            }
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".render-", ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file is never read
                }
            }
            BuildCache.notWritten(diagnostics, file + ": " + FileProblem.reason(e), "every page");
        }
    }

    private static Map<String, Entry> read(Path file, Path output) {
        Map<String, Entry> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("output " + output)) {
                return Map.of();
            }
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split(" ", 4);
                if (f.length != 4 || f[0].length() != 32) { // a Fingerprint in hex
                    return Map.of(); // damaged: trust none of it
                }
                out.put(f[3], new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
