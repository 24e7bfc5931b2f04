package cairn.bench;

import cairn.Diagnostics;
import cairn.site.AssemblyMemo;
import cairn.site.Site;
import cairn.site.SiteAssembler;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The assemble stage, the whole site: {@link SiteAssembler#assemble} of a guide of {@code pages}
 * loaded and rendered pages: URLs and clash checks, chapters and reading order, every
 * internal link resolved (anchors included), the link graph and backlinks, see-also
 * boxes, tags and redirects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssembleBench {

    @Param({"200", "2000"})
    public int pages;

    private StageInputs inputs;
    private AssemblyMemo memo;

    @Setup
    public void setUp() throws IOException {
        inputs = StageInputs.prepare(pages);
        memo = new AssemblyMemo();
        SiteAssembler.assemble(inputs.config(), inputs.rendered(), inputs.staticFiles(), Set.of(), memo,
                new Diagnostics());
    }

    @Benchmark
    public Site assemble() {
        return inputs.assemble(new Diagnostics());
    }

    /** {@code serve}'s assemble after an edit that changed no link: every page's results come from the memo. */
    @Benchmark
    public Site assembleAgain() {
        return SiteAssembler.assemble(inputs.config(), inputs.rendered(), inputs.staticFiles(), Set.of(), memo,
                new Diagnostics());
    }
}
