package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn serve} with eight clients fetching pages as fast as they can while a page's
 * title is saved again and again: no failed or malformed response, no page that mixes two
 * versions, none older than a reload event the clients had already seen, and afterwards
 * the live heap and the open file descriptors back where they were. The saves are paced
 * by the reload events, not by sleeps. (The full-size run, 50 connections on 2,000 pages,
 * is bench/serve-load.sh.)
 */
@Timeout(300)
class ServeUnderLoadTest {

    private static final int PAGES = 24;
    private static final int CLIENTS = 8;
    private static final int SAVES = 12;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern VERSION = Pattern.compile("Alpha v(\\d+)");
    private static final String ALPHA = "content/pages/01-all/00-alpha.md";

    @TempDir
    Path dir;

    /** One response as a client saw it: when its request started, and what it showed. */
    private record Sample(long started, String path, int status, Set<Integer> versions, String problem) {
    }

    @Test
    void manyClientsDuringRepeatedSavesGetWholeFreshPagesAndNothingLeaks() throws Exception {
        TestSite site = TestSite.of(dir, "");
        site.write(ALPHA, alpha(0));
        List<String> paths = new ArrayList<>(List.of("/alpha.html", "/table-of-contents.html", "/index.html"));
        for (int i = 1; i < PAGES; i++) {
            site.write(String.format("content/pages/01-all/%02d-page-%d.md", i, i), "---\ntitle: Page " + i
                    + "\nsortorder: \"01" + String.format("%02d", i) + "\"\nmeta: Page " + i + ".\n---\nSee [alpha](/alpha.html).\n");
            paths.add("/page-" + i + ".html");
        }
        try (DevServer server = DevServer.start(ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0),
                new RecordingListener()); EventStream events = new EventStream(server.url())) {
            assertEquals("hello", events.next(WAIT).type());
            // warm up: every page rendered and one rebuild done, so caches are at their steady size
            save(site, 1);
            events.next("reload", WAIT);
            for (String p : paths) {
                assertEquals(Set.of(1), sample(server, p).versions(), p);
            }
            long heapBefore = liveHeap();
            long fdsBefore = openFiles();

            List<Sample> samples = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                Thread t = new Thread(() -> {
                    for (int i = first; !stop.get(); i++) {
                        samples.add(sample(server, paths.get(i % paths.size())));
                    }
                }, "load-client-" + c);
                clients.add(t);
                t.start();
            }
            long[] seen = new long[SAVES + 2]; // seen[v]: when the reload event after saving version v arrived
            for (int v = 2; v < SAVES + 2; v++) {
                save(site, v);
                events.next("reload", WAIT);
                seen[v] = System.nanoTime();
            }
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }

            List<String> wrong = new ArrayList<>();
            for (Sample s : samples) {
                int newest = 1;
                for (int v = 2; v < seen.length; v++) {
                    if (seen[v] < s.started()) {
                        newest = v;
                    }
                }
                if (s.status() != 200 || !s.problem().isEmpty()) {
                    wrong.add(s.path() + ": " + s.status() + " " + s.problem());
                } else if (s.versions().size() != 1) {
                    wrong.add(s.path() + " mixes versions " + s.versions());
                } else if (s.versions().iterator().next() < newest) {
                    wrong.add(s.path() + " shows version " + s.versions() + " after the reload of version " + newest);
                }
            }
            assertEquals(List.of(), wrong, samples.size() + " responses");
            assertTrue(samples.size() >= CLIENTS * SAVES, "too few responses to mean anything: " + samples.size());
            assertEquals(Set.of(SAVES + 1), sample(server, "/page-3.html").versions());

            long heapAfter = liveHeap();
            assertTrue(heapAfter <= heapBefore * 1.10, "live heap " + heapBefore / 1024 + " KiB before, "
                    + heapAfter / 1024 + " KiB after " + samples.size() + " responses");
            long fdsAfter = openFiles();
            // a few just-closed connections may still await the selector's deregistration
            assertTrue(fdsAfter <= fdsBefore + CLIENTS, "open files " + fdsBefore + " before, " + fdsAfter + " after");
        }
    }

    private static String alpha(int version) {
        return "---\ntitle: Alpha v" + version + "\nsortorder: \"0100\"\nmeta: The first page.\n---\nRead"
                + " [page 1](/page-1.html).\n";
    }

    /** Saves as careful editors do: a hidden temporary file, then a rename over the old one. */
    private static void save(TestSite site, int version) throws IOException {
        Path file = site.root().resolve(ALPHA);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, alpha(version), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Sample sample(DevServer server, String path) {
        long started = System.nanoTime();
        try {
            RawHttp.Response r = RawHttp.get(server.url(), path);
            String body = r.body();
            String length = r.header("Content-Length");
            String problem = "";
            if (length != null && Integer.parseInt(length) != body.getBytes(StandardCharsets.UTF_8).length) {
                problem = "Content-Length " + length + " but " + body.getBytes(StandardCharsets.UTF_8).length + " bytes";
            } else if (!body.strip().endsWith("</html>")) {
                problem = "not a whole page";
            }
            Set<Integer> versions = new TreeSet<>();
            Matcher m = VERSION.matcher(body);
            while (m.find()) {
                versions.add(Integer.parseInt(m.group(1)));
            }
            return new Sample(started, path, r.status(), versions, problem);
        } catch (IOException | RuntimeException e) {
            return new Sample(started, path, -1, Set.of(), String.valueOf(e));
        }
    }

    /** Bytes of heap in use after full collections (the least of three: what is really live). */
    private static long liveHeap() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static long openFiles() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0; // not Linux: nothing to count
        }
        try (var list = Files.list(fds)) {
            return list.count();
        }
    }
}
