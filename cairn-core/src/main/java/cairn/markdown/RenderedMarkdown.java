package cairn.markdown;

import java.util.List;
import java.util.Set;

/**
 * A page body after rendering: {@code html} is final (ids assigned, anchor links added);
 * {@code ids} holds every element id in it (for {@code #fragment} checks);
 * {@code handSeeAlso} the link targets of a hand-written {@code <div class="see-also">};
 * {@code searchWords} the words the site search finds it by ({@link SearchWords});
 * {@code sections} its plain text cut at the headings, for search snippets ({@link SearchSections});
 * {@code externalLinks} its {@code http(s)} links for the resource index ({@link ExternalLinks}).
 */
public record RenderedMarkdown(String html, List<Heading> headings, Set<String> ids, List<LinkRef> links,
                               List<String> handSeeAlso, String searchWords, List<String> sections,
                               List<ExternalLink> externalLinks) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
        handSeeAlso = List.copyOf(handSeeAlso);
        sections = List.copyOf(sections);
        externalLinks = List.copyOf(externalLinks);
    }
}
