package cairn.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cairn serve LIST.md}: a one-file guide is served, and saving the file rebuilds it. */
class ServeOneFileTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private DevServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheListAndRebuildsWhenItIsSaved() throws Exception {
        Path list = dir.resolve("LIST.md");
        Files.writeString(list, "# My List\n\n## Tools\n\n- [A](https://a.example/) - First tool.\n");
        RecordingListener listener = new RecordingListener();
        server = DevServer.start(ServeOptions.of(list, InetAddress.getLoopbackAddress(), 0), listener);
        RawHttp.Response tools = RawHttp.get(server.url(), "/tools.html");
        assertEquals(200, tools.status());
        assertTrue(tools.body().contains("First tool."), tools.body());
        assertTrue(RawHttp.get(server.url(), "/").body().contains("<title>My List</title>"));

        int before = listener.builds.size();
        Files.writeString(list, "# My List\n\n## Tools\n\n- [A](https://a.example/) - Edited tool.\n");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (listener.builds.size() == before && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // polls the condition; the watcher reports through the listener
        }
        assertTrue(listener.builds.size() > before, "rebuilt after the save");
        assertTrue(RawHttp.get(server.url(), "/tools.html").body().contains("Edited tool."));
    }
}
