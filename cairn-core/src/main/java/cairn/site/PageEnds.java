package cairn.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bottom of every page, where each destination appears once besides the pager:
 * the "what next" cards and the see-also box. Cards are the page's front-matter
 * {@code next} list; without one (topic pages only) the next page in reading order, the
 * first page of the next chapter (unless it is excluded from generated boxes or a hub)
 * and the strongest see-also candidate, filled up to two
 * cards from the candidates when the first two coincide or are missing. The see-also box
 * is the candidates minus the cards and the pager's previous and next page, at most
 * {@code max}. So the next page is linked at most twice: in the pager and on one card.
 *
 * @param whatNext the cards of each page
 * @param seeAlso  the see-also box of each page
 */
record PageEnds(Map<PageId, List<PageId>> whatNext, Map<PageId, List<PageId>> seeAlso) {

    /** Most cards a page gets without a {@code next} list. */
    static final int MAX_CARDS = 3;

    /** How many more see-also candidates to select than the box shows, so leaving out cards keeps it full. */
    static final int SPARE = MAX_CARDS + 2;

    PageEnds {
        whatNext = Map.copyOf(whatNext);
        seeAlso = Map.copyOf(seeAlso);
    }

    /**
     * @param declaredNext the front-matter {@code next} list of each page
     * @param candidates   see-also candidates of each page, best first, {@code max + SPARE} at most
     * @param notTopics    pages never offered as the next chapter's card (excluded pages, hubs)
     */
    static PageEnds arrange(Iterable<PageId> pages, List<Chapter> chapters, List<PageId> readingOrder,
                            List<PageId> posts, Map<PageId, List<PageId>> declaredNext,
                            Map<PageId, List<PageId>> candidates, Set<PageId> notTopics, int max) {
        Map<PageId, Integer> readingIndex = index(readingOrder);
        Map<PageId, Integer> postIndex = index(posts);
        Map<PageId, PageId> nextChapterStart = new HashMap<>();
        for (int c = 0; c < chapters.size(); c++) {
            PageId start = null;
            for (int d = c + 1; d < chapters.size() && start == null; d++) {
                start = chapters.get(d).pages().isEmpty() ? null : chapters.get(d).pages().get(0);
            }
            for (PageId id : chapters.get(c).pages()) {
                if (start != null) {
                    nextChapterStart.put(id, start);
                }
            }
        }
        Map<PageId, List<PageId>> cardsOf = new HashMap<>();
        Map<PageId, List<PageId>> boxOf = new HashMap<>();
        for (PageId id : pages) {
            boolean post = postIndex.containsKey(id);
            List<PageId> order = post ? posts : readingOrder;
            Integer at = post ? postIndex.get(id) : readingIndex.get(id);
            // posts are newest first: the pager's "previous" is the older post, at + 1
            PageId prev = at == null ? null : at(order, post ? at + 1 : at - 1);
            PageId next = at == null ? null : at(order, post ? at - 1 : at + 1);
            List<PageId> pool = candidates.getOrDefault(id, List.of());
            List<PageId> declared = declaredNext.getOrDefault(id, List.of());
            Set<PageId> cards = new LinkedHashSet<>(declared);
            if (declared.isEmpty() && !post && at != null) {
                if (next != null) {
                    cards.add(next);
                }
                PageId chapterStart = nextChapterStart.get(id);
                if (chapterStart != null && !notTopics.contains(chapterStart)) {
                    cards.add(chapterStart);
                }
                int picked = 0;
                for (PageId c : pool) {
                    if (cards.size() >= MAX_CARDS || (picked > 0 && cards.size() >= 2)) {
                        break;
                    }
                    if (!c.equals(prev) && !c.equals(id) && cards.add(c)) {
                        picked++;
                    }
                }
            }
            List<PageId> box = new ArrayList<>();
            for (PageId c : pool) {
                if (box.size() < max && !cards.contains(c) && !c.equals(prev) && !c.equals(next)) {
                    box.add(c);
                }
            }
            cardsOf.put(id, List.copyOf(cards));
            boxOf.put(id, List.copyOf(box));
        }
        return new PageEnds(cardsOf, boxOf);
    }

    private static Map<PageId, Integer> index(List<PageId> order) {
        Map<PageId, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        return index;
    }

    private static PageId at(List<PageId> list, int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }
}
