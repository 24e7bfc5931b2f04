package cairn.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    /** Reads the keys above from {@code cairn.yaml}; a bad value is reported at its key and its default used. */
    static LivingConfig read(ConfigValues v) {
        LivingConfig d = defaults();
        List.of("dates", "updates", "resources", "links").forEach(v::map); // each must be a mapping
        Set<String> off = new TreeSet<>();
        v.map("resources.checks").forEach((code, on) -> {
            if (!CHECKS.contains(code)) {
                v.bad("resources.checks", "resources.checks." + code + " is not a check cairn knows ("
                        + String.join(", ", CHECKS) + ")");
            } else if (!v.bool("resources.checks." + code, true)) {
                off.add(code);
            }
        });
        String dead = v.string("links.dead", "archive");
        DeadLinks policy = switch (dead) {
            case "archive" -> DeadLinks.ARCHIVE;
            case "mark" -> DeadLinks.MARK;
            case "keep" -> DeadLinks.KEEP;
            default -> {
                v.bad("links.dead", "links.dead must be \"archive\", \"mark\" or \"keep\", not \"" + dead + "\"");
                yield d.dead();
            }
        };
        return new LivingConfig(v.bool("dates.git", d.gitDates()), v.bool("updates.page", d.updatesPage()),
                v.integer("updates.page_size", d.updatesPageSize(), 1), v.bool("resources.json", d.resourcesJson()),
                v.bool("resources.page", d.resourcesPage()), off, policy,
                v.integer("links.dead_after", d.deadAfterDays(), 0));
    }
}
