package cairn.site;

import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.content.SiteConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the site's redirects: each page's front-matter {@code aliases} (old addresses
 * of that page) and the {@code redirects} map of {@code cairn.yaml} (old address → page
 * URL, slug, or absolute URL). An old address must be a site path that nothing else
 * uses; a {@code redirects} target must exist. Problems are errors at the key.
 */
final class RedirectCollector {

    private static final Pattern SAFE_PATH = Pattern.compile("/[^\\s?#\"'<>\\\\]*");
    private static final Pattern ABSOLUTE = Pattern.compile("^https?://\\S+$");

    private final Set<String> taken;
    private final Map<String, String> urlOwner;
    private final Diagnostics diagnostics;
    private final Map<String, Redirect> byFrom = new HashMap<>();
    private final List<Redirect> out = new ArrayList<>();

    private RedirectCollector(Set<String> taken, Map<String, String> urlOwner, Diagnostics diagnostics) {
        this.taken = taken;
        this.urlOwner = urlOwner;
        this.diagnostics = diagnostics;
    }

    /**
     * {@code taken} holds every URL the site writes (pages, generated files, static files);
     * {@code resolver} resolves targets of {@code cairn.yaml} redirects and suggests fixes.
     */
    static List<Redirect> collect(SiteConfig config, Map<PageId, Page> pages, Set<String> taken,
                                  LinkResolver resolver, Diagnostics diagnostics) {
        Map<String, String> owner = new HashMap<>();
        pages.values().forEach(p -> owner.put(p.url(), p.source().source().displayPath().toString().replace('\\', '/')));
        RedirectCollector c = new RedirectCollector(taken, owner, diagnostics);
        for (Page page : pages.values()) {
            for (String alias : page.source().aliases()) {
                c.add(alias, page.url(), page.source().positionOf("aliases"), "alias");
            }
        }
        config.reader().redirects().forEach((from, to) -> {
            SourcePos where = config.reader().redirectPosition(from);
            c.target(to, resolver, pages).ifPresentOrElse(url -> c.add(from, url, where, "redirect"), () -> {
                    Optional<String> hint = resolver.suggest(to.startsWith("/") ? to : "/" + to + ".html");
                    diagnostics.error("redirect", where, "redirect \"" + from + "\" points at unknown page \"" + to
                            + "\"" + hint.map(h -> " (did you mean \"" + h + "\"?)").orElse(""));
                });
        });
        return List.copyOf(c.out);
    }

    private Optional<String> target(String to, LinkResolver resolver, Map<PageId, Page> pages) {
        if (ABSOLUTE.matcher(to).matches()) {
            return Optional.of(to);
        }
        if (to.startsWith("/")) {
            LinkTarget t = resolver.resolve(to, "/");
            return t.status() == LinkTarget.Status.FOUND ? Optional.of(t.path()) : Optional.empty();
        }
        String slug = to.replaceFirst("\\.html$", "");
        return Optional.ofNullable(pages.get(PageId.page(slug))).or(() -> Optional.ofNullable(pages.get(PageId.post(slug))))
                .map(Page::url);
    }

    private void add(String written, String to, SourcePos where, String what) {
        String from = written.strip();
        if (!from.startsWith("/")) {
            from = "/" + from;
        }
        if (!SAFE_PATH.matcher(from).matches() || from.contains("..") || from.contains("//")) {
            diagnostics.error(what, where, what + " \"" + written + "\" must be a site path like \"/old-name.html\"");
            return;
        }
        Redirect r = new Redirect(from, to, where);
        for (String url : new String[] {from, r.file()}) {
            if (taken.contains(url)) {
                String owner = urlOwner.get(url);
                diagnostics.error(what, where, what + " \"" + from + "\" is already the address of "
                        + (owner != null ? "the page " + owner : url.equals(to) ? "this page"
                        : "a file the site writes (" + url + ")"));
                return;
            }
        }
        Redirect other = byFrom.putIfAbsent(r.file(), r);
        if (other != null) {
            diagnostics.error(what, where, what + " \"" + from + "\" is also a redirect to " + other.to()
                    + " (" + other.where() + ")");
            return;
        }
        out.add(r);
    }
}
