package cairn.bench;

import cairn.Diagnostics;
import cairn.content.ContentLoader;
import cairn.content.PageSource;
import cairn.content.SiteConfig;
import cairn.content.StaticFiles;
import cairn.content.Theme;
import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedPage;
import cairn.site.Site;
import cairn.site.SiteAssembler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the stages before the measured one make of a {@link SyntheticGuide}, made the way
 * {@code cairn.pipeline.Pipeline.load} makes it: config, theme, content, static files,
 * rendered bodies. The guide is written to a temporary directory and read back from it;
 * the directory is gone when {@link #prepare} returns (everything is in memory by then).
 * A synthetic guide that gives any diagnostic at all is a bug in the generator, so it throws.
 */
public record StageInputs(SiteConfig config, Theme theme, List<PageSource> sources, List<RenderedPage> rendered,
                          Map<String, Path> staticFiles) {

    public static StageInputs prepare(int pages) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        StageInputs inputs;
        try (GuideDir dir = GuideDir.write(SyntheticGuide.of(pages))) {
            Path root = dir.root();
            SiteConfig config = SiteConfig.load(root, diagnostics);
            Theme theme = Theme.of(root);
            List<PageSource> sources = ContentLoader.load(root, false, diagnostics);
            Map<String, Path> statics = StaticFiles.scan(root, theme, diagnostics);
            MarkdownRenderer renderer = new MarkdownRenderer(config.typographicQuotes(), config.basePath());
            List<RenderedPage> rendered = sources.stream().map(s -> new RenderedPage(s, renderer.render(s))).toList();
            inputs = new StageInputs(config, theme, sources, rendered, statics);
        }
        requireClean(diagnostics);
        return inputs;
    }

    /** The assemble stage on these inputs. */
    public Site assemble(Diagnostics diagnostics) {
        return SiteAssembler.assemble(config, rendered, staticFiles, diagnostics);
    }

    public static void requireClean(Diagnostics diagnostics) {
        if (!diagnostics.all().isEmpty()) {
            throw new IllegalStateException("the synthetic guide should build cleanly: " + diagnostics.all());
        }
    }
}
