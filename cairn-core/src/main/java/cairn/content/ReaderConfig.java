package cairn.content;

import cairn.Diagnostic;
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
    static ReaderConfig read(ConfigValues v) {
        ReaderConfig d = defaults();
        List.of("page_toc", "blog", "feeds", "urls", "see_also").forEach(v::map); // each must be a mapping
        Map<String, String> redirects = new LinkedHashMap<>();
        Map<String, SourcePos> redirectPositions = new LinkedHashMap<>();
        Object raw = v.get("redirects").orElse(null);
        if (raw instanceof Map<?, ?> m) {
            m.forEach((from, to) -> {
                String written = String.valueOf(from);
                if (to instanceof String s && !s.isBlank()) {
                    redirects.put(written.strip(), s.strip());
                    redirectPositions.put(written.strip(), v.doc().positionOf("redirects", written, v.file()));
                } else {
                    v.diagnostics().add(Diagnostic.error("config", v.doc().positionOf("redirects", written, v.file()),
                            "redirect \"" + from + "\" needs a target page (a URL or slug)"));
                }
            });
        } else if (raw != null) {
            v.bad("redirects", "redirects must be a mapping of old site paths to pages (/old.html: /new.html)");
        }
        int minHeadings = v.integer("page_toc.min_headings", d.tocMinHeadings(), 0);
        int pageSize = v.integer("blog.page_size", d.blogPageSize(), 1);
        String content = v.string("feeds.content", "full");
        if (!content.equals("full") && !content.equals("summary")) {
            v.bad("feeds.content", "feeds.content must be \"full\" or \"summary\", not \"" + content + "\"");
            content = "full";
        }
        String tagUrl = v.string("urls.tag", d.tagUrl());
        if (!tagUrl.startsWith("/") || !tagUrl.contains("{slug}") || tagUrl.contains("..") || tagUrl.endsWith("/")) {
            v.bad("urls.tag", "urls.tag must be a site path containing {slug} like \"" + d.tagUrl() + "\", not \""
                    + tagUrl + "\"");
            tagUrl = d.tagUrl();
        }
        List<String> exclude = new ArrayList<>();
        Object rawExclude = v.get("see_also.exclude").orElse(null);
        if (rawExclude instanceof List<?> list && list.stream().allMatch(o -> o instanceof String)) {
            list.forEach(o -> exclude.add(((String) o).strip()));
        } else if (rawExclude instanceof String s && !s.isBlank()) {
            exclude.add(s.strip());
        } else if (rawExclude != null) {
            v.bad("see_also.exclude", "see_also.exclude must be a list of page slugs ([changelog, about])");
        }
        return new ReaderConfig(redirects, redirectPositions, v.positionOf("redirects"), minHeadings, pageSize,
                content.equals("full"), v.string("image", ""), tagUrl, exclude, v.positionOf("see_also.exclude"),
                v.bool("social_cards", d.socialCards()));
    }
}
