package cairn.check;

import cairn.TestSite;
import cairn.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark, not a test (run by bench/check-external.sh): {@code cairn check --external}
 * on a site with 10,000 unique URLs spread over 200 local hosts (ports on 127.0.0.1),
 * default settings (2 requests in flight per host, 100 ms between starts to one host).
 * Prints the wall time of the whole command and what the servers saw.
 */
public final class ExternalLinksBenchmark {

    private ExternalLinksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hostCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int urlCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int pages = 100;
        ExecutorService serverThreads = Executors.newCachedThreadPool();
        List<LocalHost> hosts = new ArrayList<>();
        Path dir = Files.createTempDirectory("cairn-bench");
        try {
            for (int i = 0; i < hostCount; i++) {
                hosts.add(new LocalHost(serverThreads).fallback((ex, n) -> LocalHost.Reply.of(200)));
            }
            TestSite site = TestSite.of(dir, "");
            StringBuilder[] bodies = new StringBuilder[pages];
            for (int p = 0; p < pages; p++) {
                bodies[p] = new StringBuilder("title: Page " + p + "\nsortorder: 01" + String.format("%02d", p)
                        + "\nmeta: m\n\n");
            }
            for (int u = 0; u < urlCount; u++) {
                bodies[u % pages].append("* [link ").append(u).append("](")
                        .append(hosts.get(u % hostCount).url("/u/" + u)).append(")\n");
            }
            for (int p = 0; p < pages; p++) {
                site.write("content/pages/01-links/" + String.format("%03d", p) + "-page-" + p + ".md", bodies[p].toString());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err))
                    .execute("check", "--external", "--only", "external", "--source", dir.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            int requests = hosts.stream().mapToInt(h -> h.log().size()).sum();
            int maxInFlight = hosts.stream().mapToInt(LocalHost::maxInFlight).max().orElse(0);
            System.out.print(out);
            System.out.print(err);
            System.out.printf(Locale.ROOT, "%d unique URLs on %d hosts: %.1f s wall time (exit %d), %d requests,"
                    + " at most %d in flight to one host%n", urlCount, hostCount, seconds, code, requests, maxInFlight);
        } finally {
            hosts.forEach(LocalHost::close);
            serverThreads.shutdownNow();
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
