package cairn.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the see-also candidates of a page, at most {@code max} entries: the page's own
 * {@code see_also} slugs first, then pages linked both ways, then pages that link to it
 * or that it links to (more links first), then its chapter neighbours, nearest first.
 * Automatic picks are topic pages (pages in the reading order) that are not excluded
 * ({@code see_also_exclude: true}, or {@code see_also.exclude} in the config). A one-way
 * link from a hub (a page linking to a large part of the guide, like a changelog or a
 * status list) says nothing about a topic and is ignored; a link both ways still counts.
 * Pages already named in a hand-written see-also box are not repeated. Linear in the
 * page's links and chapter size.
 */
final class SeeAlsoSelector {

    private SeeAlsoSelector() {
    }

    /** What the automatic picks skip: excluded pages, and hubs whose one-way links are ignored. */
    record Filter(Set<PageId> excluded, Set<PageId> hubs) {
    }

    static List<PageId> select(PageId page, List<PageId> declared, Set<PageId> handWritten, LinkGraph graph,
                               List<PageId> chapterPages, Map<PageId, Integer> readingIndex, Filter filter, int max) {
        Set<PageId> chosen = new LinkedHashSet<>();
        for (PageId id : declared) {
            offer(chosen, id, page, handWritten, max);
        }
        Set<PageId> related = new LinkedHashSet<>(graph.outgoing(page));
        related.addAll(graph.backlinks(page));
        // strength once per candidate, not in the comparator (that would be O(k log k) map look-ups)
        List<Ranked> ranked = new ArrayList<>(related.size());
        for (PageId id : related) {
            Integer index = readingIndex.get(id);
            if (index == null || filter.excluded().contains(id)) { // automatic picks are topic pages only
                continue;
            }
            int strength = strength(graph, page, id);
            if (strength < MUTUAL && filter.hubs().contains(id)) {
                continue;
            }
            ranked.add(new Ranked(id, strength, index));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.strength()).thenComparingInt(Ranked::index));
        for (Ranked r : ranked) {
            offer(chosen, r.id(), page, handWritten, max);
        }
        // chapter pages are contiguous in reading order: position by index, not by search (keeps this O(1) per page)
        int at = chapterPages.isEmpty() || !readingIndex.containsKey(page) ? -1
                : readingIndex.get(page) - readingIndex.get(chapterPages.get(0));
        if (at >= chapterPages.size() || (at >= 0 && !chapterPages.get(at).equals(page))) {
            at = chapterPages.indexOf(page);
        }
        for (int d = 1; at >= 0 && chosen.size() < max && d < chapterPages.size(); d++) {
            if (at + d < chapterPages.size() && !filter.excluded().contains(chapterPages.get(at + d))) {
                offer(chosen, chapterPages.get(at + d), page, handWritten, max);
            }
            if (at - d >= 0 && !filter.excluded().contains(chapterPages.get(at - d))) {
                offer(chosen, chapterPages.get(at - d), page, handWritten, max);
            }
        }
        return List.copyOf(chosen);
    }

    private static final int MUTUAL = 1000;

    private record Ranked(PageId id, int strength, int index) {
    }

    private static int strength(LinkGraph graph, PageId a, PageId b) {
        int out = graph.count(a, b);
        int in = graph.count(b, a);
        return (out > 0 && in > 0 ? MUTUAL : 0) + out + in;
    }

    private static void offer(Set<PageId> chosen, PageId id, PageId self, Set<PageId> handWritten, int max) {
        if (chosen.size() < max && !id.equals(self) && !handWritten.contains(id)) {
            chosen.add(id);
        }
    }
}
