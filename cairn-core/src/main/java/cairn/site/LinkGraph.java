package cairn.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which page links to which, counted, built in one pass over the resolved links
 * (O(pages + links)). Backlinks are sorted by id so they never depend on build order.
 */
public final class LinkGraph {

    private final Map<PageId, Map<PageId, Integer>> out = new LinkedHashMap<>();
    private final Map<PageId, TreeSet<PageId>> in = new LinkedHashMap<>();

    void add(PageId from, PageId to) {
        if (from.equals(to)) {
            return;
        }
        out.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, 1, Integer::sum);
        in.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
    }

    /** The pages {@code from} links to, in the order of their first link. */
    public List<PageId> outgoing(PageId from) {
        return new ArrayList<>(out.getOrDefault(from, Map.of()).keySet());
    }

    /** How many different pages {@code from} links to. */
    public int outDegree(PageId from) {
        return out.getOrDefault(from, Map.of()).size();
    }

    public int count(PageId from, PageId to) {
        return out.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    public List<PageId> backlinks(PageId to) {
        return List.copyOf(in.getOrDefault(to, new TreeSet<>()));
    }
}
