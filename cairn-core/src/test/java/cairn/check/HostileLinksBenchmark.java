package cairn.check;

import cairn.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark, not a test (run by bench/check-hostile.sh): {@code cairn check --external} as
 * its own process (the jar, {@code -Xmx256m}) on 10,000 unique URLs, 95 % on well-behaved
 * local hosts and 5 % on three hosts of each of the twelve hostile servers of {@link HostileServersTest} (a
 * byte a second for the dripping one), default settings (10 s timeout, 2 retries).
 * Samples the checker's resident memory every second and prints the wall time, the exit
 * code, the report's counts per code, and the memory over time.
 */
public final class HostileLinksBenchmark {

    private HostileLinksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int urlCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String jar = args.length > 1 ? args[1] : "target/cairn.jar";
        int goodHosts = 190;
        int pages = 100;
        ExecutorService threads = Executors.newCachedThreadPool();
        List<AutoCloseable> servers = new ArrayList<>();
        List<LocalHost> good = new ArrayList<>();
        List<HostileServer> hostile = new ArrayList<>();
        Path dir = Files.createTempDirectory("cairn-hostile-bench");
        try {
            for (int i = 0; i < goodHosts; i++) {
                LocalHost h = new LocalHost(threads).fallback((ex, n) -> LocalHost.Reply.of(200));
                good.add(h);
                servers.add(h);
            }
            for (int copy = 0; copy < 3; copy++) { // three hosts of each kind
                for (HostileServer.Behaviour b : List.of(HostileServer.silent(), HostileServer.drip(1000),
                        HostileServer.endlessBody(), HostileServer.gzipBomb(), HostileServer.redirectLoop(),
                        HostileServer.redirectChain(51), HostileServer.redirectTo("ftp://127.0.0.1/f"),
                        HostileServer.resetMidHeaders(), HostileServer.droppedMidResponse(), HostileServer.garbage(),
                        HostileServer.tooManyRequests(999_999), HostileServer.endlessHeaders())) {
                    HostileServer s = new HostileServer(threads, b);
                    hostile.add(s);
                    servers.add(s);
                }
            }
            writeSite(dir, urlCount, pages, good, hostile);
            long start = System.nanoTime();
            run(dir, jar, urlCount, hostile.size());
            StringBuilder last = new StringBuilder("last request to each hostile server (s after the start):");
            for (HostileServer s : hostile) {
                List<HostileServer.Request> r = s.requests();
                last.append(String.format(Locale.ROOT, " %.0f", r.isEmpty() ? 0 : (r.get(r.size() - 1).at() - start) / 1e9));
            }
            System.out.println(last);
        } finally {
            for (AutoCloseable s : servers) {
                s.close();
            }
            threads.shutdownNow();
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            System.exit(0); // server threads blocked in socket writes are not interruptible
        }
    }

    /** Every 20th URL is hostile (5 %), spread over the hostile servers; the rest over the good hosts. */
    private static void writeSite(Path dir, int urlCount, int pages, List<LocalHost> good, List<HostileServer> hostile)
            throws IOException {
        TestSite site = TestSite.of(dir, "");
        StringBuilder[] bodies = new StringBuilder[pages];
        for (int p = 0; p < pages; p++) {
            bodies[p] = new StringBuilder("title: Page " + p + "\nsortorder: 01" + String.format("%02d", p)
                    + "\nmeta: m\n\n");
        }
        for (int u = 0; u < urlCount; u++) {
            String url = u % 20 == 0 ? hostile.get((u / 20) % hostile.size()).url("/u" + u + "/a/0")
                    : good.get(u % good.size()).url("/u/" + u);
            bodies[u % pages].append("* [link ").append(u).append("](").append(url).append(")\n");
        }
        for (int p = 0; p < pages; p++) {
            site.write("content/pages/01-links/" + String.format("%03d", p) + "-page-" + p + ".md", bodies[p].toString());
        }
    }

    private static void run(Path dir, String jar, int urlCount, int hostileHosts) throws Exception {
        Path report = dir.resolve("report.json");
        Path gcLog = dir.resolve("gc.log");
        Process p = new ProcessBuilder("java", "-Xmx256m", "-Xlog:gc:file=" + gcLog, "-jar", jar, "check", "--external", "--only", "external",
                "--format", "json", "--output-file", report.toString(), "--source", dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long start = System.nanoTime();
        List<long[]> samples = new ArrayList<>(); // {seconds, rss kB}
        while (!p.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
            long rss = rssKb(p.pid());
            if (rss > 0) {
                samples.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, rss});
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d URLs, %d on %d hostile hosts: %.1f s wall time, exit %d%n",
                urlCount, urlCount / 20, hostileHosts, seconds, p.exitValue());
        String json = Files.exists(report) ? Files.readString(report) : "";
        java.util.Map<String, Integer> codes = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\": ?\"([a-z-]+)\"").matcher(json);
        while (m.find()) {
            codes.merge(m.group(1), 1, Integer::sum);
        }
        System.out.println("problems by code: " + codes);
        long peak = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
        System.out.printf(Locale.ROOT, "resident memory of the checker: peak %d MB; over time (s: MB):", peak / 1024);
        int step = Math.max(1, samples.size() / 12);
        for (int i = 0; i < samples.size(); i += step) {
            System.out.printf(Locale.ROOT, " %d: %d", samples.get(i)[0], samples.get(i)[1] / 1024);
        }
        System.out.println();
        // the live heap: occupancy after each collection ("Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(256M)")
        List<String> afterGc = new ArrayList<>();
        java.util.regex.Pattern gc = java.util.regex.Pattern.compile("\\[([0-9.]+)s\\].*->([0-9]+)M\\(");
        for (String line : Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.<String>of()) {
            java.util.regex.Matcher g = gc.matcher(line);
            if (g.find()) {
                afterGc.add(String.format(Locale.ROOT, "%.0f: %s", Double.parseDouble(g.group(1)), g.group(2)));
            }
        }
        int every = Math.max(1, afterGc.size() / 12);
        StringBuilder heap = new StringBuilder("heap after GC (s: MB), " + afterGc.size() + " collections:");
        for (int i = 0; i < afterGc.size(); i += every) {
            heap.append(' ').append(afterGc.get(i));
        }
        if (!afterGc.isEmpty()) {
            heap.append(" … ").append(afterGc.get(afterGc.size() - 1));
        }
        System.out.println(heap);
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
        return 0;
    }
}
