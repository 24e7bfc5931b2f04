package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cairn serve} keeps rendered Markdown in {@code .cairn/cache/serve}, so a restart renders only what changed. */
class ServeCacheTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Page [b](/b.html).
                -- content/pages/01-a/01-b.md --
                title: B
                sortorder: 0101

                Page b.
                """);
    }

    private RecordingListener serveOnce(ServeOptions options) throws Exception {
        RecordingListener listener = new RecordingListener();
        try (DevServer server = DevServer.start(options, listener)) {
            assertEquals(200, RawHttp.get(server.url(), "/a.html").status());
        }
        return listener;
    }

    @Test
    void aRestartedServerTakesUnchangedPagesFromItsCache() throws Exception {
        TestSite site = site();
        ServeOptions options = ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0);
        assertEquals("markdown cache: 0 cached, 2 rendered", serveOnce(options).builds.get(0).cacheStats());
        site.write("content/pages/01-a/01-b.md", "title: B\nsortorder: 0101\n\nPage b, edited.\n");
        assertEquals("markdown cache: 1 cached, 1 rendered", serveOnce(options).builds.get(0).cacheStats());
        assertEquals("markdown cache: 2 cached, 0 rendered", serveOnce(options).builds.get(0).cacheStats());
        assertFalse(Files.exists(site.root().resolve(".cairn/cache/markdown")), "a build's cache is left alone");
        assertFalse(Files.exists(site.output()), "serve never writes the output directory");
    }

    @Test
    void withoutTheCacheNothingIsReadOrWritten() throws Exception {
        TestSite site = site();
        ServeOptions options = ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0).withBuildCache(false);
        assertEquals("", serveOnce(options).builds.get(0).cacheStats());
        assertFalse(Files.exists(site.root().resolve(".cairn")));
        assertTrue(serveOnce(options).builds.get(0).pages() == 2);
    }
}
