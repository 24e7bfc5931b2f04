package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a living guide, from {@code cairn.yaml}; all optional:
 *
 * <pre>
 * dates:     { git: true }                    # created/updated dates from the git history
 * updates:   { page: true, page_size: 50 }    # /updates.html and /feeds/updates.atom.xml
 * resources:
 *   json: true                                # /resources.json
 *   page: true                                # /resources.html
 *   checks: { repeated-resource: true, vague-link-text: true, uncommented-resource: true, resource-url-variant: true }
 * links:     { dead: archive, dead_after: 14 } # archive | mark | keep
 * </pre>
 */
public record LivingConfig(boolean gitDates, boolean updatesPage, int updatesPageSize, boolean resourcesJson,
                           boolean resourcesPage, Set<String> checksOff, DeadLinks dead, int deadAfterDays) {

    /** The curation checks of {@code cairn check}, each of which {@code resources.checks} can turn off. */
    public static final List<String> CHECKS = List.of("repeated-resource", "vague-link-text", "uncommented-resource",
            "resource-url-variant");

    /** What a build does with a resource that has been dead long enough. */
    public enum DeadLinks { ARCHIVE, MARK, KEEP }

    public LivingConfig {
        checksOff = Set.copyOf(checksOff);
    }

    public static LivingConfig defaults() {
        return new LivingConfig(true, true, 50, true, true, Set.of(), DeadLinks.ARCHIVE, 14);
    }

    public boolean checkOn(String code) {
        return !checksOff.contains(code);
    }

    /** The same settings without the dead-link policy: {@code cairn check} looks at the links as written. */
    public LivingConfig keepingDeadLinks() {
        return new LivingConfig(gitDates, updatesPage, updatesPageSize, resourcesJson, resourcesPage, checksOff,
                DeadLinks.KEEP, deadAfterDays);
    }

    /** Reads the keys above from {@code cairn.yaml}'s values; a bad value is reported and its default used. */
    public static LivingConfig from(Map<String, Object> values, Diagnostics diagnostics) {
        LivingConfig d = defaults();
        Reader r = new Reader(values, diagnostics);
        Set<String> off = new java.util.TreeSet<>();
        Map<String, Object> checks = r.map(r.map(values, "resources").get("checks"), "resources.checks");
        checks.forEach((code, on) -> {
            if (!CHECKS.contains(code)) {
                r.bad("resources.checks." + code + " is not a check cairn knows (" + String.join(", ", CHECKS) + ")");
            } else if (!r.bool(on, true, "resources.checks." + code)) {
                off.add(code);
            }
        });
        String dead = r.string(r.map(values, "links").get("dead"), "archive");
        DeadLinks policy = switch (dead) {
            case "archive" -> DeadLinks.ARCHIVE;
            case "mark" -> DeadLinks.MARK;
            case "keep" -> DeadLinks.KEEP;
            default -> {
                r.bad("links.dead must be \"archive\", \"mark\" or \"keep\", not \"" + dead + "\"");
                yield d.dead();
            }
        };
        return new LivingConfig(
                r.bool(r.map(values, "dates").get("git"), d.gitDates(), "dates.git"),
                r.bool(r.map(values, "updates").get("page"), d.updatesPage(), "updates.page"),
                r.integer(r.map(values, "updates").get("page_size"), d.updatesPageSize(), 1, "updates.page_size"),
                r.bool(r.map(values, "resources").get("json"), d.resourcesJson(), "resources.json"),
                r.bool(r.map(values, "resources").get("page"), d.resourcesPage(), "resources.page"),
                off, policy,
                r.integer(r.map(values, "links").get("dead_after"), d.deadAfterDays(), 0, "links.dead_after"));
    }

    private record Reader(Map<String, Object> values, Diagnostics diagnostics) {

        Map<String, Object> map(Map<String, Object> in, String key) {
            return map(in.get(key), key);
        }

        Map<String, Object> map(Object o, String key) {
            if (o == null) {
                return Map.of();
            }
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            bad(key + " must be a mapping");
            return Map.of();
        }

        boolean bool(Object o, boolean fallback, String key) {
            if (o == null) {
                return fallback;
            }
            var b = FrontMatter.parseBoolean(String.valueOf(o).strip());
            if (b.isEmpty()) {
                bad(key + " must be true or false, not \"" + o + "\"");
            }
            return b.orElse(fallback);
        }

        String string(Object o, String fallback) {
            return o == null ? fallback : String.valueOf(o).strip();
        }

        int integer(Object o, int fallback, int min, String key) {
            if (o == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(String.valueOf(o).strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            bad(key + " must be a whole number >= " + min + ", not \"" + o + "\"");
            return fallback;
        }

        void bad(String message) {
            diagnostics.add(Diagnostic.error("config", SourcePos.of(Path.of(SiteConfig.FILE_NAME)), message));
        }
    }
}
