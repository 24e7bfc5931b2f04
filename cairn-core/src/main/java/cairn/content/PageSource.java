package cairn.content;

import cairn.SourcePos;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One content file, read and interpreted: its front matter as typed values plus the
 * Markdown body. Strings that were not given are empty ({@code ""}), dates are empty
 * {@link Optional}s. {@code chapterDir} is the top directory under {@code content/pages/}
 * ({@code 03-data}) when there is one.
 */
public record PageSource(SourceFile source, FrontMatter frontMatter, Kind kind, String slug, String title,
                         String sidebarTitle, String sortorder, String meta, boolean toc, String category,
                         Optional<LocalDate> date, Optional<LocalDate> modified, boolean draft,
                         List<String> seeAlso, List<String> next, List<String> aliases, List<String> tags,
                         String author, String headerImage, String headerAlt, Optional<String> chapterDir) {

    /** Topic pages live in chapters; posts are dated and live in the blog. */
    public enum Kind { PAGE, POST }

    public PageSource {
        seeAlso = List.copyOf(seeAlso);
        next = List.copyOf(next);
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
    }

    public String body() {
        return source.text().substring(frontMatter.bodyOffset());
    }

    public int bodyOffset() {
        return frontMatter.bodyOffset();
    }

    public boolean isPost() {
        return kind == Kind.POST;
    }

    /**
     * Pelican's {@code status: hidden}: the page is built and can be linked to, but is left
     * out of the table of contents, the sidebar, reading order, the blog, feeds, tag pages,
     * the sitemap and the search index.
     */
    public boolean hidden() {
        return frontMatter.string("status").map(s -> s.equalsIgnoreCase("hidden")).orElse(false);
    }

    /** Where front-matter {@code key} was written, else the file's first line. */
    public SourcePos positionOf(String key) {
        return frontMatter.positionOf(key, source.pos(1, 1));
    }
}
