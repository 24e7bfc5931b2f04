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

    // explicit: the generated record methods are slower, and an enum's identity hash would make
    // HashMap iteration order differ from run to run
    @Override
    public boolean equals(Object o) {
        return o instanceof PageId other && kind == other.kind && slug.equals(other.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode() * 31 + kind.ordinal();
    }

    @Override
    public String toString() {
        return kind == PageSource.Kind.POST ? "post " + slug : slug;
    }
}
