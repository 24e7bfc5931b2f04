package cairn.site;

import java.util.List;

/**
 * A tag with the pages and posts that carry it (posts newest first, then pages in
 * reading order). {@code name} is the first spelling met, {@code url} the tag page.
 */
public record Tag(String name, String slug, String url, List<PageId> pages) {

    public Tag {
        pages = List.copyOf(pages);
    }
}
