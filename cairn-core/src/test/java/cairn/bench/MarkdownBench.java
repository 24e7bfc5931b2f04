package cairn.bench;

import cairn.content.PageSource;
import cairn.markdown.MarkdownRenderer;
import cairn.markdown.RenderedMarkdown;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The markdown stage, one page: {@link MarkdownRenderer#render} (flexmark parse and HTML, links
 * from the syntax tree, then {@code HeadingIds}' jsoup pass for ids, anchors, text and
 * search words). Each call renders the next of 200 different pages, so the figure is the
 * mean over pages of 400–1,500 words, a third with code and a fifth with a table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarkdownBench {

    static final int PAGES = 200;

    private List<PageSource> pages;
    private MarkdownRenderer renderer;
    private int next;

    @Setup
    public void setUp() throws IOException {
        StageInputs inputs = StageInputs.prepare(PAGES);
        pages = inputs.sources();
        renderer = new MarkdownRenderer(inputs.config().typographicQuotes(), inputs.config().basePath());
        next = 0;
    }

    @Benchmark
    public RenderedMarkdown renderPage() {
        PageSource page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return renderer.render(page);
    }
}
