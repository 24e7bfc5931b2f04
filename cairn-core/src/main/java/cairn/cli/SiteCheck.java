package cairn.cli;

import cairn.cache.BuildCache;
import cairn.check.CheckReport;
import cairn.check.LinkChecker;
import cairn.check.RenderedSite;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;

/**
 * What {@code cairn check} runs: the pipeline's own load and render steps, into memory
 * instead of the output directory, then {@link LinkChecker} on the result. Composed here,
 * above both, so the pipeline does not depend on the check.
 */
public final class SiteCheck {

    private SiteCheck() {
    }

    /**
     * Loads and renders the site as {@code build} does and checks its links. Broken links
     * do not stop loading here; the check reports every one of them.
     */
    public static CheckReport run(BuildOptions build, LinkChecker.Options checks, LinkChecker.Progress progress) {
        return run(build, checks, progress, new BuildCache());
    }

    /**
     * The same, with the Markdown of unchanged pages from {@code cache} (a check after a build
     * renders no Markdown again) and the pages it renders added to it.
     */
    public static CheckReport run(BuildOptions build, LinkChecker.Options checks, LinkChecker.Progress progress,
                                  BuildCache cache) {
        long start = System.nanoTime();
        try (Pipeline pipeline = new Pipeline(0, cache)) {
            Pipeline.Loaded full = pipeline.load(build.withStrictLinks(false));
            // check reports links as written: dead ones are not swapped for archived copies here
            Pipeline.Loaded loaded = new Pipeline.Loaded(full.site().withLiving(full.site().living().withoutDeadLinks()),
                    full.theme(), full.templates(), full.warnings());
            RenderedSite rendered = new RenderedSite(loaded.site());
            pipeline.renderForCheck(loaded, rendered);
            CheckReport report = LinkChecker.check(build.source(), loaded.site(), rendered, pipeline.diagnostics(),
                    checks, progress);
            return report.withMillis((System.nanoTime() - start) / 1_000_000);
        }
    }
}
