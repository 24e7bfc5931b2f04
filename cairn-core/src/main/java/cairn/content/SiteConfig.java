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
                         ReaderConfig reader, LivingConfig living, ExternalSettings external,
                         OneFileSettings oneFile) {

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
                ReaderConfig.defaults(), LivingConfig.defaults(), ExternalSettings.defaults(),
                OneFileSettings.defaults());
    }

    /** The path part of {@link #baseUrl()} without a trailing slash: {@code ""} at a domain root (shorthand). */
    public String basePath() {
        return baseUrl.path();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, BaseUrl.of(url), author, language, chapters, urls, seeAlsoMax,
                strictLinks, strictTemplates, typographicQuotes, params, reader, living, external, oneFile);
    }

    public SiteConfig withStrictLinks(boolean strict) {
        return new SiteConfig(title, description, baseUrl, author, language, chapters, urls, seeAlsoMax,
                strict, strictTemplates, typographicQuotes, params, reader, living, external, oneFile);
    }

    /** The same settings with another title (a one-file guide's {@code #} heading). */
    public SiteConfig withTitle(String newTitle) {
        return new SiteConfig(newTitle, description, baseUrl, author, language, chapters, urls, seeAlsoMax,
                strictLinks, strictTemplates, typographicQuotes, params, reader, living, external, oneFile);
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
            return read(new ConfigValues(doc, source.filePos(), diagnostics));
        } catch (DiagnosticException e) {
            diagnostics.add(e.diagnostic());
            return defaults();
        }
    }

    /** Turns the YAML values into typed settings, each bad value reported at its key. */
    private static SiteConfig read(ConfigValues v) {
        SiteConfig d = defaults();
        List.of("urls", "links", "see_also", "templates", "markdown").forEach(v::map); // each must be a mapping
        Urls u = new Urls(urlPattern(v, "page", d.urls().page()), urlPattern(v, "post", d.urls().post()),
                urlPattern(v, "toc", d.urls().toc()), urlPattern(v, "blog", d.urls().blog()));
        String internal = v.string("links.internal", "error");
        if (!internal.equals("error") && !internal.equals("warn")) {
            v.bad("links.internal", "links.internal must be \"error\" or \"warn\", not \"" + internal + "\"");
        }
        Object known = v.get("links.known").orElse(null);
        if (known != null && !(known instanceof List<?> list
                && list.stream().allMatch(k -> k instanceof String s && s.strip().startsWith("/")))) {
            v.bad("links.known", "links.known must be a list of site paths or prefixes like \"/api/\"");
        }
        return new SiteConfig(v.string("title", d.title()), v.string("description", ""),
                baseUrl(v), v.string("author", ""), v.string("language", "en"),
                chapters(v), u, v.integer("see_also.max", d.seeAlsoMax(), 0), internal.equals("error"),
                v.bool("templates.strict", false), v.bool("markdown.typographic", false),
                new LinkedHashMap<>(v.doc().values()), ReaderConfig.read(v), LivingConfig.read(v),
                ExternalSettings.read(v), OneFileSettings.read(v));
    }

    /** {@code base_url}; one that is not an absolute http(s) URL is reported and not used. */
    private static BaseUrl baseUrl(ConfigValues v) {
        String raw = v.string("base_url", "");
        Optional<String> problem = BaseUrl.problem(raw);
        problem.ifPresent(p -> v.bad("base_url", "base_url " + p));
        return problem.isPresent() ? BaseUrl.NONE : BaseUrl.of(raw);
    }

    private static List<ChapterConfig> chapters(ConfigValues v) {
        Object raw = v.get("chapters").orElse(null);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            v.bad("chapters", "chapters must be a list of {number, title, sections}");
            return List.of();
        }
        List<ChapterConfig> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || m.get("number") == null) {
                v.bad("chapters", "each chapter needs a \"number\" (its two digits, e.g. \"03\")");
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
                        v.bad("chapters", "each section of chapter " + number
                                + " needs a \"title\" and a list of \"pages\" (slugs)");
                    }
                }
            }
            out.add(new ChapterConfig(number, Optional.ofNullable(m.get("title")).map(String::valueOf), sections));
        }
        return out;
    }

    private static String urlPattern(ConfigValues v, String key, String fallback) {
        String p = v.string("urls." + key, fallback);
        if (!p.startsWith("/") || p.contains("..") || p.endsWith("/")) {
            v.bad("urls." + key, "urls." + key + " must be a site path like \"" + fallback + "\", not \"" + p + "\"");
            return fallback;
        }
        if ((key.equals("page") || key.equals("post")) && !p.contains("{slug}")) {
            v.bad("urls." + key, "urls." + key + " must contain {slug}");
            return fallback;
        }
        return p;
    }
}
