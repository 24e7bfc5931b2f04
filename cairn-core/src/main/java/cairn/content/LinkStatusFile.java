package cairn.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code link-status.json} at the site root: the {@link LinkHealth} of every external URL,
 * one URL per line, sorted, dates as {@code YYYY-MM-DD}, so that committing it after each
 * scheduled check gives a small, readable diff. A missing file is no knowledge; a damaged
 * one is reported by the caller and treated the same.
 */
public final class LinkStatusFile {

    public static final String NAME = "link-status.json";
    private static final int VERSION = 1;

    private LinkStatusFile() {
    }

    /** Reads the file of the site in {@code siteRoot}; empty when there is none. */
    public static LinkHealth read(Path siteRoot) throws IOException {
        Path file = siteRoot.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return LinkHealth.NONE;
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(256 * 1024 * 1024);
            Object root = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> top) || !Integer.valueOf(VERSION).equals(top.get("version"))
                    || !(top.get("links") instanceof Map<?, ?> links)) {
                throw new IOException(NAME + " is not a version " + VERSION + " link status file");
            }
            Map<String, LinkHealth.Entry> out = new LinkedHashMap<>();
            links.forEach((url, value) -> {
                Map<?, ?> m = (Map<?, ?>) value;
                out.put(String.valueOf(url), new LinkHealth.Entry(String.valueOf(m.get("status")),
                        ((Number) m.get("code")).intValue(), LocalDate.parse(String.valueOf(m.get("checked"))),
                        date(m.get("last_success")), date(m.get("first_failure")),
                        ((Number) m.get("failures")).intValue()));
            });
            return new LinkHealth(out);
        } catch (YAMLException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IOException(NAME + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes {@code health} atomically. */
    public static void write(Path siteRoot, LinkHealth health) throws IOException {
        StringBuilder b = new StringBuilder("{\"version\": ").append(VERSION).append(", \"links\": {");
        String sep = "\n";
        for (Map.Entry<String, LinkHealth.Entry> e : health.entries().entrySet()) {
            LinkHealth.Entry v = e.getValue();
            b.append(sep).append("  ").append(JsonText.string(e.getKey())).append(": {\"status\": ")
                    .append(JsonText.string(v.status())).append(", \"code\": ").append(v.code())
                    .append(", \"checked\": \"").append(v.checked()).append("\", \"last_success\": ")
                    .append(v.lastSuccess().map(d -> "\"" + d + "\"").orElse("null"))
                    .append(", \"first_failure\": ").append(v.firstFailure().map(d -> "\"" + d + "\"").orElse("null"))
                    .append(", \"failures\": ").append(v.failures()).append('}');
            sep = ",\n";
        }
        b.append("\n}}\n");
        Path file = siteRoot.resolve(NAME);
        Path tmp = Files.createTempFile(siteRoot, ".link-status", ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Optional<LocalDate> date(Object o) {
        return o == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(o)));
    }
}
