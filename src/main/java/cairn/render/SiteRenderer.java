package cairn.render;

import cairn.Diagnostics;
import cairn.site.Page;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stage 4: renders every page, post and generated page with its template and hands each
 * {@link OutputFile} to {@code sink} as soon as it exists, so the output is streamed to
 * disk instead of held in memory. Pages render in parallel; template errors are
 * collected (one per template and line) and rendering carries on.
 */
public final class SiteRenderer {

    private final TemplateRenderer templates;

    public SiteRenderer(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void render(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics) {
        render(site, sink, diagnostics, url -> true);
    }

    /** Renders only the files whose site path {@code wanted} accepts. */
    public void render(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics,
                       java.util.function.Predicate<String> wanted) {
        TemplateModel model = new TemplateModel(site);
        List<Job> jobs = new ArrayList<>();
        for (Page page : site.pages()) {
            String template = site.home().filter(page.id()::equals).isPresent() ? "index"
                    : page.isPost() ? "post" : "page";
            jobs.add(new Job(page.url(), template, () -> model.forPage(page)));
        }
        var urls = site.config().urls();
        if (site.home().isEmpty()) {
            jobs.add(new Job("/index.html", "index", () -> model.forGenerated("index", site.config().title(), "/index.html")));
        }
        jobs.add(new Job(urls.toc(), "toc", () -> model.forGenerated("toc", "Table of contents", urls.toc())));
        jobs.add(new Job(urls.blog(), "blog", () -> model.forGenerated("blog", "Blog", urls.blog())));
        jobs.add(new Job(SiteAssembler.NOT_FOUND_URL, "404",
                () -> model.forGenerated("404", "Page not found", SiteAssembler.NOT_FOUND_URL)));
        jobs.removeIf(job -> !wanted.test(job.url));
        jobs.parallelStream().forEach(job -> {
            try {
                sink.accept(OutputFile.text(job.url, templates.render(job.template, job.model.get())));
            } catch (TemplateRenderer.TemplateException e) {
                diagnostics.add(e.diagnostic());
            }
        });
    }

    private record Job(String url, String template, java.util.function.Supplier<Map<String, Object>> model) {
    }
}
