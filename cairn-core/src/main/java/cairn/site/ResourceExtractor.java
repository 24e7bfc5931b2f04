package cairn.site;

import cairn.SourcePos;
import cairn.content.FileHistory;
import cairn.markdown.ExternalLink;
import cairn.markdown.LinkRef;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@link Resource}s of one page: every {@code http(s)} link of its rendered body,
 * in order, with the section heading above it, its comment (both found while the body was
 * rendered: {@link ExternalLink}), and the source position of the matching link in the
 * Markdown (matched by target, in order).
 */
final class ResourceExtractor {

    private ResourceExtractor() {
    }

    static List<Resource> of(Page page, Optional<String> chapter, FileHistory history, PageDates dates) {
        List<ExternalLink> links = page.body().externalLinks();
        if (links.isEmpty()) {
            return List.of();
        }
        List<LinkRef> refs = new ArrayList<>(page.body().links().stream().filter(l -> !l.isImage()).toList());
        List<Resource> out = new ArrayList<>(links.size());
        for (ExternalLink link : links) {
            String url = link.url();
            SourcePos where = take(refs, url).orElse(page.source().source().filePos());
            out.add(new Resource(url, link.text(), link.comment(), page.id(), link.sectionTitle(), link.sectionId(),
                    chapter, domain(url), history.firstSeen(url).or(dates::created), where, link.listItem(),
                    out.size()));
        }
        return out;
    }

    private static Optional<SourcePos> take(List<LinkRef> refs, String url) {
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).target().strip().equals(url)) {
                return Optional.of(refs.remove(i).where());
            }
        }
        return Optional.empty();
    }

    static String domain(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
