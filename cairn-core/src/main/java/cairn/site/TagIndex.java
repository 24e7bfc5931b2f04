package cairn.site;

import cairn.content.SiteConfig;
import cairn.content.Slugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups pages and posts by their front-matter {@code tags}. Tags that differ only in
 * case or punctuation ({@code How-to}, {@code how to}) share one slug and one page.
 */
final class TagIndex {

    private TagIndex() {
    }

    /** Tags sorted by slug; each lists posts newest first, then pages in reading order. */
    static List<Tag> build(SiteConfig config, Map<PageId, Page> pages, List<PageId> posts, List<PageId> readingOrder) {
        Map<String, String> names = new TreeMap<>();
        Map<String, java.util.LinkedHashSet<PageId>> members = new TreeMap<>(); // a set: O(1) per membership
        java.util.Set<PageId> order = new java.util.LinkedHashSet<>(posts);
        order.addAll(readingOrder);
        order.addAll(pages.keySet()); // the home page and pages outside chapters, by id
        for (PageId id : order) {
            if (pages.get(id).source().hidden()) {
                continue;
            }
            for (String tag : pages.get(id).source().tags()) {
                String slug = Slugs.normalise(tag);
                if (slug.isEmpty()) {
                    continue;
                }
                names.putIfAbsent(slug, tag);
                members.computeIfAbsent(slug, k -> new java.util.LinkedHashSet<>()).add(id);
            }
        }
        List<Tag> out = new ArrayList<>();
        members.forEach((slug, ids) -> out.add(new Tag(names.get(slug), slug,
                config.reader().tagUrl().replace("{slug}", slug), List.copyOf(ids))));
        return out;
    }
}
