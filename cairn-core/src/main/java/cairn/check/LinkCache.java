package cairn.check;

import cairn.content.JsonText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results of external checks, kept in {@code .cairn/link-cache.json} in the site
 * directory so that the next run only checks URLs that are new or whose result is older
 * than the TTL. Transient failures (timeouts, refused connections, 5xx, rate limits)
 * are never cached. A missing or unreadable cache is an empty one.
 */
public final class LinkCache {

    public static final Path FILE = Path.of(".cairn", "link-cache.json");
    private static final int VERSION = 1;

    private final Path file;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new TreeMap<>();

    private record Entry(long checked, LinkStatus status) {
    }

    private LinkCache(Path file, Duration ttl, Clock clock) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Reads the cache of the site in {@code siteRoot}. */
    public static LinkCache load(Path siteRoot, Duration ttl, Clock clock) {
        LinkCache cache = new LinkCache(siteRoot.resolve(FILE), ttl, clock);
        if (Files.isRegularFile(cache.file)) {
            try {
                cache.read(Files.readString(cache.file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) { // YAMLException, a missing field (NPE), a wrong type
                cache.entries.clear(); // a damaged cache only costs a full check
            }
        }
        return cache;
    }

    synchronized Optional<LinkStatus> get(String url) {
        Entry e = entries.get(url);
        return e == null || expired(e) ? Optional.empty() : Optional.of(e.status());
    }

    synchronized void put(String url, LinkStatus status) {
        if (status.cacheable()) {
            entries.put(url, new Entry(clock.millis(), status));
        } else {
            entries.remove(url);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** Writes the fresh entries (atomically: a killed run never leaves half a file). */
    public synchronized void save() throws IOException {
        entries.values().removeIf(this::expired);
        StringBuilder b = new StringBuilder("{\"version\": ").append(VERSION).append(", \"entries\": {");
        String sep = "\n";
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            LinkStatus s = e.getValue().status();
            b.append(sep).append("  ").append(JsonText.string(e.getKey())).append(": {\"checked\": ")
                    .append(e.getValue().checked()).append(", \"kind\": ").append(JsonText.string(s.kind().name()))
                    .append(", \"status\": ").append(s.status()).append(", \"final\": ").append(JsonText.string(s.finalUrl()))
                    .append(", \"moved\": ").append(JsonText.string(s.movedTo())).append(", \"detail\": ")
                    .append(JsonText.string(s.detail())).append('}');
            sep = ",\n";
        }
        b.append("\n}}\n");
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "link-cache", ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private boolean expired(Entry e) {
        return clock.millis() - e.checked() > ttl.toMillis();
    }

    /** The cache is JSON, which is YAML: SnakeYAML, already cairn's YAML reader, reads it. */
    private void read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(256 * 1024 * 1024);
        Object root = new Yaml(new SafeConstructor(options)).load(text);
        if (!(root instanceof Map<?, ?> top) || !Integer.valueOf(VERSION).equals(top.get("version"))
                || !(top.get("entries") instanceof Map<?, ?> all)) {
            return;
        }
        all.forEach((url, value) -> {
            Map<?, ?> m = (Map<?, ?>) value;
            LinkStatus s = new LinkStatus(LinkStatus.Kind.valueOf((String) m.get("kind")),
                    ((Number) m.get("status")).intValue(), (String) m.get("final"), (String) m.get("moved"),
                    (String) m.get("detail"));
            entries.put((String) url, new Entry(((Number) m.get("checked")).longValue(), s));
        });
    }
}
