package cairn.cache;

import cairn.SourcePos;
import cairn.content.Fingerprint;
import cairn.markdown.ExternalLink;
import cairn.markdown.Heading;
import cairn.markdown.LinkRef;
import cairn.markdown.RenderedMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack store on real files: what one store writes the next reads back; a build that
 * changes nothing writes nothing; dead entries are dropped and packs do not pile up; and
 * damaged, foreign, half-written or vanished files are misses, never wrong pages.
 */
class MarkdownStoreTest {

    @TempDir
    Path dir;

    private static MarkdownPack.Key key(int page) throws Exception {
        return MarkdownPack.Key.of(new Fingerprint().text("page " + page).finish());
    }

    private static RenderedMarkdown body(int page) {
        return new RenderedMarkdown("<h2 id=\"p\">Page " + page + "</h2><p>Text ✓ " + page + "</p>",
                List.of(new Heading(2, "p", "Page " + page)), Set.of("p", "x" + page),
                List.of(new LinkRef("/p" + (page + 1) + ".html#p", LinkRef.Kind.LINK,
                                new SourcePos(Path.of("content/p" + page + ".md"), 3, 7)),
                        new LinkRef("img.png", LinkRef.Kind.IMAGE, SourcePos.none())),
                List.of("/see.html"), "Page " + page + " Text ✓ " + page, List.of("", "Text ✓ " + page),
                List.of(new ExternalLink("https://example.org/" + page, "Example ✓", "a comment", Optional.of("p"),
                        Optional.of("Page " + page), true), new ExternalLink("http://x.test/", "", "",
                        Optional.empty(), Optional.empty(), false)));
    }

    /** One build: asks for {@code pages}, renders ("puts") the misses, flushes; returns how many hit. */
    private int build(int... pages) throws Exception {
        MarkdownStore store = new MarkdownStore(dir);
        for (int page : pages) {
            Optional<RenderedMarkdown> got = store.get(key(page));
            if (got.isPresent()) {
                assertEquals(body(page), got.get(), "page " + page + " came back different");
            } else {
                store.put(key(page), body(page));
            }
        }
        store.flush(true);
        return store.hits();
    }

