package cairn.content;

import cairn.SourcePos;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key/value block at the top of a content file, as written: keys lower-cased, values
 * strings, lists of strings or maps, never interpreted. {@link #bodyOffset()} is where
 * the Markdown body starts in the file's text, so positions in the body map back to
 * lines of the whole file.
 */
public record FrontMatter(Style style, Map<String, Object> values, Map<String, SourcePos> keyPositions,
                          int bodyOffset) {

    /** How the block was written. */
    public enum Style {
        /** {@code ---} fenced YAML. */
        YAML,
        /** Python-Markdown "meta" lines ended by a blank line, as Pelican sites use. */
        META,
        /** No front matter at all. */
        NONE
    }

    public FrontMatter {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        keyPositions = Map.copyOf(keyPositions);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Where {@code key} was written, or {@code fallback} when it was not. */
    public SourcePos positionOf(String key, SourcePos fallback) {
        return keyPositions.getOrDefault(key, fallback);
    }

    /** The value of {@code key} when it is a single string. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v instanceof String s) {
            return Optional.of(s.strip());
        }
        if (v instanceof List<?> list && style == Style.META) {
            // meta style: continuation lines of one key belong to one value
            return Optional.of(String.join(" ", list.stream().map(String::valueOf).toList()).strip());
        }
        return Optional.empty();
    }

    /** The value of {@code key} as a boolean, empty when absent or not a boolean word. */
    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(FrontMatter::parseBoolean);
    }

    /** {@code true/false/yes/no/on/off}, any case; anything else is empty. */
    public static Optional<Boolean> parseBoolean(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> Optional.of(true);
            case "false", "no", "off", "n" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * The value of {@code key} as a list of strings: a YAML list, or a single string split
     * on commas (and on whitespace when it has no commas), as meta-style lists are written.
     */
    public List<String> list(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            return list.stream().map(o -> String.valueOf(o).strip()).filter(s -> !s.isEmpty()).toList();
        }
        if (v instanceof String str) {
            String s = str.strip();
            if (s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1); // "[a, b]" written in a meta-style header
            }
            String[] parts = s.contains(",") ? s.split(",") : s.strip().split("\\s+");
            return java.util.Arrays.stream(parts).map(p -> p.strip().replaceAll("^[\"']|[\"']$", ""))
                    .filter(p -> !p.isEmpty()).toList();
        }
        return List.of();
    }
}
