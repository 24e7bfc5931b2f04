package cairn.content;

import cairn.Diagnostic;
import cairn.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalSettingsTest {

    @TempDir
    Path site;

    private SiteConfig load(String yaml, Diagnostics diagnostics) throws IOException {
        Files.writeString(site.resolve(SiteConfig.FILE_NAME), yaml);
        return SiteConfig.load(site, diagnostics);
    }

    @Test
    void readsEverySettingAsTheConfigurationWritesIt() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ExternalSettings s = load("""
                links:
                  external:
                    per_host: 3
                    hosts: { GitHub.com: 5 }
                    delay_ms: 0
                    timeout: 4
                    retries: 1
                    accept: [999]
                    warn: [403, 429]
                    cache_days: 1
                    skip: ["https://www.linkedin.com/*", "*://localhost*"]
                """, diagnostics).external();
        assertEquals(List.of(), diagnostics.all());
        assertEquals(3, s.limitFor("example.com", 443));
        assertEquals(5, s.limitFor("github.com", 443));
        assertEquals(4, s.timeout().toSeconds());
        assertEquals(1, s.retries());
        assertTrue(s.accept().contains(999));
        assertEquals(Set.of(403, 429), s.warn());
        assertEquals(1, s.cacheTtl().toDays());
        assertTrue(s.skips("https://www.linkedin.com/in/someone"));
        assertTrue(s.skips("http://localhost:8000/x"));
        assertFalse(s.skips("https://linkedin.com/in/someone"));
    }

    @Test
    void aBadValueIsAConfigErrorAtItsSectionAndKeepsTheDefault() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ExternalSettings s = load("title: T\nlinks:\n  external:\n    per_host: zero\n    warn: [403, teapot]\n",
                diagnostics).external();
        assertEquals(List.of("error: cairn.yaml:3:3: links.external.per_host must be a whole number >= 1, not \"zero\"",
                "error: cairn.yaml:3:3: links.external.warn must be a whole number >= 100, not \"teapot\""),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
        assertEquals(ExternalSettings.defaults().perHost(), s.perHost());
        assertEquals(Set.of(403), s.warn());
    }

    @Test
    void aBadExternalSettingFailsTheBuildWithItsPositionNotOnlyCheckExternal() throws IOException {
        cairn.TestSite s = cairn.TestSite.of(site.resolve("built"), "-- cairn.yaml --\ntitle: T\nlinks:\n  external:\n"
                + "    timeout: soon\n-- content/pages/01-a/01-one.md --\ntitle: One\n\nText.\n");
        assertEquals(List.of("error: cairn.yaml:3:3: links.external.timeout must be a whole number >= 1, not \"soon\""),
                cairn.TestSite.lines(s.buildErrors()));
    }

    @Test
    void noExternalSectionGivesTheDefaults() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(ExternalSettings.defaults(), load("title: T\nlinks:\n  internal: warn\n", diagnostics).external());
        assertEquals(List.of(), diagnostics.all());
    }
}
