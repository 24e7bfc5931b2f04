package cairn.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void defaultSlugDropsLeadingNumberAndExtension() {
        assertEquals(Optional.of("databases"), Slugs.fromFileName("01-databases.markdown"));
        assertEquals(Optional.of("data"), Slugs.fromFileName("00-data.md"));
        assertEquals(Optional.of("full-stack-python-blog"), Slugs.fromFileName("160508-full-stack-python-blog.markdown"));
        assertEquals(Optional.of("hello-guide"), Slugs.fromFileName("2026-03-14-hello-guide.md"));
        assertEquals(Optional.of("python-2-or-3"), Slugs.fromFileName("04-python-2-or-3.markdown"));
    }

    @Test
    void defaultSlugIsNormalisedToLowerCaseAscii() {
        assertEquals(Optional.of("cafe-creme"), Slugs.fromFileName("03-Café Crème.md"));
        assertEquals(Optional.of("what-s-new"), Slugs.fromFileName("What's_New.md"));
    }

    @Test
    void numberOnlyFileNameKeepsTheNumberAndSymbolsOnlyNameHasNoSlug() {
        assertEquals(Optional.of("404"), Slugs.fromFileName("404.md"));
        assertEquals(Optional.empty(), Slugs.fromFileName("05-%%%.md"));
    }

    @Test
    void writtenSlugsMustBeOneSafePathSegment() {
        assertEquals(Optional.empty(), Slugs.problem("Oracle"));
        assertEquals(Optional.empty(), Slugs.problem("café"));
        assertEquals(Optional.empty(), Slugs.problem("v1.2_notes~x"));
        for (String bad : new String[] {"", "a/b", "a\\b", "..", "a..b", "my page", "100%", ".hidden", "-dash"}) {
            assertTrue(Slugs.problem(bad).isPresent(), bad);
        }
    }
}
