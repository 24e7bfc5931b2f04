package cairn.site;

import cairn.content.FileHistory;
import cairn.content.LinkHealth;
import cairn.content.LivingConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes the guide a living one, attached to the assembled {@link Site}: each page's
 * {@link PageDates}, every {@link Resource} in reading order, the {@link LinkHealth} that
 * {@code cairn check --external} recorded, and the resources a build shows as dead
 * ({@code links.dead}), by URL.
 */
public record Living(LivingConfig config, Map<PageId, PageDates> dates, List<Resource> resources, LinkHealth health,
                     Map<String, DeadLink> dead) {

    /** A resource readers are shown as dead: since when it fails, and the Web Archive copy to show instead. */
    public record DeadLink(String url, LocalDate failingSince, Optional<LocalDate> lastSuccess, String archiveUrl) {
    }

    public Living {
        dates = Map.copyOf(dates);
        resources = List.copyOf(resources);
        dead = java.util.Collections.unmodifiableMap(new TreeMap<>(dead));
    }

    public static Living none() {
        return new Living(LivingConfig.defaults(), Map.of(), List.of(), LinkHealth.NONE, Map.of());
    }

    /** Dates, resources and dead links of {@code site}. */
    public static Living of(Site site, LivingConfig config, FileHistory history, LinkHealth health) {
        return of(site, config, history, health, new AssemblyMemo());
    }

    /** The same, taking from {@code memo} the resources of pages that did not change since its last site. */
    public static Living of(Site site, LivingConfig config, FileHistory history, LinkHealth health,
                            AssemblyMemo memo) {
        Map<PageId, PageDates> dates = new LinkedHashMap<>();
        for (Page p : site.pages()) {
            var s = p.source();
            var h = history.of(s.source().displayPath());
            dates.put(p.id(), new PageDates(s.date().or(() -> h.map(FileHistory.Dates::created)),
                    s.modified().or(() -> h.map(FileHistory.Dates::updated))));
        }
        List<Resource> resources = new ArrayList<>();
        memo.resourcesFrom(history);
        for (PageId id : pageOrder(site)) {
            Page p = site.page(id);
            resources.addAll(memo.resources(p, dates.get(id), () -> ResourceExtractor.of(p, p.chapter(), history,
                    dates.get(id))));
        }
        Map<String, DeadLink> dead = new LinkedHashMap<>();
        if (config.dead() != LivingConfig.DeadLinks.KEEP && !health.entries().isEmpty()) {
            for (Resource r : resources) {
                health.of(r.url()).filter(e -> e.deadFor(config.deadAfterDays())).ifPresent(e -> {
                    LocalDate asOf = e.lastSuccess().or(r::firstSeen).orElse(e.firstFailure().orElseThrow());
                    dead.putIfAbsent(r.url(), new DeadLink(r.url(), e.firstFailure().orElseThrow(), e.lastSuccess(),
                            "https://web.archive.org/web/" + asOf.toString().replace("-", "") + "/" + r.url()));
                });
            }
        }
        return new Living(config, dates, resources, health, dead);
    }

    /** The same, showing every link as written ({@code cairn check} checks the links themselves). */
    public Living withoutDeadLinks() {
        return new Living(config.keepingDeadLinks(), dates, resources, health, Map.of());
    }

    /** "3 dead resources shown as archived copies (see cairn check --external)", or empty. */
    public Optional<String> deadSummary() {
        int n = dead.size();
        if (n == 0) {
            return Optional.empty();
        }
        String what = n == 1 ? "1 dead resource" : n + " dead resources";
        return Optional.of(what + (config.dead() == LivingConfig.DeadLinks.ARCHIVE
                ? " shown as archived cop" + (n == 1 ? "y" : "ies") : " marked as possibly unavailable")
                + " (see cairn check --external)");
    }

    public PageDates datesOf(PageId id) {
        return dates.getOrDefault(id, PageDates.NONE);
    }

    /** Pages in reading order, then the others (posts, pages outside chapters) by URL. */
    public static List<PageId> pageOrder(Site site) {
        Set<PageId> order = new LinkedHashSet<>(site.readingOrder());
        site.pages().stream().sorted(java.util.Comparator.comparing(Page::url)).forEach(p -> order.add(p.id()));
        return List.copyOf(order);
    }

    /** The newest {@code updated} date of any page. */
    public Optional<LocalDate> newest() {
        return dates.values().stream().map(PageDates::updated).flatMap(Optional::stream).max(LocalDate::compareTo);
    }
}
