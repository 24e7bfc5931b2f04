package cairn.site;

import cairn.content.PageSource;

/** Identifies a page or post: posts have their own slug space (a post and a page may share a slug). */
public record PageId(PageSource.Kind kind, String slug) implements Comparable<PageId> {

    public static PageId page(String slug) {
        return new PageId(PageSource.Kind.PAGE, slug);
    }

    public static PageId post(String slug) {
        return new PageId(PageSource.Kind.POST, slug);
    }

    @Override
    public int compareTo(PageId o) {
        int k = kind.compareTo(o.kind);
        return k != 0 ? k : slug.compareTo(o.slug);
    }

    @Override
    public String toString() {
        return kind == PageSource.Kind.POST ? "post " + slug : slug;
    }
}
