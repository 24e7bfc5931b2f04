package cairn.robustness;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills {@code cairn build} with SIGKILL at random moments of a rebuild and checks that
 * the output directory holds the complete old site or the complete new site, never a
 * mix, and that the next build cleans up what the killed one left behind.
 */
class KilledBuildTest {

    private static final int PAGES = 400;
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void outputIsOldOrNewSiteAfterKillAndNextBuildCleansUp() throws Exception {
        Path site = dir.resolve("site");
        Path out = dir.resolve("public");
        Path log = dir.resolve("log.txt");
        writeSite(site, "first");
        assertEquals(0, build(site, out, log), Files.readString(log));
        String oldHash = TestSite.hashTree(out);
        long start = System.nanoTime();
        writeSite(site, "second");
        assertEquals(0, build(site, dir.resolve("reference"), log), Files.readString(log));
        long buildNanos = System.nanoTime() - start;
        String newHash = TestSite.hashTree(dir.resolve("reference"));

        Random random = new Random(42);
        for (int i = 0; i < KILLS; i++) {
            String before = Files.exists(out) ? TestSite.hashTree(out) : "";
            Process p = CairnProcess.builder(Map.of(), List.of(), "build", "-q", "-s", site.toString(),
                    "-o", out.toString()).redirectOutput(log.toFile()).start();
            // the fault injection: kill at a random point of a build's lifetime
            boolean finished = p.waitFor((long) (random.nextDouble() * buildNanos), TimeUnit.NANOSECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            String state = stateOf(out);
            assertTrue(state.equals(oldHash) || state.equals(newHash) || state.equals("retired:" + before),
                    "after kill " + i + " the output is a mix: " + state);
            if (state.equals(newHash)) {
                writeSite(site, i % 2 == 0 ? "first" : "second"); // keep alternating so every kill can tear a swap
            }
        }
        assertEquals(0, build(site, out, log), Files.readString(log));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".cairn-")).toList(),
                    "stale staging directories are cleaned by the next build");
        }
    }

    /** The hash of the output, or, if a kill fell between the two renames of a swap, of the retired site. */
    private String stateOf(Path out) throws Exception {
        if (Files.exists(out)) {
            return TestSite.hashTree(out);
        }
        try (Stream<Path> s = Files.list(dir)) {
            Path retired = s.filter(p -> p.getFileName().toString().startsWith(".public.cairn-retired-"))
                    .findFirst().orElseThrow(() -> new AssertionError("output missing and nothing to restore"));
            return "retired:" + TestSite.hashTree(retired);
        }
    }

    private static int build(Path site, Path out, Path log) throws Exception {
        return CairnProcess.run(log, Map.of(), List.of(), "build", "-q", "-s", site.toString(), "-o", out.toString());
    }

    private static void writeSite(Path site, String version) throws Exception {
        for (int i = 0; i < PAGES; i++) {
            Path f = site.resolve(String.format("content/pages/%02d-c/%03d-p%d.md", i / 50, i, i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, String.format("title: Page %d %s%nsortorder: %02d%02d%n%n%s version of page %d. "
                    + "See [the next](/p%d.html).%n%n%s%n", i, version, i / 50, i % 50, version, i, (i + 1) % PAGES,
                    "Filler text for a realistic page. ".repeat(60)));
        }
    }
}
