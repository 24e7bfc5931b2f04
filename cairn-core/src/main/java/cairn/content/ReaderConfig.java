package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of what readers get beyond the pages themselves, from {@code cairn.yaml}:
 * redirects from old addresses, when a page shows its own table of contents, blog page
 * size, feed content, the default social image, generated social cards and the URL of tag pages.
 *
 * <pre>
 * redirects: { /old.html: /new.html }   # old site path → page URL, slug or site path
 * page_toc: { min_headings: 4 }          # 0: only pages with toc: true
 * blog: { page_size: 10 }
 * feeds: { content: full }               # or summary
 * image: /img/social.png                 # og:image when a page has no headerimage (and no card)
 * social_cards: false                    # no generated og:image cards (default: true)
 * urls: { tag: /tags/{slug}.html }
 * see_also: { exclude: [changelog, about] }  # never picked for generated see-also boxes or "what next" cards
 * </pre>
 */
public record ReaderConfig(Map<String, String> redirects, Map<String, SourcePos> redirectPositions,
                           SourcePos redirectsPos, int tocMinHeadings, int blogPageSize, boolean fullFeeds,
                           String image, String tagUrl, List<String> seeAlsoExclude, SourcePos seeAlsoExcludePos,
                           boolean socialCards) {

    public ReaderConfig {
        redirects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(redirects));
        redirectPositions = Map.copyOf(redirectPositions);
        seeAlsoExclude = List.copyOf(seeAlsoExclude);
    }

    /** Where the redirect from {@code from} was written, else the {@code redirects} key. */
    public SourcePos redirectPosition(String from) {
        return redirectPositions.getOrDefault(from, redirectsPos);
    }

    public static ReaderConfig defaults() {
        SourcePos file = SourcePos.of(java.nio.file.Path.of(SiteConfig.FILE_NAME));
        return new ReaderConfig(Map.of(), Map.of(), file, 4, 10, true, "", "/tags/{slug}.html", List.of(), file, true);
    }

    /** Reads the keys above from the top level of {@code cairn.yaml}; bad values are reported at their key. */
    static ReaderConfig read(YamlReader.Document doc, SourcePos file, Diagnostics diagnostics) {
        ReaderConfig d = defaults();
        Map<String, Object> values = doc.values();
        Reader r = new Reader(doc, file, diagnostics);
        Map<String, String> redirects = new LinkedHashMap<>();
        Map<String, SourcePos> redirectPositions = new LinkedHashMap<>();
        Object raw = values.get("redirects");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((from, to) -> {
                String written = String.valueOf(from);
                if (to instanceof String s && !s.isBlank()) {
                    redirects.put(written.strip(), s.strip());
                    redirectPositions.put(written.strip(), doc.positionOf("redirects", written, file));
                } else {
                    r.bad("redirects", written, "redirect \"" + from + "\" needs a target page (a URL or slug)");
                }
            });
        } else if (raw != null) {
            r.bad("redirects", "", "redirects must be a mapping of old site paths to pages (/old.html: /new.html)");
        }
        int minHeadings = r.integer("page_toc", "min_headings", d.tocMinHeadings(), 0);
        int pageSize = r.integer("blog", "page_size", d.blogPageSize(), 1);
        String content = r.string("feeds", "content", "full");
        if (!content.equals("full") && !content.equals("summary")) {
            r.bad("feeds", "content", "feeds.content must be \"full\" or \"summary\", not \"" + content + "\"");
            content = "full";
        }
        String image = values.get("image") instanceof String s ? s.strip() : "";
        String tagUrl = r.string("urls", "tag", d.tagUrl());
        if (!tagUrl.startsWith("/") || !tagUrl.contains("{slug}") || tagUrl.contains("..") || tagUrl.endsWith("/")) {
            r.bad("urls", "tag", "urls.tag must be a site path containing {slug} like \"" + d.tagUrl() + "\", not \""
                    + tagUrl + "\"");
            tagUrl = d.tagUrl();
        }
        Object cards = values.get("social_cards");
        boolean socialCards = d.socialCards();
        java.util.Optional<Boolean> parsed = cards instanceof String || cards instanceof Boolean
                ? FrontMatter.parseBoolean(String.valueOf(cards)) : java.util.Optional.empty();
        if (parsed.isPresent()) {
            socialCards = parsed.get();
        } else if (cards != null) {
            diagnostics.add(Diagnostic.error("config", doc.keyPositions().getOrDefault("social_cards", file),
                    "social_cards must be true or false, not \"" + cards + "\""));
        }
        SourcePos redirectsPos = doc.keyPositions().getOrDefault("redirects", file);
        List<String> exclude = new ArrayList<>();
        Object rawExclude = r.nested("see_also", "exclude");
        if (rawExclude instanceof List<?> list && list.stream().allMatch(o -> o instanceof String)) {
            list.forEach(o -> exclude.add(((String) o).strip()));
        } else if (rawExclude instanceof String s && !s.isBlank()) {
            exclude.add(s.strip());
        } else if (rawExclude != null) {
            r.bad("see_also", "exclude", "see_also.exclude must be a list of page slugs ([changelog, about])");
        }
        return new ReaderConfig(redirects, redirectPositions, redirectsPos, minHeadings, pageSize,
                content.equals("full"), image, tagUrl, exclude, doc.positionOf("see_also", "exclude", file),
                socialCards);
    }

    private record Reader(YamlReader.Document doc, SourcePos file, Diagnostics diagnostics) {

        Object nested(String section, String key) {
            return doc.values().get(section) instanceof Map<?, ?> m ? m.get(key) : null;
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
            bad(section, key, section + "." + key + " must be a whole number >= " + min + ", not \"" + o + "\"");
            return fallback;
        }

        void bad(String section, String key, String message) {
            diagnostics.add(Diagnostic.error("config", doc.positionOf(section, key, file), message));
        }
    }
}
