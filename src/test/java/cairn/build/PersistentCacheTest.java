package cairn.build;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn build} keeps rendered Markdown in {@code .cairn/cache/} for the next run; a
 * cached build writes the same bytes as a fresh one, and a damaged or stale cache is
 * ignored, never served.
 */
class PersistentCacheTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                ---
                title: Alpha
                sortorder: "0100"
                ---
                ## Intro
                See [beta](/beta.html#details) and https://example.org/.
                -- content/pages/01-a/01-beta.md --
                ---
                title: Beta
                sortorder: "0101"
                ---
                ## Details {#details .wide}
                Back to [alpha](/a.html). <div class="see-also"><a href="/a.html">A</a></div>
                """);
    }

    private TestSite.Run build(TestSite site, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "-v", "-s", site.root().toString(),
                "-o", site.output().toString()));
        args.addAll(List.of(extra));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private List<Path> entries(TestSite site) throws Exception {
        Path store = BuildCache.directoryOf(site.root()).resolve("markdown");
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondBuildReadsEveryPageFromTheCacheAndWritesTheSameBytes() throws Exception {
        TestSite site = site();
        assertTrue(build(site).out().contains("markdown cache: 0 cached, 2 rendered"));
        String fresh = TestSite.hashTree(site.output());
        assertEquals(2, entries(site).size());

        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
    }

    @Test
    void anEditedPageIsRenderedAgainAndItsOldEntryIsDropped() throws Exception {
        TestSite site = site();
        build(site);
        List<Path> before = entries(site);
        site.write("content/pages/01-a/01-beta.md", "---\ntitle: Beta\nsortorder: \"0101\"\n---\n"
                + "## Details\nChanged text.\n");
        assertTrue(build(site).out().contains("markdown cache: 1 cached, 1 rendered"));
        assertTrue(site.read("beta.html").contains("Changed text."));
        List<Path> after = entries(site);
        assertEquals(2, after.size());
        assertNotEquals(before, after);
    }

    @Test
    void aCorruptedEntryIsIgnoredAndTheOutputStaysRight() throws Exception {
        TestSite site = site();
        build(site);
        String fresh = TestSite.hashTree(site.output());
        for (Path entry : entries(site)) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x20; // flip one bit in the middle of the rendered HTML
            Files.write(entry, bytes);
        }
        Files.write(entries(site).get(0), new byte[] {1, 2, 3});

        assertTrue(build(site).out().contains("markdown cache: 0 cached, 2 rendered"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"), "entries rewritten");
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() throws Exception {
        TestSite site = site();
        build(site, "--no-cache");
        assertFalse(Files.exists(BuildCache.directoryOf(site.root())));
        String fresh = TestSite.hashTree(site.output());

        build(site);
        List<Path> entries = entries(site); // swap two valid entries: a build that read them would mix pages up
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), Files.readAllBytes(entries.get(1)));
        Files.write(entries.get(1), first);
        TestSite.Run run = build(site, "--no-cache");
        assertFalse(run.out().contains("markdown cache"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
    }
}
