package cairn.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cairn:serve} serves the site on 127.0.0.1 from Maven's JVM until it is stopped. */
class ServeMojoTest {

    private static final Pattern SERVING = Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)");

    @TempDir
    Path dir;

    @Test
    void servesTheSiteOnLoopbackUntilItsThreadIsStopped() throws Exception {
        Files.createDirectories(dir.resolve("content/pages"));
        Files.writeString(dir.resolve("content/pages/01-hello.md"),
                "---\ntitle: Hello from Maven\nmeta: A page.\n---\n\nServed by the goal.\n");
        CompletableFuture<String> url = new CompletableFuture<>();
        List<String> lines = new CopyOnWriteArrayList<>();
        ServeMojo mojo = new ServeMojo();
        mojo.source = dir.toFile();
        mojo.port = 0;
        mojo.bind = "127.0.0.1";
        mojo.cache = false;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                lines.add(line.toString());
                Matcher m = SERVING.matcher(line);
                if (m.matches()) {
                    url.complete(m.group(1));
                }
            }
        });
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread maven = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                failed.set(e);
            } finally {
                url.complete("not served"); // the goal ended without serving: fail below, not hang
            }
        }, "maven-serve-goal");
        maven.start();

        String base = url.get(60, TimeUnit.SECONDS);
        assertTrue(base.startsWith("http://127.0.0.1:"), base + " " + lines + " " + failed.get());
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "hello.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Hello from Maven"), page.body());
        assertTrue(page.body().contains("Served by the goal."));
        assertTrue(maven.isAlive(), "the goal keeps serving");

        maven.interrupt(); // what stopping the goal's thread does; Ctrl-C ends Maven's JVM instead
        maven.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(maven.isAlive());
        assertNull(failed.get());
        assertTrue(lines.contains("Stopped."), lines.toString());
    }
}
