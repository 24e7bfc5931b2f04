package cairn.serve;

import cairn.BuildException;
import cairn.pipeline.Pipeline;
import cairn.content.StaticFiles;
import cairn.content.Theme;
import cairn.html.HtmlTransform;
import cairn.render.OutputFile;
import cairn.render.TemplateModel;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One successful build, held in memory: the loaded site and the pages rendered from it
 * so far. A page is rendered the first time it is asked for and kept until the next
 * build replaces the snapshot, so pages nobody looks at cost nothing. Immutable apart
 * from that memo; requests on many threads share it.
 */
final class SiteSnapshot {

    private final long generation;
    private final Pipeline.Loaded loaded;
    private final HtmlTransform pageTransform;
    private final SiteProblems problems;
    private final List<Path> staticRoots;
    private final Map<String, Optional<byte[]>> rendered = new ConcurrentHashMap<>();
    private final Object extrasLock = new Object();
    private Map<String, byte[]> extras;
    private TemplateModel model;

    SiteSnapshot(long generation, Pipeline.Loaded loaded, HtmlTransform pageTransform, Path siteRoot) {
        this(generation, loaded, pageTransform, siteRoot, SiteProblems.NONE);
    }

    /** A snapshot whose pages show {@code problems} in a banner. */
    SiteSnapshot(long generation, Pipeline.Loaded loaded, HtmlTransform pageTransform, Path siteRoot,
                 SiteProblems problems) {
        this.generation = generation;
        this.loaded = loaded;
        this.pageTransform = pageTransform;
        this.problems = problems;
        List<Path> roots = new ArrayList<>();
        for (Path root : List.of(siteRoot, Theme.of(siteRoot).defaultStatic())) {
            StaticFiles.realPath(root).ifPresent(roots::add);
        }
        this.staticRoots = Collections.unmodifiableList(roots);
    }

    long generation() {
        return generation;
    }

    Pipeline.Loaded loaded() {
        return loaded;
    }

    /** The problems this build's pages show (none when serving strictly). */
    SiteProblems problems() {
        return problems;
    }

    /**
     * The rendered file at site path {@code url} (with the page transform applied to HTML),
     * or empty when the site renders nothing there. A templated page is rendered on its own
     * the first time it is asked for; the files made without templates (feeds, sitemap,
     * search index) are all made together, once, when the first of them is asked for.
     *
     * @throws BuildException when a template fails on this page
     */
    Optional<byte[]> rendered(String url) {
        Optional<byte[]> cached = rendered.get(url);
        if (cached != null) {
            return cached;
        }
        List<OutputFile> out = Collections.synchronizedList(new ArrayList<>());
        try (Pipeline pipeline = new Pipeline(1)) {
            pipeline.renderPages(loaded, model(), out::add, url::equals);
            if (pipeline.diagnostics().stream().anyMatch(cairn.Diagnostic::isError)) {
                throw new BuildException(pipeline.diagnostics());
            }
        }
        Optional<byte[]> result = !out.isEmpty() ? Optional.of(transform(out.get(0)))
                : url.startsWith("/cards/") ? cairn.render.cards.SocialCards.one(loaded.site(), url) // drawn when asked for
                : Optional.ofNullable(extras().get(url));
        rendered.putIfAbsent(url, result);
        return result;
    }

    /** The template model of this build, made once: every page shares most of it (sidebar, links, resources). */
    private synchronized TemplateModel model() {
        if (model == null) {
            model = new TemplateModel(loaded.site());
        }
        return model;
    }

    private Map<String, byte[]> extras() {
        synchronized (extrasLock) {
            if (extras == null) {
                Map<String, byte[]> files = new ConcurrentHashMap<>();
                try (Pipeline pipeline = new Pipeline(1)) {
                    pipeline.renderExtras(loaded, f -> files.put(f.url(), transform(f)));
                }
                extras = files;
            }
            return extras;
        }
    }

    private byte[] transform(OutputFile file) {
        if (!ContentTypes.isHtml(file.url())) {
            return file.bytes();
        }
        String html = pageTransform.apply(file.content());
        if (!problems.isEmpty()) {
            html = problems.banner(file.url()).apply(html);
        }
        return OutputFile.text(file.url(), html).bytes();
    }

    /**
     * The source of the static file at site path {@code url}, when there is one and it
     * really lies inside the site or the theme: a symbolic link out of them is not served
     * (the build leaves such links out too, see {@link cairn.content.StaticFiles}; this
     * checks again at request time, as the file system may have changed since).
     */
    Optional<Path> staticFile(String url) {
        Path file = loaded.site().staticFiles().get(url);
        if (file == null) {
            return Optional.empty();
        }
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return Optional.of(file); // the packaged theme, inside cairn's jar
        }
        return StaticFiles.realPath(file).filter(real -> staticRoots.stream().anyMatch(real::startsWith))
                .map(real -> file);
    }
}
