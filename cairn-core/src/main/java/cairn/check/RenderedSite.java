package cairn.check;

import cairn.markdown.RenderedMarkdown;
import cairn.render.OutputFile;
import cairn.site.Page;
import cairn.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the build would publish, indexed for checking: every rendered file's site path,
 * and for HTML files the ids of their elements and their links. It is a render sink
 * ({@link #accept}, safe from many threads): each file is parsed once as it is rendered
 * and only the index is kept, so checking a large site does not hold its HTML in memory.
 * A page's body is not parsed again: the Markdown stage's record already has its ids (and
 * its links, which {@link InternalLinks} checks at their source positions), so only what
 * the template put around it is parsed. Static files are known by path; a static HTML
 * file is parsed only when a link asks for one of its anchors.
 */
public final class RenderedSite implements Consumer<OutputFile> {

    private final Map<String, Output> outputs = new ConcurrentHashMap<>();
    private final Map<String, Path> staticFiles;
    private final Map<String, Set<String>> staticIds = new ConcurrentHashMap<>();
    private final Map<String, RenderedMarkdown> bodies = new HashMap<>();

    /** The index of {@code site}'s output, to be filled by rendering it into {@link #accept}. */
    public RenderedSite(Site site) {
        this.staticFiles = Map.copyOf(site.staticFiles());
        for (Page page : site.pages()) {
            bodies.put(page.url(), page.body());
        }
    }

    /**
     * One rendered file: its site path, and for HTML its element ids and links.
     * {@code templateOnly}: the links are those of the template's part of a page, its body
     * cut out; otherwise they are every link of the file.
     */
    record Output(String url, boolean html, Set<String> ids, List<HtmlLink> links, boolean templateOnly) {
        Output {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    @Override
    public void accept(OutputFile file) {
        if (!isHtml(file.url())) {
            outputs.put(file.url(), new Output(file.url(), false, Set.of(), List.of(), false));
            return;
        }
        String html = file.content();
        RenderedMarkdown body = bodies.get(file.url());
        int at = body == null ? -1 : html.indexOf(body.html());
        if (at < 0 || html.lastIndexOf(body.html()) != at) {
            // no page, or a template that changes the body or prints it twice: the whole file, as a browser sees it
            Document doc = Jsoup.parse(html);
            outputs.put(file.url(), new Output(file.url(), true, ids(doc), HtmlLink.in(doc), false));
            return;
        }
        Document around = Jsoup.parse(html.substring(0, at) + html.substring(at + body.html().length()));
        Set<String> ids = ids(around);
        ids.addAll(body.ids());
        outputs.put(file.url(), new Output(file.url(), true, ids, HtmlLink.in(around), true));
    }

    /** Every site path the build produces: rendered files and static files. */
    Set<String> urls() {
        Set<String> all = new HashSet<>(outputs.keySet());
        all.addAll(staticFiles.keySet());
        return all;
    }

    Collection<Output> outputs() {
        return new TreeMap<>(outputs).values();
    }

    Optional<Output> output(String url) {
        return Optional.ofNullable(outputs.get(url));
    }

    /** The element ids of the HTML file at {@code url}; empty when it is not HTML (anchors are then not checked). */
    Optional<Set<String>> idsOf(String url) {
        Output o = outputs.get(url);
        if (o != null) {
            return o.html() ? Optional.of(o.ids()) : Optional.empty();
        }
        Path file = staticFiles.get(url);
        if (file == null || !isHtml(url)) {
            return Optional.empty();
        }
        return Optional.of(staticIds.computeIfAbsent(url, u -> {
            try {
                return ids(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | java.io.UncheckedIOException e) {
                return Set.of();
            }
        }));
    }

    static Set<String> ids(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element el : root.select("[id]")) {
            ids.add(el.id());
        }
        for (Element el : root.select("a[name]")) {
            ids.add(el.attr("name"));
        }
        return ids;
    }

    private static boolean isHtml(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.endsWith(".html") || u.endsWith(".htm") || u.endsWith("/");
    }
}
