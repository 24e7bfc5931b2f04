package cairn.check;

import cairn.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalSettingsTest {

    private static ExternalSettings read(Map<String, Object> external, List<Diagnostic> problems) {
        return ExternalSettings.from(Map.of("links", Map.of("external", external)), problems);
    }

    @Test
    void readsEverySettingAsTheConfigurationWritesIt() {
        List<Diagnostic> problems = new ArrayList<>();
        ExternalSettings s = read(Map.of("per_host", "3", "hosts", Map.of("GitHub.com", "5"), "delay_ms", "0",
                "timeout", "4", "retries", "1", "accept", List.of("999"), "warn", List.of("403", "429"),
                "cache_days", "1", "skip", List.of("https://www.linkedin.com/*", "*://localhost*")), problems);
        assertEquals(List.of(), problems);
        assertEquals(3, s.limitFor("example.com", 443));
        assertEquals(5, s.limitFor("github.com", 443));
        assertEquals(4, s.timeout().toSeconds());
        assertEquals(1, s.retries());
        assertTrue(s.accept().contains(999));
        assertEquals(java.util.Set.of(403, 429), s.warn());
        assertTrue(s.skips("https://www.linkedin.com/in/someone"));
        assertTrue(s.skips("http://localhost:8000/x"));
        assertFalse(s.skips("https://linkedin.com/in/someone"));
    }

    @Test
    void reportsABadValueAgainstTheConfigurationAndKeepsTheDefault() {
        List<Diagnostic> problems = new ArrayList<>();
        ExternalSettings s = read(Map.of("per_host", "zero"), problems);
        assertEquals(List.of("error: cairn.yaml: links.external.per_host must be a whole number >= 1, not \"zero\""),
                problems.stream().map(Diagnostic::toString).toList());
        assertEquals(ExternalSettings.defaults().perHost(), s.perHost());
    }
}
