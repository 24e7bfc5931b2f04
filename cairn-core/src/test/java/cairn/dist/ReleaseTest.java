package cairn.dist;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The version and release date live in one place, {@code pom.xml}; {@code cairn --version}
 * prints both; {@code CHANGELOG.md} has an [Unreleased] section and one dated section per
 * release; {@code scripts/release.sh} turns the one into the other and sets the pom.
 */
class ReleaseTest {

    /** The modules of the build (pom.xml's {@code <module>}s), whose poms name the version as their parent's. */
    private static final List<String> MODULES;

    static {
        try {
            MODULES = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(Path.of("pom.xml")))
                    .results().map(r -> r.group(1)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern SECTION = Pattern.compile("(?m)^## \\[([^]]+)](.*)$");

    @TempDir
    Path dir;

    @Test
    void versionPrintsThePomsVersionAndReleaseDate() throws Exception {
        Pom pom = Pom.project();
        TestSite.Run run = TestSite.run("--version");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals("cairn " + pom.version(), lines.get(0));
        assertEquals("Built " + pom.releaseDate(), lines.get(1));
        assertTrue(lines.get(2).startsWith("Java "), run.out());
    }

    @Test
    void theChangelogHasAnUnreleasedSectionAndADatedLinkedSectionPerRelease() throws Exception {
        String log = Files.readString(Path.of("CHANGELOG.md"));
        Pom pom = Pom.project();
        Matcher m = SECTION.matcher(log);
        assertTrue(m.find(), "no ## [...] section");
        assertEquals("Unreleased", m.group(1), "the first section is [Unreleased]");
        assertTrue(log.contains("\n[Unreleased]: https://github.com/cairn-ssg/cairn/"), "[Unreleased] has a link");
        List<String> released = new ArrayList<>();
        while (m.find()) {
            String version = m.group(1);
            assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), version);
            assertTrue(m.group(2).matches(" - \\d{4}-\\d{2}-\\d{2}"), "## [" + version + "] needs \" - YYYY-MM-DD\"");
            LocalDate.parse(m.group(2).substring(3));
            assertTrue(log.contains("\n[" + version + "]: https://github.com/cairn-ssg/cairn/"), version + " has a link");
            released.add(version);
        }
        if (!pom.version().endsWith("-SNAPSHOT")) {
            assertTrue(log.contains("\n## [" + pom.version() + "] - " + pom.releaseDate() + "\n"),
                    "a release build's version has its section, dated release.date");
        }
    }

    @Test
    void theReleaseScriptSetsVersionAndDateAndDatesTheUnreleasedChanges() throws Exception {
        Path root = copyOfTheRepositoryFiles();
        assertEquals(0, release(root, "0.2.0", "2026-03-01"));

        assertEquals(new Pom("0.2.0", "2026-03-01"), Pom.read(root.resolve("pom.xml")));
        assertFalse(MODULES.isEmpty());
        for (String module : MODULES) {
            assertTrue(Files.readString(root.resolve(module + "/pom.xml")).contains(
                    "\n    <artifactId>cairn</artifactId>\n    <version>0.2.0</version>\n  </parent>"), module + "'s parent");
        }
        String log = Files.readString(root.resolve("CHANGELOG.md"));
        String before = Files.readString(Path.of("CHANGELOG.md"));
        int unreleased = log.indexOf("## [Unreleased]\n");
        int section = log.indexOf("## [0.2.0] - 2026-03-01\n");
        assertTrue(unreleased >= 0 && section > unreleased, log);
        assertFalse(log.substring(unreleased, section).contains("\n- "), "the new [Unreleased] is empty");
        String firstEntry = before.substring(before.indexOf("\n- ") + 1, before.indexOf('\n', before.indexOf("\n- ") + 1));
        assertTrue(log.indexOf(firstEntry) > section, "the changes moved under 0.2.0");
        assertTrue(log.contains("\n[Unreleased]: https://github.com/cairn-ssg/cairn/compare/v0.2.0...HEAD\n"), log);
        assertTrue(log.contains("\n[0.2.0]: https://github.com/cairn-ssg/cairn/releases/tag/v0.2.0\n"), log);

        // the next release links to the comparison with the previous one
        Files.writeString(root.resolve("CHANGELOG.md"), log.replace("## [Unreleased]\n",
                "## [Unreleased]\n\n### Fixed\n- Something.\n"));
        assertEquals(0, release(root, "0.2.1", "2026-03-09"));
        assertTrue(Files.readString(root.resolve("CHANGELOG.md"))
                .contains("\n[0.2.1]: https://github.com/cairn-ssg/cairn/compare/v0.2.0...v0.2.1\n"));
    }

    @Test
    void theReleaseScriptRefusesAReleaseWithoutChangesOrTwiceAndChangesNothingThen() throws Exception {
        Path root = copyOfTheRepositoryFiles();
        assertEquals(0, release(root, "0.2.0", "2026-03-01"));
        byte[] pom = Files.readAllBytes(root.resolve("pom.xml"));
        byte[] log = Files.readAllBytes(root.resolve("CHANGELOG.md"));
        assertNotEquals(0, release(root, "0.2.0", "2026-03-02"), "the same version twice");
        assertNotEquals(0, release(root, "0.2.1", "2026-03-02"), "nothing under [Unreleased]");
        assertNotEquals(0, release(root, "0.2", "2026-03-02"), "not a semantic version");
        assertNotEquals(0, release(root, "0.3.0", "2026-02-30"), "not a date");
        assertArrayEquals(pom, Files.readAllBytes(root.resolve("pom.xml")));
        assertArrayEquals(log, Files.readAllBytes(root.resolve("CHANGELOG.md")));

        assertEquals(0, release(root, "0.3.0-SNAPSHOT", "2026-03-02"));
        assertEquals(new Pom("0.3.0-SNAPSHOT", "2026-03-01"), Pom.read(root.resolve("pom.xml")));
        assertArrayEquals(log, Files.readAllBytes(root.resolve("CHANGELOG.md")));
    }

    private Path copyOfTheRepositoryFiles() throws Exception {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/release.sh"), root.resolve("scripts/release.sh"));
        Files.copy(Path.of("pom.xml"), root.resolve("pom.xml"));
        for (String module : MODULES) {
            Files.createDirectories(root.resolve(module));
            Files.copy(Path.of(module, "pom.xml"), root.resolve(module + "/pom.xml"));
        }
        Files.copy(Path.of("CHANGELOG.md"), root.resolve("CHANGELOG.md"));
        return root;
    }

    private static int release(Path root, String version, String date) throws Exception {
        Process p = new ProcessBuilder("bash", root.resolve("scripts/release.sh").toString(), version, date)
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }
}
