package cairn.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the see-also box of a page, at most {@code max} entries: the page's own
 * {@code see_also} slugs first, then pages linked both ways, then pages that link to it
 * or that it links to (more links first), then its chapter neighbours, nearest first.
 * Pages already named in a hand-written see-also box are not repeated. Linear in the
 * page's links and chapter size.
 */
final class SeeAlsoSelector {

    private SeeAlsoSelector() {
    }

    static List<PageId> select(PageId page, List<PageId> declared, Set<PageId> handWritten, LinkGraph graph,
                               List<PageId> chapterPages, Map<PageId, Integer> readingIndex, int max) {
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
            if (index != null) { // automatic picks are topic pages only
                ranked.add(new Ranked(id, strength(graph, page, id), index));
            }
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
            if (at + d < chapterPages.size()) {
                offer(chosen, chapterPages.get(at + d), page, handWritten, max);
            }
            if (at - d >= 0) {
                offer(chosen, chapterPages.get(at - d), page, handWritten, max);
            }
        }
        return List.copyOf(chosen);
    }

    private record Ranked(PageId id, int strength, int index) {
    }

    private static int strength(LinkGraph graph, PageId a, PageId b) {
        int out = graph.count(a, b);
        int in = graph.count(b, a);
        return (out > 0 && in > 0 ? 1000 : 0) + out + in;
    }

    private static void offer(Set<PageId> chosen, PageId id, PageId self, Set<PageId> handWritten, int max) {
        if (chosen.size() < max && !id.equals(self) && !handWritten.contains(id)) {
            chosen.add(id);
        }
    }
}
