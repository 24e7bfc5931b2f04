package cairn.bench;

import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.render.TemplateModel;
import cairn.render.TemplateRenderer;
import cairn.site.Page;
import cairn.site.Site;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The render pages stage, one page: the default theme's {@code page} template for the page in the middle
 * of the reading order of a guide of {@code pages} pages, as {@code SiteRenderer} does it
 * per page: {@link TemplateModel#forPage} (the shared parts are built once per site, as in
 * a build) and {@link TemplateRenderer#render}. Its sidebar lists the page's chapter, an
 * eighth of the guide, so the cost grows with {@code pages}. {@link #pageModel} alone
 * separates building the model from running Pebble.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateBench {

    @Param({"200", "2000"})
    public int pages;

    private TemplateModel model;
    private TemplateRenderer templates;
    private Page page;

    @Setup
    public void setUp() throws IOException {
        StageInputs inputs = StageInputs.prepare(pages);
        Diagnostics diagnostics = new Diagnostics();
        Site site = inputs.assemble(diagnostics);
        StageInputs.requireClean(diagnostics);
        model = new TemplateModel(site);
        templates = new TemplateRenderer(inputs.theme(), inputs.config().strictTemplates());
        page = site.page(site.readingOrder().get(site.readingOrder().size() / 2));
    }

    @Benchmark
    public Map<String, Object> pageModel() {
        return model.forPage(page);
    }

    @Benchmark
    public String renderPage() throws DiagnosticException {
        return templates.render("page", model.forPage(page));
    }

    /** The page rendered (for the test that keeps this harness honest). */
    Page page() {
        return page;
    }
}
