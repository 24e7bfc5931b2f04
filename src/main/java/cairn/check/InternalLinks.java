package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.SourcePos;
import cairn.markdown.LinkRef;
import cairn.site.EditDistance;
import cairn.site.LinkResolver;
import cairn.site.LinkTarget;
import cairn.site.Page;
import cairn.site.Site;
import org.jsoup.Jsoup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern DOMAIN_LIKE = Pattern.compile(
            "^(?i)(www\\d?\\.[a-z0-9-]+(\\.[a-z0-9-]+)+|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|io|dev|edu|gov|info|co|uk|de|fr|me|ai|app))(:\\d+)?(/.*)?$");

    private final Site site;
    private final RenderedSite rendered;
    private final LinkResolver resolver;
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
        this.resolver = new LinkResolver(Map.of(), rendered.urls(), basePath);
        String base = site.config().baseUrl();
        this.origin = basePath.isEmpty() ? base : base.substring(0, base.length() - basePath.length());
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
            String target = ownSitePath(link.target().strip()).orElse(link.target().strip());
            LinkTarget t = resolver.resolve(target, page.url());
            switch (t.status()) {
                case EXTERNAL -> external(target).ifPresent(u -> externals.add(new ExternalRef(u, link.where())));
                case SAME_PAGE, FOUND -> {
                    linked(page.url(), t);
                    anchor(t, link.target(), link.where());
                }
                case BROKEN -> broken(page.url(), link, target, t);
            }
        }
    }

    private void broken(String from, LinkRef link, String target, LinkTarget t) {
        if (!target.startsWith("/") && DOMAIN_LIKE.matcher(target).matches()) {
            String fixed = "https://" + target;
            problems.add(new Diagnostic(Severity.WARNING, "missing-scheme", link.where(), "link \"" + target
                    + "\" has no scheme, so it points at " + t.path() + " on this site (did you mean \"" + fixed
                    + "\"?)", link.target(), fixed));
            return;
        }
        String what = link.isImage() ? "broken image" : "broken link";
        String suggestion = t.suggestion().orElse(null);
        problems.add(new Diagnostic(Severity.ERROR, link.isImage() ? "broken-image" : "broken-link", link.where(),
                what + " \"" + link.target() + "\"" + hint(suggestion), link.target(), suggestion));
    }

    private void anchor(LinkTarget t, String written, SourcePos where) {
        if (t.fragment().isEmpty()) {
            return;
        }
        Optional<Set<String>> ids = rendered.idsOf(t.path());
        if (ids.isEmpty() || ids.get().contains(t.fragment())) {
            return;
        }
        String suggestion = closest(t.fragment(), ids.get()).map(id -> written.substring(0, written.indexOf('#') + 1) + id)
                .orElse(null);
        problems.add(new Diagnostic(Severity.ERROR, "broken-anchor", where, "broken anchor \"#" + t.fragment()
                + "\": no element with that id on " + basePath + t.path() + hint(suggestion), written, suggestion));
    }

    /** Template links: the rendered file's links minus those of the page body it contains. */
    private void checkTemplates(Map<String, Page> pageByUrl) {
        Map<String, TreeSet<String>> brokenTargets = new TreeMap<>();
        Map<String, String> brokenAnchors = new TreeMap<>();
        Set<String> templateExternals = new TreeSet<>();
        Set<String> resources = new java.util.HashSet<>();
        site.living().resources().forEach(r -> resources.add(r.url()));
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
                LinkTarget t = resolver.resolve(target, out.url());
                switch (t.status()) {
                    case EXTERNAL -> external(target).ifPresent(templateExternals::add);
                    case BROKEN -> brokenTargets.computeIfAbsent(link.value(), k -> new TreeSet<>()).add(out.url());
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
        if (page == null) {
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

    static Optional<String> closest(String word, Set<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            if (c.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(c);
            }
        }
        int limit = Math.max(2, word.length() / 4);
        String best = null;
        int bestDistance = limit + 1;
        for (String c : new TreeSet<>(candidates)) {
            int d = EditDistance.between(word, c, bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String hint(String suggestion) {
        return suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
    }
}
