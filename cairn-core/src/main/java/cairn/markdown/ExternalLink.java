package cairn.markdown;

import java.util.Optional;

/**
 * An {@code http(s)} link of a rendered body, with what the resource index needs to know
 * about it from the body alone: the URL as written (stripped), the link text (else the
 * alt text of an image in it), the comment around it ({@link CommentText}), the id and
 * text of the heading above it (none above the first heading), and whether it sits in a
 * list item. Collected while the body is rendered, so nothing parses the body again.
 */
public record ExternalLink(String url, String text, String comment, Optional<String> sectionId,
                           Optional<String> sectionTitle, boolean listItem) {
}
