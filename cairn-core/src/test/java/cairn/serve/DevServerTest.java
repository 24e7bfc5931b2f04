package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server answers like a static host: types, index files, 404 page, HEAD, conditional requests. */
class DevServerTest {

    @TempDir
    Path dir;

    private TestSite site;
    private DevServer server;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.of(dir, """
                -- cairn.yaml --
                title: Served
                base_url: https://example.org/guide
                -- content/pages/01-a/00-a.md --
                ---
                title: Page A
                sortorder: "0100"
                ---
                Hello [home](/index.html).
                -- content/posts/p.md --
                ---
                title: Post P
                date: 2026-01-02
                ---
                Post.
                -- static/docs/index.html --
                <!DOCTYPE html><html><body><p>docs home</p></body></html>
                -- static/img/x.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        server = DevServer.start(ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0),
                new RecordingListener());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bindsLoopbackAndServesPagesWithLocalLinksAndTheReloadScript() throws Exception {
        assertTrue(server.url().toString().startsWith("http://127.0.0.1:"), server.url().toString());
        RawHttp.Response page = RawHttp.get(server.url(), "/a.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertTrue(page.body().contains("<h1>Page A</h1>"));
        assertTrue(page.body().contains("href=\"/index.html\""), "base_url is replaced by the server's address");
        assertTrue(page.body().contains("<script src=\"" + LiveReload.SCRIPT_URL + "\" defer></script></body>"),
                page.body());
        RawHttp.Response script = RawHttp.get(server.url(), LiveReload.SCRIPT_URL);
        assertEquals(200, script.status());
        assertTrue(script.body().contains("EventSource"));
    }

    @Test
    void buildOutputNeverContainsTheReloadScript() throws Exception {
        assertTrue(RawHttp.get(server.url(), "/").body().contains(LiveReload.SCRIPT_URL), "serve adds it");
        site.build();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(f).contains(LiveReload.SCRIPT_URL), f.toString());
            }
        }
    }

    @Test
    void directoriesServeTheirIndexAndRedirectWithoutTrailingSlash() throws Exception {
        assertTrue(RawHttp.get(server.url(), "/").body().contains("Served"));
        assertTrue(RawHttp.get(server.url(), "/docs/").body().contains("docs home"));
        RawHttp.Response redirect = RawHttp.get(server.url(), "/docs");
        assertEquals(301, redirect.status());
        assertEquals("/docs/", redirect.header("Location"));
    }

    @Test
    void contentTypesFollowTheExtension() throws Exception {
        assertEquals("image/svg+xml", RawHttp.get(server.url(), "/img/x.svg").header("Content-Type"));
        assertEquals("text/css; charset=utf-8", RawHttp.get(server.url(), "/theme/cairn.css").header("Content-Type"));
        assertEquals("text/html; charset=utf-8", RawHttp.get(server.url(), "/blog/p.html").header("Content-Type"));
    }

    @Test
    void filesMadeWithoutTemplatesAreServedToo() throws Exception {
        RawHttp.Response sitemap = RawHttp.get(server.url(), "/sitemap.xml");
        assertEquals(200, sitemap.status());
        assertEquals("application/xml", sitemap.header("Content-Type"));
        assertTrue(sitemap.body().contains(server.url() + "a.html"), sitemap.body());
        assertEquals(200, RawHttp.get(server.url(), "/feed.xml").status());
        assertTrue(RawHttp.get(server.url(), "/search/index.json").body().startsWith("{\"v\":2,"));
        assertTrue(RawHttp.get(server.url(), "/search/w/p.json?v=any").body().contains("\"page\":["),
                "a shard of the index, whatever the query string");
    }

    @Test
    void missingPathsGetTheSitesOwn404PageWithStatus404() throws Exception {
        RawHttp.Response missing = RawHttp.get(server.url(), "/no-such-page.html");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        RawHttp.Response get = RawHttp.get(server.url(), "/a.html");
        RawHttp.Response head = RawHttp.send(server.url(), "HEAD", "/a.html");
        assertEquals(200, head.status());
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(Integer.toString(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.header("Content-Length"));
        assertEquals("", head.body());
    }

    @Test
    void conditionalRequestsGet304() throws Exception {
        RawHttp.Response first = RawHttp.get(server.url(), "/a.html");
        String etag = first.header("ETag");
        String modified = first.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(modified);
        assertEquals(304, RawHttp.get(server.url(), "/a.html", "If-None-Match: " + etag).status());
        assertEquals(200, RawHttp.get(server.url(), "/a.html", "If-None-Match: \"other\"").status());
        assertEquals(304, RawHttp.get(server.url(), "/a.html", "If-Modified-Since: " + modified).status());
        RawHttp.Response css = RawHttp.get(server.url(), "/img/x.svg");
        assertEquals(304, RawHttp.get(server.url(), "/img/x.svg", "If-None-Match: " + css.header("ETag")).status());
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        RawHttp.Response post = RawHttp.send(server.url(), "POST", "/a.html", "Content-Length: 0");
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.header("Allow"));
    }
}
