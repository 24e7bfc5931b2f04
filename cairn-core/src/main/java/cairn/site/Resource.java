package cairn.site;

import cairn.SourcePos;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An external link in a page body, as the guide's curator wrote it: the URL, the link
 * text, the comment around it (the rest of its list item, else its sentence, as plain
 * text), the page and the section heading it is under (with its anchor; none above the
 * first heading), the page's chapter, the URL's domain ({@code www.} left out), the date
 * it first appeared in the history, and where it is written. {@code listItem}: the link
 * is in a list item; {@code ordinal}: its place among the page's resources.
 */
public record Resource(String url, String text, String comment, PageId page, Optional<String> sectionTitle,
                       Optional<String> sectionAnchor, Optional<String> chapter, String domain,
                       Optional<LocalDate> firstSeen, SourcePos where, boolean listItem, int ordinal) {

    /** The domain of {@code url} as resources show it: the host, lower case, without {@code www.}. */
    public static String domainOf(String url) {
        return ResourceExtractor.domain(url);
    }
}
