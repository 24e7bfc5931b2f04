package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.content.LivingConfig;
import cairn.site.Resource;
import cairn.site.Site;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Curation warnings on the guide's resources, each with its own code that
 * {@code resources.checks} in {@code cairn.yaml} can turn off: the same resource listed on
 * three pages or more ({@code repeated-resource}), link text that says nothing
 * ({@code vague-link-text}), a resource list item without a comment
 * ({@code uncommented-resource}), and one resource written as different URLs (http/https,
 * {@code www.}, a trailing {@code /}, {@code utm_*} parameters: {@code resource-url-variant}).
 */
final class ResourceCuration {

    static final int REPEATED_PAGES = 3;
    private static final Set<String> VAGUE = Set.of("here", "this", "link", "click here", "this link", "read more",
            "more", "click", "this page", "here.", "website", "this site");
    private static final Pattern UTM = Pattern.compile("(?i)^utm_[^=]*(=.*)?$");
    // compiled once: String.replaceFirst and replaceAll compile their pattern on every call, once per resource here
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:!]+$");
    private static final Pattern ANY_CASE_SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern TRAILING_SLASH = Pattern.compile("/$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    private final List<Diagnostic> problems = new ArrayList<>();
    private final Site site;
    private final Map<String, String> normals = new HashMap<>(); // normal form by URL: repeated and variants ask alike

    private ResourceCuration(Site site) {
        this.site = site;
    }

    static List<Diagnostic> check(Site site) {
        ResourceCuration c = new ResourceCuration(site);
        LivingConfig config = site.living().config();
        List<Resource> resources = site.living().resources();
        if (config.checkOn("repeated-resource")) {
            c.repeated(resources);
        }
        for (Resource r : resources) {
            if (config.checkOn("vague-link-text")) {
                c.vague(r);
            }
            if (config.checkOn("uncommented-resource") && r.listItem() && r.comment().isEmpty()) {
                c.warn("uncommented-resource", r, "resource \"" + r.url() + "\" has no comment: say in a few words"
                        + " what the reader finds there and why it is worth their time", null);
            }
        }
        if (config.checkOn("resource-url-variant")) {
            c.variants(resources);
        }
        return c.problems;
    }

    /** The same resource (same normal form) on three pages or more: every page after the first gets a warning. */
    private void repeated(List<Resource> resources) {
        Map<String, Map<String, Resource>> pagesByUrl = new LinkedHashMap<>();
        for (Resource r : resources) {
            pagesByUrl.computeIfAbsent(normalOf(r.url()), k -> new LinkedHashMap<>())
                    .putIfAbsent(site.page(r.page()).url(), r);
        }
        pagesByUrl.values().stream().filter(m -> m.size() >= REPEATED_PAGES).forEach(byPage -> {
            List<String> urls = new ArrayList<>(byPage.keySet());
            String home = urls.get(0);
            String base = site.config().basePath();
            for (Resource r : byPage.values().stream().skip(1).toList()) {
                warn("repeated-resource", r, "\"" + r.url() + "\" is listed on " + urls.size() + " pages ("
                        + String.join(", ", urls) + "); keep it on " + home + " and link to that page from here",
                        base + home);
            }
        });
    }

    private void vague(Resource r) {
        String text = TRAILING_PUNCTUATION.matcher(r.text().strip().toLowerCase(Locale.ROOT)).replaceAll("");
        String bare = TRAILING_SLASH.matcher(ANY_CASE_SCHEME.matcher(r.url()).replaceFirst("")).replaceFirst("");
        String shown = TRAILING_SLASH.matcher(SCHEME.matcher(text).replaceFirst("")).replaceFirst("");
        if (VAGUE.contains(text)) {
            warn("vague-link-text", r, "link text \"" + r.text() + "\" says nothing about \"" + r.url()
                    + "\": name what the reader will find there", null);
        } else if (shown.equalsIgnoreCase(bare) || text.startsWith("http://") || text.startsWith("https://")) {
            warn("vague-link-text", r, "the link text is the URL itself (\"" + r.text() + "\"): name what the"
                    + " reader will find there", null);
        }
    }

    /** Raw URLs with one normal form: every variant but the most used one is reported where it is written. */
    private void variants(List<Resource> resources) {
        Map<String, Map<String, List<Resource>>> byNormal = new LinkedHashMap<>();
        for (Resource r : resources) {
            byNormal.computeIfAbsent(normalOf(r.url()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.url(), k -> new ArrayList<>()).add(r);
        }
        for (Map<String, List<Resource>> variants : byNormal.values()) {
            if (variants.size() < 2) {
                continue;
            }
            String preferred = variants.entrySet().stream()
                    .max(java.util.Comparator.comparingInt((Map.Entry<String, List<Resource>> e) -> e.getValue().size())
                            .thenComparing(e -> e.getKey().startsWith("https:"))
                            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            Set<String> others = new LinkedHashSet<>(variants.keySet());
            others.remove(preferred);
            for (String other : others) {
                for (Resource r : variants.get(other)) {
                    warn("resource-url-variant", r, "\"" + other + "\" and \"" + preferred + "\" are the same resource"
                            + " written differently (http/https, www., trailing /, utm_* parameters); write it as \""
                            + preferred + "\" everywhere", preferred);
                }
            }
        }
    }

    private String normalOf(String url) {
        return normals.computeIfAbsent(url, ResourceCuration::normal);
    }

    /** https, no {@code www.}, no trailing {@code /}, no {@code utm_*} parameters, host in lower case. */
    static String normal(String url) {
        try {
            URI u = URI.create(url.strip());
            if (u.getHost() == null) {
                return url;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null ? "" : TRAILING_SLASHES.matcher(u.getRawPath()).replaceFirst("");
            List<String> params = new ArrayList<>();
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    if (!p.isEmpty() && !UTM.matcher(p).matches()) {
                        params.add(p);
                    }
                }
            }
            return "https://" + host + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path
                    + (params.isEmpty() ? "" : "?" + String.join("&", params))
                    + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private void warn(String code, Resource r, String message, String suggestion) {
        problems.add(new Diagnostic(Severity.WARNING, code, r.where(), message, r.url(), suggestion));
    }
}
