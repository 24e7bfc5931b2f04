package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.Diagnostics;
import cairn.bench.GuideDir;
import cairn.bench.SyntheticGuide;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The load content stage for a batch of {@code pages} files. {@link #readFrontMatter}: what
 * {@link ContentLoader} does with each file's decoded text, in memory and on one thread,
 * {@link FrontMatterParser#parse} then {@link PageReader#read} (in this package because
 * {@code PageReader} is package-private). {@link #loadContent}: the whole stage as a build
 * runs it, {@link ContentLoader#load} of a temporary directory (walk, read, decode,
 * interpret, in parallel); the difference is the file system and the threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontMatterBench {

    @Param({"200", "2000"})
    public int pages;

    private GuideDir dir;
    private List<SourceFile> files;
    private List<Path> relToContent;

    @Setup
    public void setUp() throws IOException {
        SyntheticGuide guide = SyntheticGuide.of(pages);
        dir = GuideDir.write(guide);
        files = new ArrayList<>();
        relToContent = new ArrayList<>();
        Path content = Path.of(ContentLoader.CONTENT_DIR);
        for (SyntheticGuide.PageText page : guide.pages()) {
            Path display = Path.of(page.path());
            files.add(new SourceFile(dir.root().resolve(display), display, page.text()));
            relToContent.add(content.relativize(display));
        }
    }

    @TearDown
    public void tearDown() {
        dir.close();
    }

    @Benchmark
    public List<PageSource> readFrontMatter() throws DiagnosticException {
        List<PageSource> read = new ArrayList<>(files.size());
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            FrontMatter fm = FrontMatterParser.parse(file);
            Optional<PageSource> page = PageReader.read(file, fm, relToContent.get(i), problems);
            page.ifPresent(read::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the synthetic guide should read cleanly: " + problems);
        }
        return read;
    }

    @Benchmark
    public List<PageSource> loadContent() {
        return ContentLoader.load(dir.root(), false, new Diagnostics());
    }
}
