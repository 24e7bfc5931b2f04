package cairn.serve;

import cairn.TestSite;
import cairn.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The author's loop through the real command line: {@code cairn serve --port 0}, a
 * browser-like client that reads the reload events, and edits to the site's files.
 */
class ServeEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String A = "content/pages/01-basics/00-alpha.md";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Thread serve;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.interrupt();
            serve.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @Test
    void editsReachEveryPageThatShowsThemErrorsShowInThePageAndDeletedPagesLeaveTheToc() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-basics/00-alpha.md --
                ---
                title: Alpha
                sortorder: "0100"
                meta: The first page.
                ---
                Read [beta](/beta.html).
                -- content/pages/01-basics/01-beta.md --
                ---
                title: Beta
                sortorder: "0101"
                meta: The second page.
                ---
                Back to [alpha](/alpha.html).
                -- content/pages/01-basics/02-gamma.md --
                ---
                title: Gamma
                sortorder: "0102"
                meta: The third page.
                ---
                See [alpha](/alpha.html).
                """);
        ServeRun run = startServe(site.root());
        try (EventStream events = new EventStream(run.url)) {
            assertEquals("hello", events.next(WAIT).type());
            assertTrue(get(run.url, "/alpha.html").body().contains("<h1>Alpha</h1>"));
            assertTrue(sidebar(get(run.url, "/beta.html").body()).contains(">Alpha<"));

            writeAtomically(site.root().resolve(A), page("Alpha Renamed"));
            events.next("reload", WAIT);
            assertTrue(get(run.url, "/alpha.html").body().contains("<h1>Alpha Renamed</h1>"));
            String beta = get(run.url, "/beta.html").body();
            assertTrue(sidebar(beta).contains(">Alpha Renamed<"), beta);
            assertFalse(beta.contains(">Alpha<"), "the old title is gone from the sidebar");
            assertTrue(get(run.url, "/table-of-contents.html").body().contains("Alpha Renamed"));

            writeAtomically(site.root().resolve(A), "---\ntitle: [oops\n---\nbody\n");
            events.next("reload", WAIT);
            HttpResponse<String> others = get(run.url, "/beta.html");
            assertEquals(200, others.statusCode(), "the pages that can be made are still served");
            assertTrue(others.body().contains("cairn-problems"), others.body());
            assertTrue(others.body().contains(A + ":2:8</a>: invalid YAML"), others.body());
            HttpResponse<String> broken = get(run.url, "/alpha.html");
            assertEquals(500, broken.statusCode(), "the page whose front matter cannot be read is an error page");
            assertTrue(broken.body().contains("cairn-error-overlay"), broken.body());
            assertTrue(broken.body().contains(A + ":2:8: invalid YAML"), broken.body());
            assertTrue(run.err().contains(A + ":2:8"), run.err());

            writeAtomically(site.root().resolve(A), page("Alpha Fixed"));
            events.next("reload", WAIT);
            String fixed = get(run.url, "/beta.html").body();
            assertFalse(fixed.contains("cairn-error-overlay"), fixed);
            assertFalse(fixed.contains("cairn-problems"), fixed);
            assertTrue(sidebar(fixed).contains(">Alpha Fixed<"), fixed);

            assertTrue(get(run.url, "/table-of-contents.html").body().contains("/gamma.html"));
            Files.delete(site.root().resolve("content/pages/01-basics/02-gamma.md"));
            events.next("reload", WAIT);
            String toc = get(run.url, "/table-of-contents.html").body();
            assertFalse(toc.contains("/gamma.html"), toc);
            assertFalse(sidebar(get(run.url, "/alpha.html").body()).contains("Gamma"));
            HttpResponse<String> gone = get(run.url, "/gamma.html");
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("Page not found"), gone.body());
        }
        serve.interrupt();
        serve.join(TimeUnit.SECONDS.toMillis(30));
        assertEquals(0, run.exitCode.get(), run.err());
        assertTrue(run.out.toString().contains("Stopped."), run.out.toString());
        assertFalse(Files.exists(site.root().resolve("public")), "serve never writes public/");
    }

    @Test
    void portInUseIsAClearUsageError() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Hello.
                """);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            TestSite.Run run = TestSite.run("serve", "--source", site.root().toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
                    run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    private static String page(String title) {
        return "---\ntitle: " + title + "\nsortorder: \"0100\"\nmeta: The first page.\n---\nRead [beta](/beta.html).\n";
    }

    /** Writes as careful editors do: a hidden temporary file, then a rename over the old one. */
    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String sidebar(String html) {
        int start = html.indexOf("<nav class=\"sidebar-nav\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</nav>", start));
    }

    private HttpResponse<String> get(URI url, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code cairn serve} running in-process on a thread, its output readable as it is written. */
    private static final class ServeRun {
        final StringWriter out = new StringWriter();
        final LineWriter err = new LineWriter();
        final AtomicInteger exitCode = new AtomicInteger(-1);
        URI url;

        String err() {
            return err.text();
        }
    }

    private ServeRun startServe(Path source) throws InterruptedException {
        ServeRun run = new ServeRun();
        LineWriter out = new LineWriter();
        serve = new Thread(() -> run.exitCode.set(Cli.commandLine(new PrintWriter(new TeeWriter(out, run.out), true),
                new PrintWriter(run.err, true)).execute("serve", "--source", source.toString(), "--port", "0")),
                "test-serve");
        serve.start();
        Pattern serving = Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (run.url == null) {
            String line = out.lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("serve did not start: " + run.err());
            }
            Matcher m = serving.matcher(line);
            if (m.find()) {
                run.url = URI.create(m.group(1));
            }
        }
        return run;
    }

    /** Collects what is written and queues each complete line. */
    private static final class LineWriter extends Writer {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder all = new StringBuilder();
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                all.append(buf[i]);
                if (buf[i] == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else if (buf[i] != '\r') {
                    line.append(buf[i]);
                }
            }
        }

        synchronized String text() {
            return all.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class TeeWriter extends Writer {
        private final Writer a;
        private final Writer b;

        TeeWriter(Writer a, Writer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(char[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() {
        }
    }
}
