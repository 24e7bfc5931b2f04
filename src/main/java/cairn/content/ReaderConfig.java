package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of what readers get beyond the pages themselves, from {@code cairn.yaml}:
 * redirects from old addresses, when a page shows its own table of contents, blog page
 * size, feed content, the default social image and the URL of tag pages.
 *
 * <pre>
 * redirects: { /old.html: /new.html }   # old site path → page URL, slug or site path
 * page_toc: { min_headings: 4 }          # 0: only pages with toc: true
 * blog: { page_size: 10 }
 * feeds: { content: full }               # or summary
 * image: /img/social.png                 # og:image when a page has no headerimage
 * urls: { tag: /tags/{slug}.html }
 * </pre>
 */
public record ReaderConfig(Map<String, String> redirects, SourcePos redirectsPos, int tocMinHeadings,
                           int blogPageSize, boolean fullFeeds, String image, String tagUrl) {

    public ReaderConfig {
        redirects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(redirects));
    }

    public static ReaderConfig defaults() {
        return new ReaderConfig(Map.of(), SourcePos.of(java.nio.file.Path.of(SiteConfig.FILE_NAME)), 4, 10, true, "",
                "/tags/{slug}.html");
    }

    /** Reads the keys above from the top level of {@code cairn.yaml}; bad values are reported at their key. */
    static ReaderConfig read(Map<String, Object> values, Map<String, SourcePos> positions, SourcePos file,
                             Diagnostics diagnostics) {
        ReaderConfig d = defaults();
        Reader r = new Reader(values, positions, file, diagnostics);
        Map<String, String> redirects = new LinkedHashMap<>();
        Object raw = values.get("redirects");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((from, to) -> {
                if (to instanceof String s && !s.isBlank()) {
                    redirects.put(String.valueOf(from).strip(), s.strip());
                } else {
                    r.bad("redirects", "redirect \"" + from + "\" needs a target page (a URL or slug)");
                }
            });
        } else if (raw != null) {
            r.bad("redirects", "redirects must be a mapping of old site paths to pages (/old.html: /new.html)");
        }
        int minHeadings = r.integer("page_toc", "min_headings", d.tocMinHeadings(), 0);
        int pageSize = r.integer("blog", "page_size", d.blogPageSize(), 1);
        String content = r.string("feeds", "content", "full");
        if (!content.equals("full") && !content.equals("summary")) {
            r.bad("feeds", "feeds.content must be \"full\" or \"summary\", not \"" + content + "\"");
            content = "full";
        }
        String image = values.get("image") instanceof String s ? s.strip() : "";
        String tagUrl = r.string("urls", "tag", d.tagUrl());
        if (!tagUrl.startsWith("/") || !tagUrl.contains("{slug}") || tagUrl.contains("..") || tagUrl.endsWith("/")) {
            r.bad("urls", "urls.tag must be a site path containing {slug} like \"" + d.tagUrl() + "\", not \""
                    + tagUrl + "\"");
            tagUrl = d.tagUrl();
        }
        SourcePos redirectsPos = positions.getOrDefault("redirects", file);
        return new ReaderConfig(redirects, redirectsPos, minHeadings, pageSize, content.equals("full"), image, tagUrl);
    }

    private record Reader(Map<String, Object> values, Map<String, SourcePos> positions, SourcePos file,
                          Diagnostics diagnostics) {

        Object nested(String section, String key) {
            return values.get(section) instanceof Map<?, ?> m ? m.get(key) : null;
        }

        String string(String section, String key, String fallback) {
            return nested(section, key) instanceof String s && !s.isBlank() ? s.strip() : fallback;
        }

        int integer(String section, String key, int fallback, int min) {
            Object o = nested(section, key);
            if (o == null || o instanceof List<?>) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(String.valueOf(o).strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            bad(section, section + "." + key + " must be a whole number >= " + min + ", not \"" + o + "\"");
            return fallback;
        }

        void bad(String key, String message) {
            diagnostics.add(Diagnostic.error("config", positions.getOrDefault(key, file), message));
        }
    }
}
