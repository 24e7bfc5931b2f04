package cairn.site;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.markdown.LinkRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the internal links of one page against the whole site: broken links and images
 * (warnings or errors as {@code links.internal} says), links through a redirect, missing
 * anchors; and collects the page's edges of the link graph. The result, a
 * {@link PageLinks}, also records what the check looked up.
 */
final class PageLinkCheck {

    private final Map<PageId, Page> pages;
    private final LinkResolver resolver;
    private final SourceLinks sourceLinks;
    private final KnownAddresses known;
    private final Severity severity;
    private final String basePath;

    PageLinkCheck(Map<PageId, Page> pages, LinkResolver resolver, SourceLinks sourceLinks, KnownAddresses known,
                  Severity severity, String basePath) {
        this.pages = pages;
        this.resolver = resolver;
        this.sourceLinks = sourceLinks;
        this.known = known;
        this.severity = severity;
        this.basePath = basePath;
    }

    PageLinks check(Page page) {
        Path from = page.source().source().displayPath();
        List<Diagnostic> problems = new ArrayList<>();
        List<PageId> edges = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Map<PageId, Set<String>> anchors = new HashMap<>();
        boolean broken = false;
        boolean viaSource = false;
        for (LinkRef link : page.body().links()) {
            Optional<String> translated = sourceLinks.translate(link.target(), from);
            viaSource |= translated.isPresent() || SourceLinks.isSourceLink(link.target());
            LinkTarget t = resolver.resolve(translated.orElse(link.target()), page.url());
            if (t.status() != LinkTarget.Status.EXTERNAL) {
                paths.add(t.path());
            }
            switch (t.status()) {
                case BROKEN -> {
                    broken = true;
                    broken(link, t, from, problems);
                }
                case FOUND, SAME_PAGE -> {
                    resolver.redirectOf(t.path()).ifPresent(to -> {
                        paths.add(to);
                        problems.add(new Diagnostic(Severity.WARNING, "redirect-link", link.where(), "\""
                                + link.target() + "\" links through a redirect, update to \"" + to + "\"",
                                link.target(), to));
                    });
                    t.page().ifPresent(target -> {
                        if (!link.isImage() && t.status() == LinkTarget.Status.FOUND) {
                            edges.add(target);
                        }
                        Page targetPage = pages.get(target);
                        if (!t.fragment().isEmpty() && targetPage != null) {
                            anchors.put(target, targetPage.body().ids());
                            if (!targetPage.body().ids().contains(t.fragment())) {
                                String hint = LinkMessages.anchorSuggestion(link.target(), t.fragment(),
                                        targetPage.body().ids()).orElse(null);
                                problems.add(new Diagnostic(severity, "broken-anchor", link.where(),
                                        LinkMessages.brokenAnchor(t.fragment(), basePath + targetPage.url(), hint),
                                        link.target(), hint));
                            }
                        }
                    });
                }
                case EXTERNAL -> {
                    // checked by `cairn check --external`
                }
            }
        }
        return new PageLinks(page.id(), page.url(), from, page.body().links(), problems, edges, paths, anchors,
                broken, viaSource);
    }

    private void broken(LinkRef link, LinkTarget t, Path from, List<Diagnostic> problems) {
        if (known.contains(t.path())) {
            return; // served by the host, outside cairn
        }
        Optional<String> fixed = SchemelessLink.fix(link.target());
        if (fixed.isPresent()) { // as cairn check reports it: a warning, whatever links.internal says
            problems.add(new Diagnostic(Severity.WARNING, "missing-scheme", link.where(),
                    SchemelessLink.message(link.target().strip(), t.path(), fixed.get()), link.target(), fixed.get()));
            return;
        }
        Optional<String> hint = SourceLinks.isSourceLink(link.target())
                ? sourceLinks.hint(link.target(), from) : t.suggestion();
        String msg = LinkMessages.broken(link.isImage(), link.target(), hint.orElse(null));
        problems.add(new Diagnostic(severity, link.isImage() ? "broken-image" : "broken-link",
                link.where(), msg, link.target(), hint.orElse(null)));
    }
}
