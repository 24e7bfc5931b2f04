package cairn.cli;

import cairn.TestSite;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs/check-report.schema.json")));

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-data/00-data.md --
                title: Data
                sortorder: 0100
                meta: About data.

                See [SQLAlchemy](/sqlachemy.html) and [the list](/lists.html#top).
                -- content/pages/01-data/01-sqlalchemy.md --
                ---
                title: SQLAlchemy
                sortorder: "0101"
                ---

                <img src="/img/missing.png" alt="diagram">
                -- content/pages/01-data/02-lists.md --
                title: Lists
                sortorder: 0102
                meta: Lists.

                ## Top
                Fine: [data](/data.html).
                """);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String src() {
        return dir.toString();
    }

    @Test
    void textReportGroupsProblemsByFileEndsWithSummaryAndExitsOne() throws Exception {
        site();
        TestSite.Run run = TestSite.run("check", "--source", src());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(6, lines.size(), run.out());
        assertTrue(lines.get(0).matches("error: .*content/pages/01-data/00-data\\.md:5:18: broken link \"/sqlachemy\\.html\""
                + " \\(did you mean \"/sqlalchemy\\.html\"\\?\\)"), lines.get(0));
        assertEquals("", lines.get(1));
        assertTrue(lines.get(2).matches("warning: .*01-sqlalchemy\\.md:1:1: page /sqlalchemy\\.html has no meta.*"),
                lines.get(2));
        assertTrue(lines.get(3).matches("error: .*01-sqlalchemy\\.md:6:11: broken image \"/img/missing\\.png\""), lines.get(3));
        assertEquals("", lines.get(4));
        assertTrue(Pattern.matches("2 errors, 1 warning in 4 links \\(0 external, \\d+\\.\\d s\\)", lines.get(5)), lines.get(5));
        assertFalse(Files.exists(dir.resolve("public")), "check writes no output");
    }

    @Test
    void sharesBuildsMarkdownCacheAndReportsTheSameWithItOrWithout() throws Exception {
        TestSite s = site();
        TestSite.Run uncached = TestSite.run("check", "--source", src(), "--no-cache");
        assertFalse(Files.exists(dir.resolve(".cairn/cache")), "--no-cache writes no cache");
        TestSite.Run first = TestSite.run("check", "--source", src());
        try (var packs = Files.list(dir.resolve(".cairn/cache/markdown"))) {
            assertTrue(packs.findAny().isPresent(), "the bodies check rendered are kept for the next build or check");
        }
        TestSite.Run cached = TestSite.run("check", "--source", src());
        String noTime = "\\(\\d+ external, \\d+\\.\\d s\\)";
        for (TestSite.Run run : List.of(first, cached)) {
            assertEquals(uncached.exitCode(), run.exitCode());
            assertEquals(uncached.out().replaceAll(noTime, ""), run.out().replaceAll(noTime, ""));
        }
        s.write("content/pages/01-data/00-data.md", "title: Data\nsortorder: 0100\nmeta: m\n\n[ok](/lists.html)\n");
        assertFalse(TestSite.run("check", "--source", src()).out().contains("sqlachemy"), "an edited page is read again");
    }

    @Test
    void warningsExitZeroUnlessFailOnWarning() throws Exception {
        site().write("content/pages/01-data/00-data.md", "title: Data\nsortorder: 0100\nmeta: m\n\n[ok](/lists.html)\n")
                .write("content/pages/01-data/01-sqlalchemy.md", "title: SQLAlchemy\nsortorder: 0101\n\nNo meta.\n");
        assertEquals(0, TestSite.run("check", "--source", src()).exitCode());
        assertEquals(1, TestSite.run("check", "--source", src(), "--fail-on", "warning").exitCode());
    }

    @Test
    void jsonReportValidatesAgainstTheShippedSchema() throws Exception {
        site();
        TestSite.Run run = TestSite.run("check", "--source", src(), "--format", "json");
        assertEquals(1, run.exitCode());
        assertEquals(List.of(), SCHEMA.validate(run.out(), InputFormat.JSON));
        assertTrue(run.out().contains("{\"severity\": \"error\", \"code\": \"broken-link\", \"file\":"
                + " \"content/pages/01-data/00-data.md\", \"line\": 5, \"column\": 18, \"target\": \"/sqlachemy.html\","
                + " \"message\": \"broken link \\\"/sqlachemy.html\\\" (did you mean \\\"/sqlalchemy.html\\\"?)\","
                + " \"suggestion\": \"/sqlalchemy.html\"}"), run.out());
        assertTrue(run.out().endsWith("\"summary\": {\"errors\": 2, \"warnings\": 1, \"links\": 4, \"external\": 0,"
                + " \"by_code\": {\"broken-image\": 1, \"broken-link\": 1, \"missing-meta\": 1}, \"missing_targets\":"
                + " [{\"target\": \"/img/missing.png\", \"links\": 1}, {\"target\": \"/sqlachemy.html\", \"links\": 1,"
                + " \"suggestion\": \"/sqlalchemy.html\"}]}}\n"), run.out());
        assertTrue(run.err().matches("2 errors, 1 warning in 4 links .*\\R"), "summary on stderr: " + run.err());
        assertFalse(SCHEMA.validate("{\"problems\": [{\"severity\": \"fatal\"}]}", InputFormat.JSON).isEmpty(),
                "the schema really constrains the report");
    }

    @Test
    void githubFormatPrintsWorkflowAnnotations() throws Exception {
        site();
        TestSite.Run run = TestSite.run("check", "--source", src(), "--format", "github");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("::error file=.*content/pages/01-data/00-data\\.md,line=5,col=18,title=broken-link"
                + "::broken link \"/sqlachemy\\.html\" \\(did you mean \"/sqlalchemy\\.html\"\\?\\)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::warning file="), lines.get(1));
    }

    @Test
    void junitReportHasOneTestCasePerPageFailingThoseWithErrors() throws Exception {
        site();
        Path report = dir.resolve("reports/check.xml");
        TestSite.Run run = TestSite.run("check", "--source", src(), "--format", "junit", "--output-file", report.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(report)));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element data = (Element) cases.item(0); // in URL order: /data.html, /lists.html, /sqlalchemy.html
        assertEquals("content/pages/01-data/00-data.md", data.getAttribute("name"));
        assertEquals("broken-link", ((Element) data.getElementsByTagName("failure").item(0)).getAttribute("type"));
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        Element sqlalchemy = (Element) cases.item(2);
        assertEquals("/sqlalchemy.html", sqlalchemy.getAttribute("url"));
        assertEquals(1, sqlalchemy.getElementsByTagName("failure").getLength());
        assertTrue(sqlalchemy.getElementsByTagName("system-out").item(0).getTextContent().contains("no meta description"));
        assertEquals("2", ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        assertTrue(new String(Files.readAllBytes(report), StandardCharsets.UTF_8).startsWith("<?xml"));
    }

    @Test
    void onlyExternalLeavesOutInternalProblems() throws Exception {
        site();
        TestSite.Run run = TestSite.run("check", "--source", src(), "--only", "external", "--format", "json");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("{\"problems\": []"), run.out());
    }

    @Test
    void aSiteThatDoesNotLoadIsReportedLikeBuildDoes() throws Exception {
        site().write("content/pages/01-data/03-bad.md", "---\ntitle: [oops\n---\n");
        TestSite.Run run = TestSite.run("check", "--source", src());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/pages/01-data/03-bad.md:2:"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void badOptionValueIsAUsageError() throws Exception {
        site();
        assertEquals(2, TestSite.run("check", "--source", src(), "--format", "yaml").exitCode());
        assertEquals(2, TestSite.run("check", "--source", src(), "--fail-on", "never").exitCode());
    }
}
