package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server hands out the site's files and nothing else, however the path is spelled. */
class PathTraversalTest {

    private static final String SECRET = "TOP-SECRET-42";

    @TempDir
    Path dir;

    private DevServer server;
    private Path secret;

    @BeforeEach
    void start() throws Exception {
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(dir.resolve("cairn.yaml"), SECRET);
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Hello.
                -- static/files/public.txt --
                public file
                """);
        Files.createSymbolicLink(site.root().resolve("static/files/leak.txt"), secret);
        Files.createSymbolicLink(site.root().resolve("static/outside"), dir);
        Files.writeString(site.root().resolve("CNAME"), "guide.example.org\n");
        Files.createSymbolicLink(site.root().resolve("static/CNAME"), site.root().resolve("CNAME"));
        server = DevServer.start(ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0),
                new RecordingListener());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFilesInsideTheSite() throws Exception {
        RawHttp.Response ok = RawHttp.get(server.url(), "/files/public.txt");
        assertEquals(200, ok.status());
        assertTrue(ok.body().contains("public file"));
    }

    @Test
    void servesALinkToAFileInsideTheSiteAsTheBuildCopiesIt() throws Exception {
        RawHttp.Response ok = RawHttp.get(server.url(), "/CNAME");
        assertEquals(200, ok.status());
        assertEquals("guide.example.org\n", ok.body());
    }

    @Test
    void traversalAttemptsGet400Or404AndNeverAFileFromOutside() throws Exception {
        String abs = secret.toAbsolutePath().toString();
        List<String> attacks = List.of(
                "/../secret.txt", "/../../secret.txt", "/files/../../secret.txt", "/..",
                "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                "/files/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt",
                "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/files/%252e%252e/%252e%252e/secret.txt",
                "/..\\secret.txt", "/files\\..\\..\\secret.txt", "/%5c..%5csecret.txt", "/..%5csecret.txt",
                "/files/..%5c..%5csecret.txt",
                "/%c0%ae%c0%ae/secret.txt", "/%00../secret.txt", "/secret.txt%00.html",
                "/" + abs, "//" + abs, abs, "/cairn.yaml", "/../cairn.yaml",
                "/files/leak.txt", "/outside/secret.txt", "/outside/cairn.yaml");
        List<String> leaks = new ArrayList<>();
        for (String attack : attacks) {
            RawHttp.Response r = RawHttp.get(server.url(), attack);
            if (r.text().contains(SECRET)) {
                leaks.add(attack + " leaked the secret");
            }
            if (r.status() != 400 && r.status() != 404) {
                leaks.add(attack + " answered " + r.status());
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void dotSegmentsAreRefusedWithBadRequest() throws Exception {
        assertEquals(400, RawHttp.get(server.url(), "/../secret.txt").status());
        assertEquals(400, RawHttp.get(server.url(), "/%2e%2e/secret.txt").status());
        assertEquals(400, RawHttp.get(server.url(), "/..%5csecret.txt").status());
        assertEquals(404, RawHttp.get(server.url(), "/%252e%252e/secret.txt").status(),
                "decoded once, %2e%2e is a file name the site does not have");
    }
}
