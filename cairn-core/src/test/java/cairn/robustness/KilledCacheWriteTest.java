package cairn.robustness;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills {@code cairn build} with SIGKILL at random moments of builds that use a warm
 * build cache ({@code .cairn/cache}: Markdown packs written, retired and compacted, the
 * render manifest saved), then checks that the next build's output is byte-identical to
 * a clean {@code --no-cache} build of the same content, every time. The content moves
 * between six versions that change from a sixth to half of the pages, so packs are
 * partly used, retired and merged. {@value #DEFAULT_TRIALS} trials here;
 * {@code scripts/kill-cache-trials.sh N} runs N ({@code -Dcairn.killTrials=N}).
 */
class KilledCacheWriteTest {

    private static final int DEFAULT_TRIALS = 8;
    private static final int PAGES = 60;
    private static final int VERSIONS = 6;

    @TempDir
    Path dir;

    @Test
    void theBuildAfterAKillDuringCacheWritesEqualsACleanBuild() throws Exception {
        int trials = Integer.getInteger("cairn.killTrials", DEFAULT_TRIALS);
        Path site = dir.resolve("site");
        Path out = dir.resolve("public");
        Path log = dir.resolve("log.txt");
        List<String> reference = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) { // what a clean build of each version gives
            writeSite(site, v);
            build(site, dir.resolve("ref"), "--no-cache");
            reference.add(TestSite.hashTree(dir.resolve("ref")));
        }
        long t0 = System.nanoTime(); // a whole build in its own JVM, warm cache: the span kills are drawn from
        assertEquals(0, CairnProcess.run(log, Map.of(), List.of(), "build", "-q", "-s", site.toString(), "-o",
                out.toString()), Files.readString(log));
        long slowest = System.nanoTime() - t0;

        Random random = new Random(Long.getLong("cairn.killSeed", 42));
        int killed = 0;
        for (int i = 0; i < trials; i++) {
            int v = random.nextInt(VERSIONS);
            writeSite(site, v);
            Process p = CairnProcess.builder(Map.of(), List.of(), "build", "-q", "-s", site.toString(),
                    "-o", out.toString()).redirectOutput(log.toFile()).start();
            // the fault injection: SIGKILL at a random point of the build's lifetime
            if (!p.waitFor((long) (random.nextDouble() * slowest), TimeUnit.NANOSECONDS)) {
                p.destroyForcibly().waitFor();
                killed++;
            }
            int next = random.nextInt(VERSIONS); // the next build may see other content than the killed one
            writeSite(site, next);
            build(site, out); // in this JVM: only the killed builds need a process of their own
            assertEquals(reference.get(next), TestSite.hashTree(out), "trial " + i + " (killed build of version " + v
                    + ", then version " + next + ") differs from a clean build");
        }
        assertTrue(killed >= trials / 3, "too few builds were killed to mean anything: " + killed + " of " + trials);
    }

    private static void build(Path site, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "-q", "-s", site.toString(), "-o", out.toString()));
        args.addAll(List.of(more));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
    }

    /** Version {@code v}: page {@code i} has its own text when {@code i % (v + 2) == 0}, the base text otherwise. */
    private static void writeSite(Path site, int v) throws Exception {
        for (int i = 0; i < PAGES; i++) {
            Path f = site.resolve(String.format("content/pages/%02d-c/%03d-p%d.md", i / 20, i, i));
            Files.createDirectories(f.getParent());
            String variant = i % (v + 2) == 0 ? "version " + v : "base";
            Files.writeString(f, String.format("title: Page %d%nsortorder: %02d%02d%n%n%s text of page %d."
                    + " See [the next](/p%d.html).%n%n%s%n", i, i / 20, i % 20, variant, i, (i + 1) % PAGES,
                    ("Filler *text* for a `realistic` page, " + variant + ". ").repeat(40)));
        }
    }
}
