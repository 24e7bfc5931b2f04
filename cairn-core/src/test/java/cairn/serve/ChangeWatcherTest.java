package cairn.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeWatcherTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path site;

    @Test
    void reportsFilesInDirectoriesCreatedAfterItStarted() throws Exception {
        Files.createDirectories(site.resolve("content"));
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (ChangeWatcher ignored = ChangeWatcher.start(site, Duration.ofMillis(20), batches::add)) {
            Path nested = site.resolve("content/pages/07-new");
            Files.createDirectories(nested);
            Files.writeString(nested.resolve("00-x.md"), "title: X\n");
            Path file = nested.resolve("00-x.md").toAbsolutePath();
            Set<Path> seen = new HashSet<>();
            while (!seen.contains(file)) {
                Set<Path> batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(batch, "no change reported; saw " + seen);
                seen.addAll(batch);
            }
        }
    }

    @Test
    void changesMadeDuringARebuildArriveTogetherInTheNextBatch() throws Exception {
        Files.createDirectories(site.resolve("content"));
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (ChangeWatcher ignored = ChangeWatcher.start(site, Duration.ofMillis(50), batch -> {
            batches.add(batch);
            firstBatchRunning.countDown();
            try {
                releaseFirst.await(); // a slow rebuild
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            Files.writeString(site.resolve("content/first.md"), "x");
            assertTrue(firstBatchRunning.await(WAIT_SECONDS, TimeUnit.SECONDS));
            List<Path> burst = List.of(site.resolve("content/a.md"), site.resolve("content/b.md"),
                    site.resolve("content/c.md"), site.resolve("cairn.yaml"));
            for (Path p : burst) {
                Files.writeString(p, "saved");
            }
            releaseFirst.countDown();
            batches.take(); // the first batch
            Set<Path> next = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(next);
            assertTrue(next.containsAll(burst), "one batch for the whole burst: " + next);
        }
    }

    @Test
    void ignoresHiddenFilesEditorBackupsAndFilesOutsideTheSiteSources() throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("public"));
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (ChangeWatcher ignored = ChangeWatcher.start(site, Duration.ofMillis(20), batches::add)) {
            Files.writeString(site.resolve("content/.a.md.swp"), "x");
            Files.writeString(site.resolve("content/a.md~"), "x");
            Files.writeString(site.resolve("notes.txt"), "x");
            Files.writeString(site.resolve("public/index.html"), "x");
            Path real = site.resolve("content/a.md").toAbsolutePath();
            Files.writeString(real, "title: A\n");
            Set<Path> all = new HashSet<>();
            while (!all.contains(real)) {
                Set<Path> batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(batch);
                all.addAll(batch);
            }
            assertEquals(Set.of(real), all);
        }
    }
}
