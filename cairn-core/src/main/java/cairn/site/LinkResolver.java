package cairn.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves link targets against everything the site will contain: pages and posts,
 * generated pages (home, table of contents, blog…) and static files. A broken target
 * gets a did-you-mean from {@link LinkSuggestions} when one address is clearly meant.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Map<String, PageId> pageByUrl;
    private final Set<String> known = new HashSet<>(); // lookups; suggestions walk the sorted copy
    private final List<String> sorted;
    private final String basePath;
    private final Map<String, String> redirects = new HashMap<>();
    private final Map<String, String> titles;
    private volatile LinkSuggestions suggestions; // made on the first broken link

    public LinkResolver(Map<String, PageId> pageByUrl, Set<String> otherUrls, String basePath) {
        this(pageByUrl, otherUrls, basePath, List.of());
    }

    /**
     * A resolver that also knows the site's redirects: a link to an old address is found
     * (its page is the redirect's target) and {@link #redirectOf} tells where it leads.
     */
    public LinkResolver(Map<String, PageId> pageByUrl, Set<String> otherUrls, String basePath,
                        List<Redirect> redirects) {
        this(pageByUrl, otherUrls, basePath, redirects, Map.of());
    }

    /** A resolver whose did-you-mean also knows the pages' titles (page URL → title). */
    public LinkResolver(Map<String, PageId> pageByUrl, Set<String> otherUrls, String basePath,
                        List<Redirect> redirects, Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
        this.pageByUrl = Map.copyOf(pageByUrl);
        this.basePath = basePath;
        known.addAll(pageByUrl.keySet());
        known.addAll(otherUrls);
        for (Redirect r : redirects) {
            this.redirects.put(r.from(), r.to());
            this.redirects.put(r.file(), r.to());
        }
        this.sorted = new ArrayList<>(known);
        Collections.sort(sorted);
    }

    /** Where the old address {@code path} (a {@link LinkTarget#path()}) redirects to, if it is one. */
    public Optional<String> redirectOf(String path) {
        return Optional.ofNullable(redirects.get(path));
    }

    /** Resolves {@code target} as written on the page at site path {@code fromUrl}. */
    public LinkTarget resolve(String target, String fromUrl) {
        String t = target.strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return new LinkTarget(LinkTarget.Status.SAME_PAGE, fromUrl, Optional.ofNullable(pageByUrl.get(fromUrl)),
                    t.startsWith("#") ? decode(t.substring(1)) : "", Optional.empty());
        }
        if (SCHEME.matcher(t).find() || t.startsWith("//")) {
            return new LinkTarget(LinkTarget.Status.EXTERNAL, t, Optional.empty(), "", Optional.empty());
        }
        String fragment = "";
        int hash = t.indexOf('#');
        if (hash >= 0) {
            fragment = decode(t.substring(hash + 1));
            t = t.substring(0, hash);
        }
        int query = t.indexOf('?');
        if (query >= 0) {
            t = t.substring(0, query);
        }
        if (t.isEmpty()) {
            return new LinkTarget(LinkTarget.Status.SAME_PAGE, fromUrl, Optional.ofNullable(pageByUrl.get(fromUrl)),
                    fragment, Optional.empty());
        }
        // at a domain root, ".." above the root stays at the root, as in browsers; under a base path it leaves the site
        Optional<String> path = normalise(t.startsWith("/") ? stripBase(decode(t)) : directoryOf(fromUrl) + decode(t),
                basePath.isEmpty());
        if (path.isEmpty()) {
            return broken(t, fragment);
        }
        String p = path.get();
        for (String candidate : new String[] {p, p.endsWith("/") ? p + "index.html" : p + "/index.html"}) {
            if (known.contains(candidate) || redirects.containsKey(candidate)) {
                PageId page = pageByUrl.get(redirects.getOrDefault(candidate, candidate));
                return new LinkTarget(LinkTarget.Status.FOUND, candidate, Optional.ofNullable(page), fragment,
                        Optional.empty());
            }
        }
        return broken(p, fragment);
    }

    private LinkTarget broken(String path, String fragment) {
        return new LinkTarget(LinkTarget.Status.BROKEN, path, Optional.empty(), fragment, suggest(path));
    }

    /** The existing URL that {@code path} most likely meant, if one clearly is ({@link LinkSuggestions}). */
    public Optional<String> suggest(String path) {
        LinkSuggestions s = suggestions;
        if (s == null) {
            synchronized (this) {
                if (suggestions == null) {
                    suggestions = new LinkSuggestions(sorted, titles, redirects);
                }
                s = suggestions;
            }
        }
        return s.suggest(path);
    }

    private String stripBase(String path) {
        if (!basePath.isEmpty() && (path.equals(basePath) || path.startsWith(basePath + "/"))) {
            String rest = path.substring(basePath.length());
            return rest.isEmpty() ? "/" : rest;
        }
        return path;
    }

    private static String directoryOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "/" : url.substring(0, slash + 1);
    }

    /**
     * Removes {@code .} and {@code ..} segments; a {@code ..} above the root is dropped when
     * {@code clamp} (RFC 3986), else the result is empty.
     */
    static Optional<String> normalise(String path, boolean clamp) {
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals("..")) {
                if (parts.isEmpty() && !clamp) {
                    return Optional.empty();
                }
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
                if (last) {
                    parts.addLast("");
                }
            } else if (s.equals(".") || (s.isEmpty() && !last)) {
                if (last) {
                    parts.addLast("");
                }
            } else {
                parts.addLast(s);
            }
        }
        return Optional.of("/" + String.join("/", parts));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
