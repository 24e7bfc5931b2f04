package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample one-file guide, examples/awesome-static-sites.md, built and checked as a list maintainer does. */
class OneFileGuideSiteTest {

    private static final Path SAMPLE = Path.of("examples", "awesome-static-sites.md");

    @TempDir
    Path dir;

    private Path copySample(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(SAMPLE, file);
        return file;
    }

    @Test
    void buildsTheSampleListIntoAGuide() throws IOException {
        Path file = copySample("awesome-static-sites.md");
        TestSite.Run run = TestSite.run("build", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("public");
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("<title>Awesome Static Sites</title>"), "the # heading is the site title");
        assertTrue(home.contains("<a href=\"/themes--starters.html\" data-anchor=\"themes--starters\">"),
                "the generated Contents links each category page under its GitHub anchor");
        assertTrue(home.contains("<a href=\"/generators.html#other-languages\" data-anchor=\"other-languages\">"));
        assertTrue(home.contains("<a href=\"/about.html#contributing\">contributing notes</a>"),
                "a link between sections goes to the page the section became");
        assertTrue(home.contains("theme/onefile.js"));
        for (String page : new String[] {"generators", "documentation-generators", "themes--starters", "search-list",
                "hosting", "deployment--ci", "reading", "about"}) {
            assertTrue(Files.isRegularFile(out.resolve(page + ".html")), page);
        }
        String generators = Files.readString(out.resolve("generators.html"));
        assertTrue(generators.contains("<li class=\"entry\" data-domain=\"gohugo.io\"><a href=\"https://gohugo.io/\""
                + " class=\"entry-name\">Hugo</a><span class=\"entry-domain\">gohugo.io</span><span class=\"entry-desc\">"
                + "Very fast generator"), "entries are name, domain and description without the separator");
        assertTrue(generators.contains("<form class=\"entry-filter\""));
        assertTrue(generators.contains("<h3 id=\"other-languages\">"), "sub-headings keep GitHub's anchor as id");
        String resources = Files.readString(out.resolve("resources.json"));
        assertTrue(resources.contains("\"url\": \"https://gohugo.io/\"") || resources.contains("\"url\":\"https://gohugo.io/\""),
                "entries are resources");
        assertFalse(Files.readString(out.resolve("about.html")).contains("entry-filter"));
    }

    @Test
    void buildsTheSameBytesTwice() throws IOException {
        Path file = copySample("README.md");
        assertEquals(0, TestSite.run("build", file.toString(), "--no-cache").exitCode());
        String first = TestSite.hashTree(dir.resolve("public"));
        assertEquals(0, TestSite.run("build", file.toString(), "--no-cache", "--clean").exitCode());
        assertEquals(first, TestSite.hashTree(dir.resolve("public")));
    }

