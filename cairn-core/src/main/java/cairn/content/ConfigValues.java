package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of {@code cairn.yaml}'s values, the one way every section is read. Keys are
 * dotted paths ({@code "links.external.per_host"}). A missing key gives the default; a bad
 * value is reported as a {@code config} error where its key was written (for keys deeper
 * than two levels, where the second-level key was) and gives the default too, so one run
 * reports every bad setting. All scalars are strings here ({@link YamlReader} guesses no
 * types): the reader of each key decides what the text means.
 */
record ConfigValues(YamlReader.Document doc, SourcePos file, Diagnostics diagnostics) {

    /** The value at {@code key}, or empty when it, or a section on its way, is missing. */
    Optional<Object> get(String key) {
        Object o = doc.values();
        for (String part : key.split("\\.")) {
            if (!(o instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            o = m.get(part);
        }
        return Optional.ofNullable(o);
    }

    /** The mapping at {@code key} with string keys in written order; empty when missing or not a mapping (reported). */
    Map<String, Object> map(String key) {
        Object o = get(key).orElse(null);
        if (o == null) {
            return Map.of();
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        bad(key, key + " must be a mapping");
        return Map.of();
    }

    /** The text at {@code key}, stripped; {@code fallback} when missing, blank or not a single value. */
    String string(String key, String fallback) {
        return get(key).orElse(null) instanceof String s && !s.isBlank() ? s.strip() : fallback;
    }

    boolean bool(String key, boolean fallback) {
        Object o = get(key).orElse(null);
        if (o == null) {
            return fallback;
        }
        Optional<Boolean> b = o instanceof String s ? FrontMatter.parseBoolean(s.strip()) : Optional.empty();
        if (b.isEmpty()) {
            bad(key, key + " must be true or false, not \"" + o + "\"");
        }
        return b.orElse(fallback);
    }

    int integer(String key, int fallback, int min) {
        Object o = get(key).orElse(null);
        return o == null ? fallback : number(key, o, fallback, min);
    }

    /** {@code value} (written at {@code key}) as a whole number of at least {@code min}, else reported and {@code fallback}. */
    int number(String key, Object value, int fallback, int min) {
        if (value instanceof String s) {
            try {
                int n = Integer.parseInt(s.strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        bad(key, key + " must be a whole number >= " + min + ", not \"" + value + "\"");
        return fallback;
    }

    /** A list of texts, or one text as a list of one; empty when missing. */
    List<String> strings(String key) {
        Object o = get(key).orElse(null);
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of(String.valueOf(o).strip());
    }

    /** Reports {@code message} at the position of {@code key}. */
    void bad(String key, String message) {
        diagnostics.add(Diagnostic.error("config", positionOf(key), message));
    }

    SourcePos positionOf(String key) {
        String[] parts = key.split("\\.", 3);
        return parts.length == 1 ? doc.keyPositions().getOrDefault(parts[0], file)
                : doc.positionOf(parts[0], parts[1], file);
    }
}