    private List<Path> packs() throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> MarkdownPack.isPack(f.getFileName().toString())).sorted().toList();
        }
    }

    /** Every file in the directory with its size and modification time. */
    private Map<String, String> listing() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return out;
    }

    /** The offset of the {@code i}th record of {@code pack}, from its index. */
    private static long recordOffset(Path pack, int i) throws Exception {
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(pack));
        long indexAt = all.getLong(all.limit() - 20);
        return all.getLong((int) indexAt + i * 44 + 32);
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    @Test
    void aLaterStoreReadsBackEveryFieldAnEarlierOneWrote() throws Exception {
        assertEquals(0, build(range(0, 5)));
        assertEquals(1, packs().size());
        assertEquals(5, build(range(0, 5)));
        assertEquals(5, MarkdownStore.entries(dir));
    }

    @Test
    void aBuildThatRendersNothingCreatesNoFile() throws Exception {
        MarkdownStore store = new MarkdownStore(dir.resolve("markdown"));
        assertTrue(store.get(key(1)).isEmpty());
        store.flush(true);
        assertFalse(Files.exists(dir.resolve("markdown")));
    }

    @Test
    void aRebuildThatUsesEveryEntryWritesNothing() throws Exception {
        build(range(0, 20));
        Map<String, String> before = listing();
        byte[] pack = Files.readAllBytes(packs().get(0));
        assertEquals(20, build(range(0, 20)));
        assertEquals(before, listing());
        assertTrue(java.util.Arrays.equals(pack, Files.readAllBytes(packs().get(0))));
    }

    @Test
    void aMostlyDeadPackIsRewrittenWithOnlyTheEntriesStillUsed() throws Exception {
        build(range(0, 10));
        Path first = packs().get(0);
        assertEquals(3, build(0, 4, 9)); // 3 of 10 used: carried into a new pack, the old one goes
        assertEquals(1, packs().size());
        assertFalse(Files.exists(first));
        assertEquals(3, MarkdownStore.entries(dir));
        assertEquals(3, build(0, 4, 9));
    }

    @Test
    void aPackStillMostlyUsedIsKeptBesideTheNewOne() throws Exception {
        build(range(0, 10));
        Path first = packs().get(0);
        assertEquals(6, build(0, 1, 2, 3, 4, 5, 10));
        assertEquals(2, packs().size());
        assertTrue(packs().contains(first));
        assertEquals(7, build(0, 1, 2, 3, 4, 5, 10));
    }

    @Test
    void aPackNoPageUsesAnyMoreIsDeleted() throws Exception {
        build(range(0, 4));
        assertEquals(0, build(range(10, 14)));
        assertEquals(1, packs().size());
        assertEquals(4, MarkdownStore.entries(dir));
    }

    @Test
    void buildsThatEachAddAPageKeepTheNumberOfPacksBounded() throws Exception {
        build(range(0, 50));
        for (int i = 50; i < 80; i++) {
            assertEquals(i, build(range(0, i + 1)), "every earlier page is still cached");
            assertTrue(packs().size() <= 4, "build " + i + " left " + packs().size() + " packs");
        }
        assertEquals(80, MarkdownStore.entries(dir));
    }

    @Test
    void buildsThatEachEditAPageKeepPacksAndDeadEntriesBounded() throws Exception {
        int[] pages = range(0, 40);
        build(pages);
        for (int edit = 0; edit < 60; edit++) {
            pages[edit % 40] = 1000 + edit; // the page's text changed: a new key
            assertEquals(39, build(pages));
            assertTrue(packs().size() <= 4, packs().size() + " packs");
            assertTrue(MarkdownStore.entries(dir) <= 2 * 40, MarkdownStore.entries(dir) + " entries");
        }
    }

    @Test
    void aDamagedEntryIsAMissAndItsNeighboursStillHit() throws Exception {
        build(0, 1, 2);
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[(int) recordOffset(pack, 1) + 36 + 5] ^= 0x20; // a bit in the second record's HTML
        Files.write(pack, bytes);
        MarkdownStore store = new MarkdownStore(dir);
        assertEquals(Optional.of(body(0)), store.get(key(0)));
        assertEquals(Optional.empty(), store.get(key(1)));
        assertEquals(Optional.of(body(2)), store.get(key(2)));
    }

    @Test
    void aTruncatedPackIsIgnoredAndDeleted() throws Exception {
        build(0, 1, 2);
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        assertEquals(0, build(0, 1, 2));
        assertFalse(Files.exists(pack));
        assertEquals(3, build(0, 1, 2));
    }

    @Test
    void aPackOfAnotherFormatOrGarbageNamedLikeAPackIsIgnoredAndDeleted() throws Exception {
        build(0, 1);
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        ByteBuffer.wrap(bytes).putInt(4, MarkdownPack.FORMAT + 1);
        Files.write(pack, bytes);
        Path garbage = Files.write(dir.resolve("pack-0-0.cmp"), "not a pack at all, though long enough".getBytes());
        assertEquals(0, build(0, 1));
        assertFalse(Files.exists(pack));
        assertFalse(Files.exists(garbage));
    }

    @Test
    void staleTemporaryFilesAndOldPerPageEntriesAreDeletedButFreshTemporaryFilesStay() throws Exception {
        Files.createDirectories(dir);
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = Files.write(dir.resolve("pack-00000000-1.tmp"), new byte[100]);
        Files.setLastModifiedTime(stale, twoHoursAgo);
        Path oldTemp = Files.write(dir.resolve(".tmp-123"), new byte[10]);
        Files.setLastModifiedTime(oldTemp, twoHoursAgo);
        Path fresh = Files.write(dir.resolve("pack-00000000-2.tmp"), new byte[100]); // another cairn's, in progress
        Path oldEntry = Files.write(dir.resolve("ab".repeat(32)), new byte[40]);
        assertEquals(0, build(0, 1));
        assertEquals(2, build(0, 1));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(oldTemp));
        assertFalse(Files.exists(oldEntry));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void aPackDeletedWhileAStoreReadsItGivesTheRightPageOrAMiss() throws Exception {
        build(range(0, 4));
        MarkdownStore reader = new MarkdownStore(dir);
        assertEquals(Optional.of(body(0)), reader.get(key(0)));
        build(range(10, 14)); // another process: uses none of them, so deletes the pack
        for (int page = 1; page < 4; page++) {
            Optional<RenderedMarkdown> got = reader.get(key(page));
            assertTrue(got.isEmpty() || got.get().equals(body(page)));
        }
        reader.flush(true);
        assertEquals(4, build(range(10, 14)));
    }

    @Test
    void twoStoresWritingAtOnceLeaveEveryPageReadable() throws Exception {
        MarkdownStore a = new MarkdownStore(dir);
        MarkdownStore b = new MarkdownStore(dir);
        for (int page = 0; page < 30; page++) {
            a.get(key(page));
            b.get(key(page + 15));
            a.put(key(page), body(page));
            b.put(key(page + 15), body(page + 15));
        }
        a.flush(true);
        b.flush(true);
        assertEquals(45, build(range(0, 45)));
    }

    @Test
    void putsFromManyThreadsAllLand() throws Exception {
        MarkdownStore store = new MarkdownStore(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t * 250;
                done.add(pool.submit(() -> {
                    for (int page = from; page < from + 250; page++) {
                        store.put(key(page), body(page));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        store.flush(true);
        assertEquals(1000, build(range(0, 1000)));
    }

    @Test
    void aBuildThatStopsEarlyKeepsWhatItRenderedAndRetiresNothing() throws Exception {
        build(range(0, 10));
        MarkdownStore store = new MarkdownStore(dir);
        store.get(key(0));
        store.put(key(20), body(20));
        store.flush(false);
        assertEquals(2, packs().size());
        assertEquals(11, build(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20));
    }
}