    @Test
    void aDirectoryWithAReadmeAndNoContentIsAOneFileGuide() throws IOException {
        copySample("README.md");
        TestSite.Run run = TestSite.run("build", "--source", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("public/forms.html")));
    }

    @Test
    void sourceInCairnYamlNamesTheFile() throws IOException {
        copySample("LIST.md");
        Files.writeString(dir.resolve("cairn.yaml"), "source: LIST.md\nbase_url: https://list.example.org\n");
        Files.createDirectories(dir.resolve("content"));
        TestSite.Run run = TestSite.run("build", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("public/analytics.html")).contains("Plausible"));
    }

    @Test
    void aBadOneFileSettingIsAConfigErrorAtItsLine() throws IOException {
        copySample("README.md");
        Files.writeString(dir.resolve("cairn.yaml"), "title: L\none_file:\n  split: 4\n  alphabetical: maybe\n");
        TestSite.Run run = TestSite.run("build", dir.resolve("README.md").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cairn.yaml:3:3: one_file.split must be 2 or 3"), run.err());
        assertTrue(run.err().contains("cairn.yaml:4:3: one_file.alphabetical must be true or false"), run.err());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        TestSite.Run run = TestSite.run("build", dir.resolve("NOPE.md").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no such Markdown file: NOPE.md"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aBrokenSectionLinkIsReportedAtItsLine() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# L\n\n## Tools\n\n- [A](https://a.example/) - See [B](#nothing).\n");
        TestSite.Run run = TestSite.run("build", dir.resolve("README.md").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("README.md:5:"), run.err());
        assertTrue(run.err().contains("#nothing"), run.err());
    }

    @Test
    void linksToTheFileItselfGoToThePagesAndTheAboutSectionsAreConfigurable() throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), "one_file:\n  split: 3\n  about: [Thanks]\n");
        Files.writeString(dir.resolve("README.md"), """
                # L

                ## Languages

                ### Go

                - [A](https://a.example/) - See [Rust](README.md#rust), [hosting](./README.md#hosting), [home](README.md).

                ### Rust

                - [B](https://b.example/) - Two.

                ## Hosting

                - [C](https://c.example/) - Three.

                ## Thanks

                To everyone.

                ## License

                CC0.
                """);
        TestSite.Run run = TestSite.run("build", dir.resolve("README.md").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("public");
        String go = Files.readString(out.resolve("go.html"));
        assertTrue(go.contains("<a href=\"/rust.html\">Rust</a>"), go);
        assertTrue(go.contains("<a href=\"/hosting.html\">hosting</a>"), go);
        assertTrue(go.contains("<a href=\"/index.html\">home</a>"), go);
        assertTrue(Files.readString(out.resolve("about.html")).contains("To everyone."), "about: names the sections");
        assertTrue(Files.isRegularFile(out.resolve("license.html")), "License is not in the configured about list");
        assertFalse(Files.exists(out.resolve("thanks.html")));
    }

    @Test
    void checkWarnsAboutTheListRulesAtTheirLines() throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), "one_file:\n  alphabetical: true\n");
        Files.writeString(dir.resolve("README.md"), """
                # Bad List

                Intro.

                ## Contents

                - [Tools](#tools)
                - [Ghost](#ghost)

                ## Tools

                - [Alpha](https://a.example/) - Good one.
                - [beta](https://b.example/) - lower start
                - [Gamma](https://a.example/) Missing separator.
                - Just text, no link.
                - [Delta](https://d.example/) — Out of order.

                ## Empty

                ## Extra

                - [Zed](https://z.example/) - Last.
                """);
        TestSite.Run run = TestSite.run("check", dir.resolve("README.md").toString(), "--format", "json");
        String json = run.out();
        for (String expected : new String[] {
                "\"contents\", \"file\": \"README.md\", \"line\": 8",
                "\"list-item\", \"file\": \"README.md\", \"line\": 13",
                "\"duplicate-entry\", \"file\": \"README.md\", \"line\": 14",
                "\"list-item\", \"file\": \"README.md\", \"line\": 15",
                "\"alphabetical-order\", \"file\": \"README.md\", \"line\": 16",
                "\"empty-category\", \"file\": \"README.md\", \"line\": 18",
                "\"contents\", \"file\": \"README.md\", \"line\": 20"}) {
            assertTrue(json.replaceAll("\\s+", " ").replace("\"code\": ", "").contains(expected), expected + " in " + json);
        }
        assertFalse(json.contains("missing-meta"), "the empty category is said once, as empty-category: " + json);
    }

    @Test
    void aListWithoutAnIntroIsAskedForOneUnderItsHeadingNotForFrontMatter() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Bare\n\n## Tools\n\n- [A](https://a.example/) - One.\n");
        TestSite.Run run = TestSite.run("check", dir.resolve("README.md").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("README.md:2:1: page /index.html has no description (write a first paragraph"
                + " under its heading"), run.out());
        assertFalse(run.out().contains("front matter"), run.out());
    }

    @Test
    void theSampleIsCleanUnderTheListRules() throws IOException {
        Path file = copySample("README.md");
        TestSite.Run run = TestSite.run("check", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().replaceAll("\\s+", " ");
        // the same report format checkWarnsAboutTheListRulesAtTheirLines finds each code in
        for (String code : new String[] {"list-item", "duplicate-entry", "contents", "empty-category"}) {
            assertFalse(json.contains("\"code\": \"" + code + "\""), code + ": " + json);
        }
    }
}
