package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCommandTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Hello.
                -- content/posts/p.md --
                title: P
                date: 2026-01-02

                Post.
                """);
    }

    @Test
    void buildPrintsOneLineSummaryAndExitsZero() throws Exception {
        TestSite site = site();
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Built 1 pages, 1 posts, \\d+ files in \\d+ ms -> .*\\R"), run.out());
        assertTrue(Files.exists(site.output().resolve("a.html")));
        assertTrue(Files.exists(site.output().resolve("blog/p.html")));
    }

    @Test
    void verbosePrintsStageTimes() throws Exception {
        TestSite.Run run = TestSite.run("build", "-v", "--source", site().root().toString());
        assertTrue(run.out().contains("markdown"), run.out());
        assertTrue(run.out().contains("render"), run.out());
    }

    @Test
    void siteErrorsExitOneWithFileLineAndSummaryWithoutStackTrace() throws Exception {
        TestSite site = site().write("content/pages/01-a/01-b.md", "---\ntitle: [oops\n---\n");
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/pages/01-a/01-b.md:2:"), run.err());
        assertTrue(run.err().contains("1 error, 0 warnings"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void dangerousOutputIsAUsageError() throws Exception {
        TestSite site = site();
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString(), "--output", site.root().toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: refusing output directory"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, TestSite.run("build", "--frobnicate").exitCode());
    }

    @Test
    void helpListsExitCodesAndVersionNamesCairn() {
        TestSite.Run help = TestSite.run("build", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("70"), help.out());
        TestSite.Run version = TestSite.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("cairn "), version.out());
    }

    @Test
    void templateSyntaxErrorNamesTemplateFileAndLine() throws Exception {
        TestSite site = site().write("templates/page.peb", "{% extends \"base\" %}\n{% block content %}\n{{ page.title \n{% endblock %}\n");
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("templates/page.peb:"), run.err());
    }
}
