package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.SourcePos;
import cairn.content.PageSource;
import cairn.content.SourceFile;
import cairn.markdown.LinkRef;
import cairn.site.Chapter;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Warnings about what is not broken yet but hurts readers or the next person to edit:
 * orphan pages, duplicate {@code sortorder}s in a chapter, {@code http://} links to hosts
 * the site elsewhere reaches over {@code https://}, malformed {@code mailto:} and
 * {@code tel:} links, empty and {@code #} links, pages without a {@code meta}
 * description, images without alt text. (Slugs that differ only in case are reported
 * when the site is assembled.)
 */
final class SiteHygiene {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>.]+(\\.[^@\\s,;<>.]+)+$");
    private static final Pattern TEL = Pattern.compile("^\\+?(?=(?:[^0-9]*[0-9]){3})[0-9(][0-9 ().\\-]*[0-9]$");

    private final List<Diagnostic> problems = new ArrayList<>();

    private SiteHygiene() {
    }

    static List<Diagnostic> check(Site site, InternalLinks.Result links) {
        SiteHygiene h = new SiteHygiene();
        h.orphans(site, links.inbound());
        h.sortorders(site);
        h.insecureLinks(links.externals());
        // pages one by one on every core (the alt-text check parses bodies with images), reported in page order
        site.pages().parallelStream().map(page -> {
            SiteHygiene p = new SiteHygiene();
            p.pageLinks(page);
            p.meta(page);
            p.altText(page, site.config().basePath());
            return p.problems;
        }).toList().forEach(h.problems::addAll);
        return h.problems;
    }

    /** A page no one links to, in no chapter (so not in the sidebar or table of contents), and not a post. */
    private void orphans(Site site, Map<String, Set<String>> inbound) {
        for (Page page : site.pages()) {
            if (page.isPost() || page.chapter().isPresent() || page.source().hidden()
                    || site.home().filter(page.id()::equals).isPresent()
                    || page.url().equals("/index.html")) {
                continue;
            }
            if (inbound.getOrDefault(page.url(), Set.of()).isEmpty()) {
                warn("orphan-page", page.source().source().pos(1, 1), "orphan page " + page.url()
                        + ": no page links to it and it is in no chapter, so readers cannot find it", null, null);
            }
        }
    }

    private void sortorders(Site site) {
        for (Chapter chapter : site.chapters()) {
            Map<String, PageSource> seen = new HashMap<>();
            for (PageId id : chapter.pages()) {
                PageSource s = site.page(id).source();
                if (s.sortorder().isEmpty()) {
                    continue;
                }
                PageSource first = seen.putIfAbsent(s.sortorder(), s);
                if (first != null) {
                    warn("duplicate-sortorder", s.positionOf("sortorder"), "sortorder \"" + s.sortorder()
                            + "\" is also used by " + display(first.source()) + " in chapter " + chapter.number()
                            + "; their order then depends on the titles", null, null);
                }
            }
        }
    }

    private void insecureLinks(List<ExternalRef> externals) {
        Set<String> secureHosts = new HashSet<>();
        Map<String, Optional<String>> hosts = new HashMap<>(); // a URL is often linked many times: parsed once
        for (ExternalRef ref : externals) {
            if (ref.url().regionMatches(true, 0, "https:", 0, 6)) {
                hosts.computeIfAbsent(ref.url(), SiteHygiene::host).ifPresent(secureHosts::add);
            }
        }
        for (ExternalRef ref : externals) {
            if (ref.url().regionMatches(true, 0, "http:", 0, 5)
                    && hosts.computeIfAbsent(ref.url(), SiteHygiene::host).filter(secureHosts::contains).isPresent()) {
                String secure = "https:" + ref.url().substring(5);
                warn("insecure-link", ref.where(), "insecure link \"" + ref.url() + "\": the site links to "
                        + host(ref.url()).orElseThrow() + " over https elsewhere (use \"" + secure + "\")", ref.url(), secure);
            }
        }
    }

    private void pageLinks(Page page) {
        for (LinkRef link : page.body().links()) {
            String t = link.target().strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.equals("#")) {
                warn("empty-link", link.where(), (link.isImage() ? "empty image source" : "empty link")
                        + (t.isEmpty() ? "" : " \"#\"") + ": it leads nowhere", t, null);
            } else if (lower.startsWith("mailto:") && !validMailto(t.substring(7))) {
                warn("mailto-syntax", link.where(), "malformed mailto link \"" + t + "\": expected mailto:name@example.com",
                        t, null);
            } else if (lower.startsWith("tel:") && !TEL.matcher(decode(t.substring(4))).matches()) {
                warn("tel-syntax", link.where(), "malformed tel link \"" + t + "\": expected digits, optionally"
                        + " starting with + and separated by - . ( ) (tel:+1-555-0100)", t, null);
            }
        }
    }

    private static boolean validMailto(String rest) {
        int q = rest.indexOf('?');
        String addresses = decode(q >= 0 ? rest.substring(0, q) : rest);
        if (addresses.isBlank()) {
            return q >= 0 && rest.substring(q).toLowerCase(Locale.ROOT).contains("to=");
        }
        for (String a : addresses.split(",")) {
            if (!EMAIL.matcher(a.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private void meta(Page page) {
        PageSource s = page.source();
        if (!s.meta().isBlank()) {
            return;
        }
        if (s.frontMatter().string("onefile").isEmpty()) {
            warn("missing-meta", s.positionOf("meta"), "page " + page.url()
                    + " has no meta description (add \"meta:\" to its front matter; search engines and the"
                    + " see-also boxes show it)", null, null);
        } else if (!s.body().isBlank()) { // a one-file guide's empty section is an empty-category warning
            warn("missing-meta", s.source().pos(s.bodyOffset()), "page " + page.url() + " has no description"
                    + " (write a first paragraph under its heading: search engines and the see-also boxes show it)",
                    null, null);
        }
    }

    /**
     * An {@code <img>} without {@code alt}, or a Markdown image with empty alt text
     * ({@code ![](x.png)}). An explicit {@code alt=""} in raw HTML marks a decorative image
     * and is left alone. Images are matched to their source position by their {@code src}.
     */
    private void altText(Page page, String basePath) {
        if (!page.body().html().contains("<img")) {
            return; // the body is jsoup's serialisation: every img element in it is written "<img"
        }
        List<LinkRef> images = new ArrayList<>(page.body().links().stream().filter(LinkRef::isImage).toList());
        SourceFile file = page.source().source();
        for (Element img : Jsoup.parseBodyFragment(page.body().html()).select("img")) {
            String src = img.attr("src");
            Optional<LinkRef> ref = images.stream().filter(l -> src.equals(l.target())
                    || src.equals(basePath + l.target())).findFirst();
            ref.ifPresent(images::remove);
            SourcePos where = ref.map(LinkRef::where).orElse(file.filePos());
            boolean markdown = ref.map(l -> writtenAsMarkdown(file, l.where())).orElse(false);
            if (!img.hasAttr("alt") || (markdown && img.attr("alt").isBlank())) {
                warn("missing-alt", where, "image \"" + src + "\" has no alt text (describe it for readers who"
                        + " cannot see it)", src, null);
            }
        }
    }

    /** True when the source at {@code where} is preceded by {@code ](}, i.e. a Markdown image's URL. */
    private static boolean writtenAsMarkdown(SourceFile file, SourcePos where) {
        if (where.line() == 0) {
            return false;
        }
        int offset = file.lineStart(where.line()) + where.column() - 1;
        return offset >= 2 && file.text().startsWith("](", offset - 2);
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String display(SourceFile file) {
        return file.displayPath().toString().replace('\\', '/');
    }

    private void warn(String code, SourcePos where, String message, String target, String suggestion) {
        problems.add(new Diagnostic(Severity.WARNING, code, where, message, target, suggestion));
    }
}
