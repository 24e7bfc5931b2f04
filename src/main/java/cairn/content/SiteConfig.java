package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's settings from {@code cairn.yaml} at the source root; every key is optional
 * and a missing file means all defaults. Unknown keys are kept in {@link #params()} for
 * templates and never fail a build.
 */
public record SiteConfig(String title, String description, BaseUrl baseUrl, String author, String language,
                         List<ChapterConfig> chapters, Urls urls, int seeAlsoMax, boolean strictLinks,
                         boolean strictTemplates, boolean typographicQuotes, Map<String, Object> params,
                         ReaderConfig reader) {

    public static final String FILE_NAME = "cairn.yaml";

    /** URL patterns of the generated pages; {@code {slug}} is replaced by the page slug. */
    public record Urls(String page, String post, String toc, String blog) {
        public static Urls defaults() {
            return new Urls("/{slug}.html", "/blog/{slug}.html", "/table-of-contents.html", "/blog.html");
        }
    }

    /** A chapter's overrides: matched by its two-digit number. */
    public record ChapterConfig(String number, Optional<String> title, List<SectionConfig> sections) {
        public ChapterConfig {
            sections = List.copyOf(sections);
        }
    }

    /** A named group of pages inside a chapter ("3.3 NoSQL"). */
    public record SectionConfig(String title, List<String> slugs) {
        public SectionConfig {
            slugs = List.copyOf(slugs);
        }
    }

    public SiteConfig {
        chapters = List.copyOf(chapters);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * {@code links.known}: addresses the host serves outside cairn (an API, a sign-up
     * page); each is a site path ({@code /newsletter.html}) or, ending in {@code /}, a
     * prefix ({@code /api/}). Links to them are not broken.
     */
    public List<String> knownAddresses() {
        if (params.get("links") instanceof Map<?, ?> links && links.get("known") instanceof List<?> known) {
            return known.stream().filter(k -> k instanceof String s && s.strip().startsWith("/"))
                    .map(k -> ((String) k).strip()).toList();
        }
        return List.of();
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Guide", "", BaseUrl.NONE, "", "en", List.of(), Urls.defaults(), 5, true, false, false, Map.of(),
                ReaderConfig.defaults());
    }

    /** The path part of {@link #baseUrl()} without a trailing slash: {@code ""} at a domain root (shorthand). */
    public String basePath() {
        return baseUrl.path();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, BaseUrl.of(url), author, language, chapters, urls, seeAlsoMax,
                strictLinks, strictTemplates, typographicQuotes, params, reader);
    }

    public SiteConfig withStrictLinks(boolean strict) {
        return new SiteConfig(title, description, baseUrl, author, language, chapters, urls, seeAlsoMax,
                strict, strictTemplates, typographicQuotes, params, reader);
    }

    /** The same settings with another title (a one-file guide's {@code #} heading). */
    public SiteConfig withTitle(String newTitle) {
        return new SiteConfig(newTitle, description, baseUrl, author, language, chapters, urls, seeAlsoMax,
                strictLinks, strictTemplates, typographicQuotes, params, reader);
    }

    public Optional<ChapterConfig> chapter(String number) {
        return chapters.stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** Reads {@code cairn.yaml} in {@code root}; problems go to {@code diagnostics} and defaults are used. */
    public static SiteConfig load(Path root, Diagnostics diagnostics) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        SourceFile source;
        try {
            source = SourceFile.decode(file, Path.of(FILE_NAME), Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error("config", SourcePos.of(Path.of(FILE_NAME)), "cannot read: " + e.getMessage());
            return defaults();
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return defaults();
        }
        try {
            YamlReader.Document doc = YamlReader.read(source.text(), source, 1);
            return new ConfigReader(doc, source, diagnostics).read();
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return defaults();
        }
    }

    /** Turns the YAML values into typed settings, reporting each bad value at its key. */
    private record ConfigReader(YamlReader.Document doc, SourceFile source, Diagnostics diagnostics) {

        SiteConfig read() {
            SiteConfig d = defaults();
            Map<String, Object> v = doc.values();
            Map<String, Object> urls = map("urls");
            Map<String, Object> links = map("links");
            Map<String, Object> seeAlso = map("see_also");
            Map<String, Object> templates = map("templates");
            Urls u = new Urls(
                    urlPattern(urls, "page", d.urls().page()), urlPattern(urls, "post", d.urls().post()),
                    urlPattern(urls, "toc", d.urls().toc()), urlPattern(urls, "blog", d.urls().blog()));
            String internal = str(links.get("internal"), "error");
            if (!internal.equals("error") && !internal.equals("warn")) {
                bad("links", "links.internal must be \"error\" or \"warn\", not \"" + internal + "\"");
            }
            Object known = links.get("known");
            if (known != null && !(known instanceof List<?> list
                    && list.stream().allMatch(k -> k instanceof String s && s.strip().startsWith("/")))) {
                bad("links", "links.known must be a list of site paths or prefixes like \"/api/\"");
            }
            int max = integer(seeAlso.get("max"), d.seeAlsoMax(), "see_also");
            boolean strictTemplates = FrontMatter.parseBoolean(str(templates.get("strict"), "false")).orElse(false);
            boolean typographic = FrontMatter.parseBoolean(str(map("markdown").get("typographic"), "false")).orElse(false);
            Map<String, Object> params = new LinkedHashMap<>(v);
            return new SiteConfig(str(v.get("title"), d.title()), str(v.get("description"), ""),
                    BaseUrl.of(str(v.get("base_url"), "")), str(v.get("author"), ""), str(v.get("language"), "en"),
                    chapters(), u, max, internal.equals("error"), strictTemplates, typographic, params,
                    ReaderConfig.read(doc, source.filePos(), diagnostics));
        }

        private List<ChapterConfig> chapters() {
            Object raw = doc.values().get("chapters");
            if (raw == null) {
                return List.of();
            }
            if (!(raw instanceof List<?> list)) {
                bad("chapters", "chapters must be a list of {number, title, sections}");
                return List.of();
            }
            List<ChapterConfig> out = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> m) || m.get("number") == null) {
                    bad("chapters", "each chapter needs a \"number\" (its two digits, e.g. \"03\")");
                    continue;
                }
                String number = String.valueOf(m.get("number")).strip();
                if (number.length() == 1) {
                    number = "0" + number;
                }
                List<SectionConfig> sections = new ArrayList<>();
                if (m.get("sections") instanceof List<?> secs) {
                    for (Object s : secs) {
                        if (s instanceof Map<?, ?> sm && sm.get("title") != null && sm.get("pages") instanceof List<?> pages) {
                            sections.add(new SectionConfig(String.valueOf(sm.get("title")),
                                    pages.stream().map(String::valueOf).toList()));
                        } else {
                            bad("chapters", "each section of chapter " + number + " needs a \"title\" and a list of \"pages\" (slugs)");
                        }
                    }
                }
                Optional<String> title = Optional.ofNullable(m.get("title")).map(String::valueOf);
                out.add(new ChapterConfig(number, title, sections));
            }
            return out;
        }

        private Map<String, Object> map(String key) {
            Object o = doc.values().get(key);
            if (o == null) {
                return Map.of();
            }
            if (o instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, val) -> out.put(String.valueOf(k), val));
                return out;
            }
            bad(key, key + " must be a mapping");
            return Map.of();
        }

        private String urlPattern(Map<String, Object> urls, String key, String fallback) {
            String p = str(urls.get(key), fallback);
            if (!p.startsWith("/") || p.contains("..") || p.endsWith("/")) {
                bad("urls", "urls." + key + " must be a site path like \"" + fallback + "\", not \"" + p + "\"");
                return fallback;
            }
            if ((key.equals("page") || key.equals("post")) && !p.contains("{slug}")) {
                bad("urls", "urls." + key + " must contain {slug}");
                return fallback;
            }
            return p;
        }

        private int integer(Object o, int fallback, String key) {
            if (o == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(String.valueOf(o).strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            bad(key, key + ".max must be a whole number >= 0, not \"" + o + "\"");
            return fallback;
        }

        private static String str(Object o, String fallback) {
            return o instanceof String s ? s.strip() : fallback;
        }

        private void bad(String key, String message) {
            diagnostics.add(Diagnostic.error("config", doc.keyPositions().getOrDefault(key, source.filePos()), message));
        }
    }
}
