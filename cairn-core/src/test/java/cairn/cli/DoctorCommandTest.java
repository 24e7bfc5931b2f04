package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoctorCommandTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- cairn.yaml --
                title: Doctor's Guide
                -- content/pages/01-a/00-a.md --
                title: A
                -- content/pages/01-a/01-b.md --
                title: B
                draft: true
                -- content/posts/2026-01-02-p.md --
                title: P
                date: 2026-01-02
                """);
    }

    private TestSite.Run doctor(TestSite site) {
        return TestSite.run("doctor", "--source", site.root().toString());
    }

    @Test
    void printsVersionsConfigContentThemeCacheAndOutput() throws Exception {
        TestSite.Run run = doctor(site());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("cairn    " + CairnCommand.Version.version()), out);
        assertTrue(out.contains("java     " + System.getProperty("java.version")), out);
        assertTrue(out.contains("config   cairn.yaml (title \"Doctor's Guide\")"), out);
        assertTrue(out.contains("content  1 page, 1 post, 1 draft"), out);
        assertTrue(out.contains("theme    default theme"), out);
        assertTrue(out.contains("cache    none"), out);
        assertTrue(out.contains(": not built yet"), out);
        assertTrue(out.endsWith("No known problems.\n"), out);
    }

    @Test
    void namesSiteTemplatesAndCachedFiles() throws Exception {
        TestSite site = site().write("templates/page.peb", "{{ page.title }}")
                .write(".cairn/link-cache.json", "{\"entries\":[]}");
        String out = doctor(site).out();
        assertTrue(out.contains("theme    site templates/ (page.peb), the rest from the default theme"), out);
        assertTrue(out.contains("cache    .cairn/link-cache.json (14 B)"), out);
    }

    @Test
    void summarisesTheBuildCachesPageEntriesOnOneLine() throws Exception {
        TestSite site = site();
        TestSite.Run build = TestSite.run("build", "-q", "-s", site.root().toString(), "-o", site.output().toString());
        assertEquals(0, build.exitCode(), build.err());
        String out = doctor(site).out();
        assertTrue(out.contains(".cairn/cache/markdown/ (2 pages)"), out);
        assertTrue(out.contains(".cairn/cache/render.manifest"), out);
        assertEquals(1, out.split("\\.cairn/cache/markdown/", -1).length - 1, "one line, not one per entry: " + out);
    }

    @Test
    void reportsOutputDirectoryCairnDidNotWrite() throws Exception {
        TestSite site = site().write("public/index.html", "mine");
        TestSite.Run run = doctor(site);
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("NOT written by cairn"), run.out());
        assertTrue(run.out().contains("Problems (0 errors, 1 warning):"), run.out());
        assertTrue(run.out().contains("public: the output directory was not written by cairn"), run.out());
    }

    @Test
    void outputOfAPreviousBuildIsNoProblem() throws Exception {
        TestSite site = site();
        assertEquals(0, TestSite.run("build", "-q", "--source", site.root().toString()).exitCode());
        String out = doctor(site).out();
        assertTrue(out.contains(": written by cairn"), out);
        assertTrue(out.contains("No known problems."), out);
    }

    @Test
    void listsConfigAndFrontMatterErrorsWithPositions() throws Exception {
        TestSite site = site().write("cairn.yaml", "title: X\nlinks:\n  internal: maybe\n")
                .write("content/pages/01-a/02-c.md", "---\ntitle: [oops\n---\n");
        TestSite.Run run = doctor(site);
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Problems (2 errors, 0 warnings):"), run.out());
        assertTrue(run.out().contains("cairn.yaml:3:3: links.internal"), run.out());
        assertTrue(run.out().contains("content/pages/01-a/02-c.md:2:"), run.out());
    }

    @Test
    void aDirectoryWithoutContentIsReportedNotAStackTrace() {
        TestSite.Run run = TestSite.run("doctor", "--source", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("config   no cairn.yaml: defaults"), run.out());
        assertTrue(run.out().contains("no content/ directory here"), run.out());
        assertFalse(run.out().contains("\tat "), run.out());
    }

    @Test
    void writesNothing() throws Exception {
        TestSite site = site();
        doctor(site);
        assertFalse(Files.exists(site.output()));
        assertFalse(Files.exists(site.root().resolve(".cairn")));
    }
}
