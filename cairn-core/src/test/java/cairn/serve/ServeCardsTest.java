package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cairn serve} draws a page's social card when it is asked for, as the build would write it. */
class ServeCardsTest {

    @TempDir
    Path dir;

    @Test
    void aCardIsServedAsAPngAndAnUnknownCardIsNotFound() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- cairn.yaml --
                title: Guide
                base_url: https://example.org
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Page a.
                """);
        try (DevServer server = DevServer.start(ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0),
                new RecordingListener())) {
            RawHttp.Response card = RawHttp.get(server.url(), "/cards/a.png");
            assertEquals(200, card.status());
            assertTrue(card.header("Content-Type").startsWith("image/png"), card.header("Content-Type"));
            assertTrue(card.body().startsWith("PNG", 1), "a PNG signature");
            assertEquals(404, RawHttp.get(server.url(), "/cards/nope.png").status());
        }
    }
}
