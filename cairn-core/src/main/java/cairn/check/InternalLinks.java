package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.SourcePos;
import cairn.markdown.LinkRef;
import cairn.site.KnownAddresses;
import cairn.site.LinkMessages;
import cairn.site.LinkResolver;
import cairn.site.LinkTarget;
import cairn.site.Page;
import cairn.site.SchemelessLink;
import cairn.site.Site;
import cairn.site.SourceLinks;
import org.jsoup.Jsoup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolves every internal link against what the build really produces
 * ({@link RenderedSite}): the links written in each page (Markdown and raw HTML, reported
 * at their line and column) and the links the templates add (sidebar, navigation,
 * stylesheets), reported once per target. Links to the site's own {@code base_url} are
 * internal too. Collects the external URLs on the way, and who links to whom.
 */
final class InternalLinks {

    /** Where problems in template output are reported: no one source line wrote them. */
    static final SourcePos TEMPLATES = SourcePos.of(Path.of("templates"));
    private static final Pattern HTTP = Pattern.compile("^(?i)(https?:)?//");

    private final Site site;
    private final RenderedSite rendered;
    private final LinkResolver resolver;
    private final SourceLinks sourceLinks;
    private final KnownAddresses known;
    private final String origin;
    private final String basePath;

    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<ExternalRef> externals = new ArrayList<>();
    private final Map<String, Set<String>> inbound = new HashMap<>();
    private int links;

    /**
     * What the pass found. {@code inbound} maps a site path to the site paths linking to
     * it from a page body or from a generated page (not from the see-also and backlinks
     * boxes, which only mirror links).
     */
    record Result(List<Diagnostic> problems, List<ExternalRef> externals, Map<String, Set<String>> inbound, int links) {
    }

    private InternalLinks(Site site, RenderedSite rendered) {
        this.site = site;
        this.rendered = rendered;
        this.basePath = site.config().basePath();
        Map<String, String> titles = new HashMap<>();
        site.pages().forEach(p -> titles.put(p.url(), p.title()));
        this.resolver = new LinkResolver(Map.of(), rendered.urls(), basePath, site.redirects(), titles);
        this.sourceLinks = new SourceLinks(site.pages());
        this.known = new KnownAddresses(site.config().knownAddresses());
        this.origin = site.config().baseUrl().origin();
    }

    static Result check(Site site, RenderedSite rendered) {
        InternalLinks pass = new InternalLinks(site, rendered);
        Map<String, Page> pageByUrl = new HashMap<>();
        for (Page page : site.pages()) {
            pageByUrl.put(page.url(), page);
            pass.checkPage(page);
        }
        pass.checkTemplates(pageByUrl);
        return new Result(pass.problems, pass.externals, pass.inbound, pass.links);
    }

    private void checkPage(Page page) {
        for (LinkRef link : page.body().links()) {
            links++;
            Path from = page.source().source().displayPath();
            String target = ownSitePath(link.target().strip()).orElse(link.target().strip());
            target = sourceLinks.translate(target, from).orElse(target);
            LinkTarget t = resolver.resolve(target, page.url());
            switch (t.status()) {
                case EXTERNAL -> external(target).ifPresent(u -> externals.add(new ExternalRef(u, link.where())));
                case SAME_PAGE, FOUND -> {
                    linked(page.url(), t);
                    anchor(t, link.target(), link.where());
                }
                case BROKEN -> broken(page.url(), link, target, SourceLinks.isSourceLink(link.target())
                        ? new LinkTarget(t.status(), t.path(), t.page(), t.fragment(), sourceLinks.hint(link.target(), from))
                        : t);
            }
        }
    }

    private void broken(String from, LinkRef link, String target, LinkTarget t) {
        if (known.contains(t.path())) {
            return; // served by the host, outside cairn (links.known)
        }
        Optional<String> fixed = SchemelessLink.fix(target);
        if (fixed.isPresent()) {
            problems.add(new Diagnostic(Severity.WARNING, "missing-scheme", link.where(),
                    SchemelessLink.message(target, t.path(), fixed.get()), link.target(), fixed.get()));
            return;
        }
        String suggestion = t.suggestion().orElse(null);
        problems.add(new Diagnostic(Severity.ERROR, link.isImage() ? "broken-image" : "broken-link", link.where(),
                LinkMessages.broken(link.isImage(), link.target(), suggestion), link.target(), suggestion));
    }

    private void anchor(LinkTarget t, String written, SourcePos where) {
        if (t.fragment().isEmpty()) {
            return;
        }
        Optional<Set<String>> ids = rendered.idsOf(t.path());
        if (ids.isEmpty() || ids.get().contains(t.fragment())) {
            return;
        }
        String suggestion = LinkMessages.anchorSuggestion(written, t.fragment(), ids.get()).orElse(null);
        problems.add(new Diagnostic(Severity.ERROR, "broken-anchor", where,
                LinkMessages.brokenAnchor(t.fragment(), basePath + t.path(), suggestion), written, suggestion));
    }

