package cairn.cli;

import cairn.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStarterSiteBuildsAndChecksWithoutAnyProblem() throws Exception {
        Path site = dir.resolve("my-guide");
        TestSite.Run init = TestSite.run("init", site.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(Files.readString(site.resolve("cairn.yaml")).contains("title: \"My Guide\""));
        TestSite.Run build = TestSite.run("build", "--source", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.err(), "no warnings");
        assertTrue(build.out().startsWith("Built 2 pages, 1 posts"), build.out());
        assertTrue(Files.isDirectory(site.resolve(".cairn/cache")), "the build left its cache");
        assertTrue(Files.readAllLines(site.resolve(".gitignore")).containsAll(java.util.List.of("public/", ".cairn/")),
                "output and caches are not committed");
        TestSite.Run check = TestSite.run("check", "--source", site.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue((check.out() + check.err()).contains("0 errors, 0 warnings"), check.out() + check.err());
    }

    @Test
    void everyStarterPageHasADescriptionAndIsLinkedFromAnotherPage() throws Exception {
        Path site = dir.resolve("guide");
        assertEquals(0, TestSite.run("init", site.toString()).exitCode());
        assertEquals(0, TestSite.run("build", "--source", site.toString()).exitCode());
        Path out = site.resolve("public");
        List<String> pages = List.of("/basics.html", "/writing-a-page.html", "/blog/welcome.html");
        Map<String, Set<String>> linkedFrom = new HashMap<>();
        for (String page : pages) {
            var doc = Jsoup.parse(out.resolve(page.substring(1)).toFile());
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank(), page + " has no meta");
            for (var a : doc.select(".prose a[href]")) {
                linkedFrom.computeIfAbsent(a.attr("href"), k -> new HashSet<>()).add(page);
            }
        }
        for (String page : pages) {
            Set<String> from = linkedFrom.getOrDefault(page, Set.of());
            assertTrue(from.stream().anyMatch(p -> !p.equals(page)), page + " is not linked from another page");
        }
    }

    @Test
    void withThemeCopiesTheDefaultThemeAndStillBuilds() throws Exception {
        Path site = dir.resolve("themed");
        assertEquals(0, TestSite.run("init", site.toString(), "--with-theme").exitCode());
        assertTrue(Files.exists(site.resolve("templates/base.peb")));
        assertTrue(Files.exists(site.resolve("static/theme/cairn.css")));
        Files.writeString(site.resolve("templates/page.peb"), Files.readString(site.resolve("templates/page.peb"))
                .replace("<h1>{{ page.title }}</h1>", "<h1 class=\"mine\">{{ page.title }}</h1>"));
        TestSite.Run build = TestSite.run("build", "--source", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("", build.err());
        assertTrue(Files.readString(site.resolve("public/basics.html")).contains("<h1 class=\"mine\">Basics</h1>"));
    }

    @Test
    void aNonEmptyDirectoryIsRefusedUnlessForced() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        TestSite.Run refused = TestSite.run("init", dir.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is not empty"), refused.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written");
        }
        assertEquals(0, TestSite.run("init", dir.toString(), "--force").exitCode());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertEquals(0, TestSite.run("build", "--source", dir.toString()).exitCode());
    }
}
