package cairn.render.cards;

import cairn.Diagnostics;
import cairn.bench.StageInputs;
import cairn.site.Site;
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
 * The social cards stage, one card: a page of the synthetic guide (with a {@code base_url},
 * so it gets cards) drawn and encoded by one {@link CardPainter}, as {@link SocialCards#write}
 * does it in a build, the next page on each call. Its time per card against a cold build's time per page is the share the
 * cards add to a build (issue 14 allows 10 %). Run it with {@code -jvmArgs
 * -XX:TieredStopAtLevel=1} too: {@code bin/cairn} builds guides with C1 only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CardBench {

    private CardPainter painter;
    private List<Card> cards;
    private int next;

    @Setup
    public void setUp() throws IOException {
        StageInputs inputs = StageInputs.prepare(200);
        Diagnostics diagnostics = new Diagnostics();
        Site site = new StageInputs(inputs.config().withBaseUrl("https://guide.example.org/"), inputs.theme(),
                inputs.sources(), inputs.rendered(), inputs.staticFiles()).assemble(diagnostics);
        StageInputs.requireClean(diagnostics);
        cards = SocialCards.plan(site);
        painter = new CardPainter(CardPalette.defaults(), cards.get(0).site(), cards.get(0).host());
    }

    @Benchmark
    public byte[] drawCard() {
        Card card = cards.get(next);
        next = (next + 1) % cards.size();
        return painter.paint(card);
    }

    /** The first half of {@link #drawCard}: the text drawn into palette rows, not encoded (the rest is the encoding). */
    @Benchmark
    public byte[] rasterCard() {
        Card card = cards.get(next);
        next = (next + 1) % cards.size();
        return painter.raster(card).rows();
    }
}
