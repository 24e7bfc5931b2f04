package cairn.content;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaseUrlTest {

    private static final String PAGE = "-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: \"0100\"\n\n"
            + "[b](/b.html)\n"
            + "-- content/pages/01-a/01-b.md --\ntitle: B\nsortorder: \"0101\"\n\nB.\n";

    @TempDir
    Path dir;

    @Test
    void aBlankOrMissingBaseUrlIsNotSet() {
        for (String raw : new String[] {null, "", "   ", "/", "//"}) {
            BaseUrl url = BaseUrl.of(raw);
            assertSame(BaseUrl.NONE, url, String.valueOf(raw));
            assertFalse(url.isSet());
            assertEquals("", url.path());
            assertEquals("", url.toString(), "templates get an empty site.baseUrl");
        }
    }

    @Test
    void keepsTheUrlWithoutTrailingSlashesAndItsPathForSiteLinks() {
        BaseUrl url = BaseUrl.of("  https://example.org/guide//  ");
        assertTrue(url.isSet());
        assertEquals("https://example.org/guide", url.url());
        assertEquals("/guide", url.path());
        assertEquals("https://example.org", url.origin());
        assertEquals("https://example.org/guide/a.html", url.absolute("/a.html"));
        assertEquals("https://example.org/guide", url.toString());
    }

    @Test
    void aDomainRootHasAnEmptyPath() {
        BaseUrl url = BaseUrl.of("https://example.org/");
        assertEquals("https://example.org", url.url());
        assertEquals("", url.path());
        assertEquals("https://example.org", url.origin());
        assertEquals("https://example.org/sitemap.xml", url.absolute("/sitemap.xml"));
    }

    @Test
    void aUrlThatIsNotAUriIsKeptAsWrittenWithAnEmptyPath() {
        BaseUrl url = BaseUrl.of("https://example.org/a guide");
        assertTrue(url.isSet());
        assertEquals("https://example.org/a guide", url.url());
        assertEquals("", url.path());
    }

    @Test
    void theConfigurationAndTheCommandLineGiveTheSameValue() {
        assertEquals(BaseUrl.of("https://example.org/docs/"),
                SiteConfig.defaults().withBaseUrl("https://example.org/docs").baseUrl());
    }

    @Test
    void onlyAnAbsoluteHttpUrlCanBeWhereTheSiteIsPublished() {
        for (String ok : new String[] {"", " ", "/", "https://example.org", "http://localhost:8080/guide/",
                "HTTPS://Example.org/a?b=c"}) {
            assertEquals(Optional.empty(), BaseUrl.problem(ok), ok);
        }
        assertEquals(Optional.of("must be an absolute http(s) URL such as https://example.org/guide, "
                + "not \"example.org/guide/\""), BaseUrl.problem(" example.org/guide/ "), "the value as written");
        for (String bad : new String[] {"/guide", "ftp://example.org", "https://", "https:///guide",
                "https://example.org/a guide", "//example.org"}) {
            assertTrue(BaseUrl.problem(bad).isPresent(), bad);
        }
    }

    @Test
    void aBaseUrlWithoutSchemeFailsTheBuildAtItsLineInsteadOfWritingRelativeLinks() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: T\nbase_url: example.org/guide\n" + PAGE);
        assertEquals(List.of("error: cairn.yaml:2:1: base_url must be an absolute http(s) URL such as "
                + "https://example.org/guide, not \"example.org/guide\""), TestSite.lines(s.buildErrors()));
        assertFalse(Files.exists(s.output()));
    }

    @Test
    void aBaseUrlOptionWithoutSchemeIsAUsageError() throws Exception {
        TestSite s = TestSite.of(dir, PAGE);
        for (String command : new String[] {"build", "check"}) {
            TestSite.Run run = TestSite.run(command, "--source", s.root().toString(), "--base-url", "example.org");
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("--base-url must be an absolute http(s) URL"), run.err());
        }
        TestSite.Run run = TestSite.run("build", "--source", s.root().toString(), "--base-url",
                "https://example.org/g");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(s.read("a.html").contains("href=\"/g/b.html\""), "the path prefixes site links");
    }
}
