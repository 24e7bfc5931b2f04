package cairn.serve;

import cairn.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn serve} shows a site that has problems instead of refusing it: every page
 * that can be made is served (200) with its problems in a banner, a page that cannot be
 * made is an error page, and {@code --strict} refuses the site as {@code build} does.
 */
class ServePreviewTest {

    private static final String SITE = """
            -- content/pages/01-a/00-alpha.md --
            ---
            title: Alpha
            sortorder: "0100"
            meta: The first page.
            ---
            Read [the missing page](/missing.html) and [beta](/beta.html).
            -- content/pages/01-a/01-beta.md --
            ---
            title: Beta
            sortorder: "0101"
            meta: The second page.
            ---
            Back to [alpha](/alpha.html#nowhere).
            -- content/pages/01-a/02-gamma.md --
            ---
            title: "Gamma
            ---
            Never shown.
            """;

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
    void pagesWithBrokenLinksAreServedWithTheirProblemsInABanner() throws Exception {
        RecordingListener listener = new RecordingListener();
        server = DevServer.start(options(), listener);
        assertEquals(1, listener.builds.size(), "a site with problems is still a build that is served");
        assertTrue(listener.failures.isEmpty());

        RawHttp.Response alpha = RawHttp.get(server.url(), "/alpha.html");
        assertEquals(200, alpha.status());
        assertTrue(alpha.text().contains("<h1>Alpha</h1>"), alpha.text());
        String banner = banner(alpha.text());
        assertTrue(banner.contains("cairn: 3 errors"), banner);
        assertTrue(banner.contains("· 1 on this page"), banner);
        assertTrue(banner.contains("<a href=\"/alpha.html\" style=\"color:inherit;text-decoration:underline\">"
                + "content/pages/01-a/00-alpha.md:6:25</a>: broken link \"/missing.html\""), banner);
        assertTrue(banner.contains("<a href=\"/beta.html\" style=\"color:inherit;text-decoration:underline\">"
                + "content/pages/01-a/01-beta.md:6:17</a>: broken anchor \"#nowhere\""), banner);
        assertTrue(banner.indexOf("00-alpha.md:6:25") < banner.indexOf("01-beta.md:6:17"),
                "the page's own problems come first");
        assertTrue(banner.contains("data-cairn-dismiss"), "the banner can be dismissed");

        RawHttp.Response beta = RawHttp.get(server.url(), "/beta.html");
        assertEquals(200, beta.status());
        assertTrue(banner(beta.text()).indexOf("01-beta.md:6:17") < banner(beta.text()).indexOf("00-alpha.md:6:25"));
        assertEquals(200, RawHttp.get(server.url(), "/table-of-contents.html").status());
    }

    @Test
    void aPageWhoseFrontMatterCannotBeReadIsAnErrorPageAndTheOthersAreServed() throws Exception {
        server = DevServer.start(options(), new RecordingListener());
        RawHttp.Response gamma = RawHttp.get(server.url(), "/gamma.html");
        assertEquals(500, gamma.status());
        assertTrue(gamma.text().contains("this page cannot be made"), gamma.text());
        assertTrue(gamma.text().contains("content/pages/01-a/02-gamma.md:2:8: invalid YAML: quoted value starting at 2:8"
                + " is never closed"), gamma.text());
        assertFalse(gamma.text().contains("<h1>"), "no page content to show");
        assertEquals(200, RawHttp.get(server.url(), "/alpha.html").status());
        assertEquals(404, RawHttp.get(server.url(), "/delta.html").status(), "unknown addresses are still 404");
    }

    @Test
    void strictServesNothingUntilTheErrorsAreFixedAndSaysThereIsNoEarlierBuild() throws Exception {
        RecordingListener listener = new RecordingListener();
        server = DevServer.start(options().withStrict(true), listener);
        assertTrue(listener.builds.isEmpty());
        assertEquals(1, listener.failures.size());
        assertEquals(java.util.List.of(false), listener.stillServing, "there never was a good build to fall back on");
        RawHttp.Response alpha = RawHttp.get(server.url(), "/alpha.html");
        assertEquals(500, alpha.status());
        assertTrue(alpha.text().contains("cairn-error-overlay"), alpha.text());
        assertFalse(alpha.text().contains("<h1>Alpha</h1>"));
    }

    @Test
    void aSiteWithoutProblemsHasNoBanner() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-alpha.md --
                ---
                title: Alpha
                meta: The first page.
                ---
                Fine.
                """);
        server = DevServer.start(ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0),
                new RecordingListener());
        RawHttp.Response alpha = RawHttp.get(server.url(), "/alpha.html");
        assertEquals(200, alpha.status());
        assertFalse(alpha.text().contains("cairn-problems"), alpha.text());
    }

    private ServeOptions options() throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        return ServeOptions.of(site.root(), InetAddress.getLoopbackAddress(), 0);
    }

    private static String banner(String html) {
        int at = html.indexOf("<div id=\"cairn-problems\"");
        assertTrue(at >= 0, html);
        return html.substring(at);
    }
}