    /** Template links: the rendered file's links minus those of the page body it contains. */
    private void checkTemplates(Map<String, Page> pageByUrl) {
        Map<String, TreeSet<String>> brokenTargets = new TreeMap<>();
        Map<String, String> brokenAnchors = new TreeMap<>();
        Set<String> templateExternals = new TreeSet<>();
        Set<String> resources = new java.util.HashSet<>();
        site.living().resources().forEach(r -> resources.add(r.url()));
        // the same template links are on every page: a site path resolves alike from any of them
        Map<String, LinkTarget> sitePaths = new HashMap<>();
        for (RenderedSite.Output out : rendered.outputs()) {
            if (!out.html()) {
                continue;
            }
            Page page = pageByUrl.get(out.url());
            boolean index = out.url().equals(cairn.site.LivingPages.RESOURCES);
            for (HtmlLink link : templateLinks(out, page)) {
                if (index && resources.contains(link.value().strip())) {
                    continue; // "All resources" repeats the pages' links: they are checked where they are written
                }
                String target = ownSitePath(link.value().strip()).orElse(link.value().strip());
                LinkTarget t = target.startsWith("/") && !target.startsWith("//")
                        ? sitePaths.computeIfAbsent(target, k -> resolver.resolve(k, out.url()))
                        : resolver.resolve(target, out.url());
                switch (t.status()) {
                    case EXTERNAL -> external(target).ifPresent(templateExternals::add);
                    case BROKEN -> {
                        if (!known.contains(t.path())) {
                            brokenTargets.computeIfAbsent(link.value(), k -> new TreeSet<>()).add(out.url());
                        }
                    }
                    case SAME_PAGE, FOUND -> {
                        if (page == null) {
                            linked(out.url(), t); // generated pages (TOC, blog, home): navigation, not backlinks
                        }
                        if (!t.fragment().isEmpty() && rendered.idsOf(t.path()).map(ids -> !ids.contains(t.fragment()))
                                .orElse(false)) {
                            brokenAnchors.putIfAbsent(link.value(), out.url());
                        }
                    }
                }
            }
        }
        brokenTargets.forEach((target, on) -> problems.add(new Diagnostic(Severity.ERROR, "broken-link", TEMPLATES,
                "broken link \"" + target + "\" in the templates' output, on " + on.size() + " page"
                        + (on.size() == 1 ? "" : "s") + " (first: " + on.first() + ")", target, null)));
        brokenAnchors.forEach((target, on) -> problems.add(new Diagnostic(Severity.ERROR, "broken-anchor", TEMPLATES,
                "broken anchor \"" + target + "\" in the templates' output (first on " + on + ")", target, null)));
        templateExternals.forEach(u -> externals.add(new ExternalRef(u, TEMPLATES)));
    }

    private static List<HtmlLink> templateLinks(RenderedSite.Output out, Page page) {
        if (page == null || out.templateOnly()) {
            return out.links();
        }
        Map<HtmlLink, Integer> body = new LinkedHashMap<>();
        for (HtmlLink l : HtmlLink.in(Jsoup.parseBodyFragment(page.body().html()).body())) {
            body.merge(l, 1, Integer::sum);
        }
        List<HtmlLink> rest = new ArrayList<>();
        for (HtmlLink l : out.links()) {
            Integer n = body.get(l);
            if (n != null && n > 0) {
                body.put(l, n - 1);
            } else {
                rest.add(l);
            }
        }
        return rest;
    }

    private void linked(String from, LinkTarget t) {
        if (!t.path().equals(from)) {
            inbound.computeIfAbsent(t.path(), k -> new TreeSet<>()).add(from);
        }
    }

    /** A link to this very site by its absolute URL ({@code base_url} + path) is checked as a site path. */
    private Optional<String> ownSitePath(String target) {
        if (origin.isEmpty() || target.length() < origin.length()
                || !target.regionMatches(true, 0, origin, 0, origin.length())) {
            return Optional.empty();
        }
        String rest = target.substring(origin.length());
        return rest.isEmpty() || rest.startsWith("/") ? Optional.of(rest.isEmpty() ? "/" : rest) : Optional.empty();
    }

    /** The URL to check over the network, without its fragment; empty for other schemes ({@code mailto:}). */
    static Optional<String> external(String target) {
        if (!HTTP.matcher(target).find()) {
            return Optional.empty();
        }
        String url = target.startsWith("//") ? "https:" + target : target;
        int hash = url.indexOf('#');
        return Optional.of(hash >= 0 ? url.substring(0, hash) : url);
    }
}
