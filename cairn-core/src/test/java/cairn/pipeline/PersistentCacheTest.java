package cairn.pipeline;

import cairn.TestSite;
import cairn.cache.BuildCache;
import cairn.cache.MarkdownStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn build} keeps rendered Markdown in pack files under {@code .cairn/cache/markdown/}
 * for the next run; a cached build writes the same bytes as a fresh one, a build that
 * changes nothing writes nothing, and a damaged, stale or half-written cache is ignored,
 * never served.
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

    private static Path store(TestSite site) {
        return BuildCache.directoryOf(site.root()).resolve("markdown");
    }

    private List<Path> packs(TestSite site) throws Exception {
        if (!Files.isDirectory(store(site))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store(site))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cmp")).sorted().toList();
        }
    }

    /** Every file of the Markdown store with its size and modification time. */
    private Map<String, String> listing(TestSite site) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(store(site))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return out;
    }

    /** What a build without any cache makes of the same source, into a fresh directory. */
    private String freshBuild(TestSite site) throws Exception {
        Path out = dir.resolve("fresh-" + System.nanoTime());
        TestSite.Run run = TestSite.run("build", "-q", "--no-cache", "-s", site.root().toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return TestSite.hashTree(out);
    }

    @Test
    void aSecondBuildReadsEveryPageFromTheCacheAndWritesTheSameBytes() throws Exception {
        TestSite site = site();
        assertTrue(build(site).out().contains("markdown cache: 0 cached, 2 rendered"));
        String fresh = TestSite.hashTree(site.output());
        assertEquals(1, packs(site).size(), "one pack for the whole build");
        assertEquals(1, listing(site).size(), "and nothing else: " + listing(site));

        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
    }

    @Test
    void anUnchangedRebuildWritesNothingToTheCache() throws Exception {
        TestSite site = site();
        build(site);
        Map<String, String> before = listing(site);
        byte[] pack = Files.readAllBytes(packs(site).get(0));
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
        assertEquals(before, listing(site));
        assertArrayEquals(pack, Files.readAllBytes(packs(site).get(0)));
    }

    @Test
    void anEditedPageIsTheOnlyOneRenderedAndTheOutputMatchesAFreshBuild() throws Exception {
        TestSite site = site();
        build(site);
        site.write("content/pages/01-a/01-beta.md", "---\ntitle: Beta\nsortorder: \"0101\"\n---\n"
                + "## Details\nChanged text.\n");
        assertTrue(build(site).out().contains("markdown cache: 1 cached, 1 rendered"));
        assertTrue(site.read("beta.html").contains("Changed text."));
        assertEquals(freshBuild(site), TestSite.hashTree(site.output()));
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
    }

    @Test
    void aDamagedPackIsIgnoredAndTheOutputStaysRight() throws Exception {
        TestSite site = site();
        build(site);
        String fresh = TestSite.hashTree(site.output());
        Path pack = packs(site).get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 3] ^= 0x20; // a bit in the first page's rendered HTML
        Files.write(pack, bytes);
        assertTrue(build(site).out().contains("markdown cache: 1 cached, 1 rendered"), "the other entry still hits");
        assertEquals(fresh, TestSite.hashTree(site.output()));

        for (Path p : packs(site)) {
            Files.write(p, Arrays.copyOf(Files.readAllBytes(p), (int) Files.size(p) - 3)); // cut into the trailer
        }
        assertTrue(build(site).out().contains("markdown cache: 0 cached, 2 rendered"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"), "entries rewritten");
        assertEquals(1, packs(site).size(), "the truncated packs were deleted");
    }

    @Test
    void anOldPerPageCacheIsClearedAndLeftoversOfAKilledBuildGoOnceStale() throws Exception {
        TestSite site = site();
        Path oldEntry = site.root().resolve(".cairn/cache/markdown/" + "0f".repeat(32));
        site.write(".cairn/cache/markdown/" + "0f".repeat(32), "an entry of the one-file-per-page cache");
        site.write(".cairn/cache/markdown/pack-0000000000001-00000000000000aa.tmp", new byte[64]);
        Path stale = store(site).resolve("pack-0000000000001-00000000000000aa.tmp");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        site.write(".cairn/cache/markdown/pack-0000000000002-00000000000000bb.tmp", new byte[64]);
        Path live = store(site).resolve("pack-0000000000002-00000000000000bb.tmp");

        assertTrue(build(site).out().contains("markdown cache: 0 cached, 2 rendered"));
        assertFalse(Files.exists(oldEntry));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a young temporary file may be another cairn's pack in progress");
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
    }

    @Test
    void removedPagesLeaveOnlyTheEntriesStillUsed() throws Exception {
        TestSite site = site();
        for (int i = 0; i < 6; i++) {
            site.write("content/pages/02-more/" + i + "-extra" + i + ".md", "---\ntitle: Extra " + i + "\n---\nExtra "
                    + i + "\n");
        }
        build(site);
        for (int i = 0; i < 6; i++) {
            Files.delete(site.root().resolve("content/pages/02-more/" + i + "-extra" + i + ".md"));
        }
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
        assertEquals(1, packs(site).size());
        assertEquals(2, MarkdownStore.entries(store(site)));
        assertEquals(freshBuild(site), TestSite.hashTree(site.output()));
    }

    @Test
    void manyEditBuildsInARowKeepTheCacheSmall() throws Exception {
        TestSite site = site();
        build(site);
        for (int i = 0; i < 12; i++) {
            String page = i % 3 == 0 ? "content/pages/01-a/00-a.md" : "content/pages/01-a/01-beta.md";
            site.write(page, "---\ntitle: Page\nsortorder: \"01" + (page.contains("beta") ? "01" : "00")
                    + "\"\n---\nEdit " + i + "\n");
            assertTrue(build(site).out().contains("markdown cache: 1 cached, 1 rendered"), "build " + i);
            assertTrue(packs(site).size() <= 4, packs(site).toString());
            assertTrue(MarkdownStore.entries(store(site)) <= 4, "at most half of the entries are dead");
        }
        assertEquals(freshBuild(site), TestSite.hashTree(site.output()));
    }

    @Test
    void aProcessThatBuildsTwiceKeepsThePagesItServedFromMemory() throws Exception {
        TestSite site = site();
        BuildCache cache = new BuildCache(BuildCache.directoryOf(site.root()));
        try (Pipeline pipeline = new Pipeline(1, cache)) {
            pipeline.build(BuildOptions.of(site.root(), site.output()));
            pipeline.build(BuildOptions.of(site.root(), site.output())); // every page from memory, none from disk
        }
        assertEquals(2, MarkdownStore.entries(store(site)));
        assertTrue(build(site).out().contains("markdown cache: 2 cached, 0 rendered"));
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() throws Exception {
        TestSite site = site();
        build(site, "--no-cache");
        assertFalse(Files.exists(BuildCache.directoryOf(site.root())));
        String fresh = TestSite.hashTree(site.output());

        build(site);
        swapBodies(packs(site).get(0)); // a valid pack mapping each page to the other's body: reading it mixes pages up
        Map<String, String> before = listing(site);
        TestSite.Run run = build(site, "--no-cache");
        assertFalse(run.out().contains("markdown cache"));
        assertEquals(fresh, TestSite.hashTree(site.output()));
        assertEquals(before, listing(site));
        assertNotEquals(fresh, TestSite.hashTree(buildInto(site, dir.resolve("poisoned"))),
                "the swapped pack is valid: a build that reads the cache shows the pages mixed up");
    }

    private Path buildInto(TestSite site, Path out) {
        TestSite.Run run = TestSite.run("build", "-q", "--no-strict-links", "-s", site.root().toString(),
                "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** A pack's key (a 128-bit fingerprint) and index entry (key, offset, length) in bytes. */
    private static final int KEY = 16;
    private static final int ENTRY = KEY + 12;

    /**
     * Rewrites a two-entry pack so each key holds the other entry's body, with every
     * checksum right (header, records, index, trailer as described in MarkdownPack).
     */
    private static void swapBodies(Path pack) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(pack));
        int indexAt = (int) in.getLong(in.limit() - 20);
        assertEquals(2, in.getInt(in.limit() - 12));
        byte[][] keys = new byte[2][KEY];
        byte[][] payloads = new byte[2][];
        for (int i = 0; i < 2; i++) {
            in.position(indexAt + i * ENTRY);
            in.get(keys[i]);
            int offset = (int) in.getLong();
            payloads[i] = new byte[in.getInt()];
            in.get(offset + KEY + 4, payloads[i]);
        }
        ByteBuffer out = ByteBuffer.allocate(in.limit());
        out.put(in.array(), 0, 8);
        ByteBuffer index = ByteBuffer.allocate(2 * ENTRY);
        for (int i = 0; i < 2; i++) {
            byte[] payload = payloads[1 - i];
            int start = out.position();
            out.put(keys[i]).putInt(payload.length).put(payload);
            out.putInt(crc(out.array(), start, out.position() - start));
            index.put(keys[i]).putLong(start).putInt(payload.length);
        }
        int newIndexAt = out.position();
        out.put(index.array()).putLong(newIndexAt).putInt(2).putInt(crc(index.array(), 0, 2 * ENTRY))
                .putInt(in.getInt(in.limit() - 4));
        Files.write(pack, Arrays.copyOf(out.array(), out.position()));
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }
}
