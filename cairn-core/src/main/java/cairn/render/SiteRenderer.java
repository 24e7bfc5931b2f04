package cairn.render;

import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.content.SiteConfig;
import cairn.site.GeneratedFiles;
import cairn.site.LivingPages;
import cairn.site.Page;
import cairn.site.PageId;
import cairn.site.Site;
import cairn.site.SiteAssembler;
import cairn.site.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code render pages} and {@code render extras} stages: renders every page, post and
 * generated page with its template and hands each {@link OutputFile} to {@code sink} as
 * soon as it exists, so the output is streamed to disk instead of held in memory. Pages render in parallel; template errors are
 * collected (one per template and line) and rendering carries on.
 */
public final class SiteRenderer {

    private static final String RESOURCES_TEMPLATE = "resources";

    private final TemplateRenderer templates;
    private final boolean checking;
    private final boolean resourceEntries;

    public SiteRenderer(TemplateRenderer templates) {
        this(templates, false, true);
    }

    private SiteRenderer(TemplateRenderer templates, boolean checking, boolean resourceEntries) {
        this.templates = templates;
        this.checking = checking;
        this.resourceEntries = resourceEntries;
    }

    /**
     * A renderer for {@code cairn check}, which indexes the output's links and ids and writes
     * nothing. The feeds, the sitemap and the resource index's JSON are handed over by URL,
     * without their content: none of them is HTML, so check looks at nothing else of them.
     * "All resources" leaves out its entries when the default theme's template lays them out:
     * each entry's one link is its resource's URL, which check takes from the page that writes
     * it, so the largest page of a guide is neither rendered nor parsed in full for links it
     * skips. Every other file is as {@link #SiteRenderer(TemplateRenderer)} makes it.
     */
    public static SiteRenderer forChecking(TemplateRenderer templates) {
        return new SiteRenderer(templates, true, !templates.isDefault(RESOURCES_TEMPLATE));
    }

    public void render(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics) {
        renderPages(site, sink, diagnostics, url -> true);
        renderExtras(site, sink, diagnostics);
    }

    /** Renders the templated pages, keeping the previous output of the pages {@code reuse} accepts. */
    public void renderPages(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics, RenderReuse reuse) {
        renderPages(site, sink, diagnostics, url -> true, reuse);
    }

    /**
     * Renders the templated pages (pages, posts, generated pages) whose site path
     * {@code wanted} accepts: {@code serve} renders one when it is asked for.
     */
    public void renderPages(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics,
                            java.util.function.Predicate<String> wanted) {
        renderPages(site, new TemplateModel(site), sink, diagnostics, wanted, RenderReuse.NONE);
    }

    /**
     * The same with a model of {@code site} made earlier: {@code serve} renders its pages one
     * by one and makes the parts they share once per build.
     */
    public void renderPages(Site site, TemplateModel model, Consumer<OutputFile> sink, Diagnostics diagnostics,
                            java.util.function.Predicate<String> wanted) {
        renderPages(site, model, sink, diagnostics, wanted, RenderReuse.NONE);
    }

    private void renderPages(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics,
                             java.util.function.Predicate<String> wanted, RenderReuse reuse) {
        renderPages(site, new TemplateModel(site), sink, diagnostics, wanted, reuse);
    }

    private void renderPages(Site site, TemplateModel model, Consumer<OutputFile> sink, Diagnostics diagnostics,
                             java.util.function.Predicate<String> wanted, RenderReuse reuse) {
        RenderFingerprint fingerprints = reuse == RenderReuse.NONE ? null
                : new RenderFingerprint(reuse.templatesDigest(), model.sharedParts());
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
        int size = site.config().reader().blogPageSize();
        List<PageId> posts = site.posts();
        for (int n = 1; n <= GeneratedFiles.blogPageCount(posts.size(), size); n++) {
            int number = n;
            List<PageId> onPage = posts.subList((n - 1) * size, Math.min(n * size, posts.size()));
            jobs.add(new Job(GeneratedFiles.blogPage(urls.blog(), n), "blog", () -> model.forBlogPage(number, onPage)));
        }
        for (Tag tag : site.tags()) {
            jobs.add(new Job(tag.url(), "tag", () -> model.forTag(tag)));
        }
        for (String name : templates.pageTemplates()) {
            String url = cairn.content.Theme.pageTemplateUrl(name);
            jobs.add(new Job(url, cairn.content.Theme.PAGES_DIR + "/" + name, () -> model.forTemplatePage(name, url)));
        }
        jobs.add(new Job(GeneratedFiles.SEARCH_PAGE, "search",
                () -> model.forGenerated("search", "Search", GeneratedFiles.SEARCH_PAGE)));
        if (site.generatedUrls().contains(LivingPages.UPDATES)) {
            List<PageId> updated = LivingPages.updated(site);
            int perPage = site.living().config().updatesPageSize();
            int total = GeneratedFiles.blogPageCount(updated.size(), perPage);
            for (int n = 1; n <= total; n++) {
                int number = n;
                List<PageId> onPage = updated.subList((n - 1) * perPage, Math.min(n * perPage, updated.size()));
                jobs.add(new Job(LivingPages.updatesPage(n), "updates", () -> model.forUpdates(number, total, onPage)));
            }
        }
        if (site.generatedUrls().contains(LivingPages.RESOURCES)) {
            jobs.add(new Job(LivingPages.RESOURCES, RESOURCES_TEMPLATE, () -> model.forResources(resourceEntries)));
        }
        jobs.add(new Job(SiteAssembler.NOT_FOUND_URL, "404",
                () -> model.forGenerated("404", "Page not found", SiteAssembler.NOT_FOUND_URL)));
        jobs.removeIf(job -> !wanted.test(job.url));
        jobs.parallelStream().forEach(job -> {
            try {
                Map<String, Object> m = job.model.get();
                String fingerprint = fingerprints == null ? null : fingerprints.of(job.template, m);
                if (fingerprint != null && reuse.reuse(job.url, fingerprint)) {
                    return; // same templates, same model: the previous output is kept
                }
                sink.accept(OutputFile.text(job.url, templates.render(job.template, m)));
                if (fingerprint != null) {
                    reuse.rendered(job.url, fingerprint);
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        });
    }

    /** Writes the files made without templates: feeds, sitemap, redirects, search index. */
    public void renderExtras(Site site, Consumer<OutputFile> sink, Diagnostics diagnostics) {
        java.util.function.Function<OutputFile.Generated, OutputFile> make = checking
                ? OutputFile.Generated::named : OutputFile.Generated::made;
        new FeedWriter(site).files().stream().map(make).forEach(sink);
        new SitemapWriter(site).files().stream().map(make).forEach(sink);
        new RedirectPages(site).write().forEach(sink);
        new SearchIndexWriter(site).write(sink);
        new LivingFiles(site).files().stream().map(make).forEach(sink);
        if (!site.config().baseUrl().isSet() && !site.posts().isEmpty()) {
            // no settings at all: most likely there is no cairn.yaml, so do not point at one
            boolean noSettings = site.config().params().isEmpty();
            diagnostics.warning("no-base-url", noSettings ? SourcePos.none() : SourcePos.of(Path.of(SiteConfig.FILE_NAME)),
                    "base_url is not set, so the feeds and sitemap.xml were not written (they need absolute URLs); "
                    + (noSettings ? "add \"base_url: https://…\" to a " + SiteConfig.FILE_NAME + " in the site directory"
                    : "set base_url in " + SiteConfig.FILE_NAME) + " or pass --base-url");
        }
    }

    private record Job(String url, String template, java.util.function.Supplier<Map<String, Object>> model) {
    }
}
