package cairn.robustness;

import cairn.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class HostileContentTest {

    @TempDir
    Path dir;

    @Test
    void scriptInTitleAndMetaIsEscapedInAttributesAndText() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: <script>alert(1)</script> "Full Stack" & more
                meta: x" onload="alert(2) <b>bold</b>
                sortorder: 0100

                Body {{ page.title }} {% if true %}literal{% endif %}
                """);
        site.build();
        String html = site.read("a.html");
        assertFalse(html.contains("<script>alert(1)"), "title not escaped");
        assertFalse(html.contains("onload=\"alert(2)"), "meta broke out of its attribute");
        Document doc = Jsoup.parse(html);
        assertEquals("<script>alert(1)</script> \"Full Stack\" & more", doc.selectFirst("h1").text());
        assertEquals("x\" onload=\"alert(2) <b>bold</b>", doc.selectFirst("meta[name=description]").attr("content"));
        assertTrue(html.contains("Body {{ page.title }} {% if true %}literal{% endif %}"), "Markdown is never a template");
    }

    @Test
    void symlinkLoopInContentIsAWarningNotAHang() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: 0100\n\nx\n");
        Files.createSymbolicLink(site.root().resolve("content/pages/01-a/loop"), site.root().resolve("content/pages"));
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/pages/01-a/loop: symbolic link loop, skipped"), run.err());
    }

    @Test
    void aStaticLinkOutOfTheSiteIsLeftOutWithAWarningAndOneInsideIsCopied() throws Exception {
        Path secret = dir.resolve("id_rsa");
        Files.writeString(secret, "PRIVATE KEY");
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                x
                -- CNAME --
                guide.example.org
                """);
        Files.createDirectories(site.root().resolve("static"));
        Files.createSymbolicLink(site.root().resolve("static/key.txt"), secret);
        Files.createSymbolicLink(site.root().resolve("static/CNAME"), site.root().resolve("CNAME"));
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("static/key.txt: symbolic link to " + secret.toRealPath()
                + ", outside the site: not copied (copy the file into static/ instead)"), run.err());
        assertFalse(Files.exists(site.output().resolve("key.txt")), "a file outside the site was published");
        assertEquals("guide.example.org", site.read("CNAME").strip());
    }

    @Test
    void unreadableFileIsAnErrorNamingIt() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "skipped: root can read files without permission");
        TestSite site = TestSite.of(dir, "-- content/pages/01-a/00-a.md --\ntitle: A\nsortorder: 0100\n\nx\n");
        Path file = site.root().resolve("content/pages/01-a/00-a.md");
        file.toFile().setReadable(false);
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/pages/01-a/00-a.md: cannot read file: permission denied"), run.err());
    }

    @Test
    void fiftyMegabytePageWithAPastedLogBuilds() throws Exception {
        TestSite site = TestSite.of(dir, "");
        StringBuilder sb = new StringBuilder("title: Log\nsortorder: 0100\n\nThe log:\n\n```\n");
        String line = "2026-01-01 12:00:00 INFO worker processed an item with a `backtick` and <angle> & amp\n";
        while (sb.length() < 50_000_000) {
            sb.append(line);
        }
        sb.append("```\n");
        site.write("content/pages/01-a/00-log.md", sb.toString());
        site.build();
        assertTrue(Files.size(site.output().resolve("log.html")) > 50_000_000);
    }

    @Test
    void strictTemplatesReportAnUndefinedVariableWithTemplateLine() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- cairn.yaml --
                templates:
                  strict: true
                -- templates/page.peb --
                {% extends "base" %}
                {% block content %}
                <p>{{ page.title }}</p>
                <p>{{ pgae.title }}</p>
                {% endblock %}
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                x
                """);
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("templates/page.peb:4:") || run.err().contains("templates/page.peb:4: "), run.err());
        assertTrue(run.err().contains("pgae"), run.err());
    }

    @Test
    void reportsProblemsOfManyFilesTogether() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                ---
                title: [broken
                ---
                -- content/pages/01-a/01-b.md --
                title: B
                toc: perhaps

                x
                -- content/pages/01-a/02-c.md --
                # no front matter
                """);
        TestSite.Run run = TestSite.run("build", "-s", site.root().toString());
        assertEquals(1, run.exitCode());
        long errors = Arrays.stream(run.err().split("\n")).filter(l -> l.startsWith("error: ")).count();
        assertEquals(3, errors, run.err());
        assertTrue(run.err().contains("3 errors, 0 warnings"), run.err());
    }
}
