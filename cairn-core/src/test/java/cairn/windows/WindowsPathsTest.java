package cairn.windows;

import cairn.BuildException;
import cairn.Diagnostic;
import cairn.TestSite;
import cairn.cache.BuildCache;
import cairn.check.CheckReport;
import cairn.check.ReportFormat;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.Pipeline;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cairn's own path handling on Windows: a guide on a drive letter, with {@code \} as the
 * separator and a space in the folder name, loads, gets the same slugs and chapters, and
 * writes the same output files with the same bytes as on Linux; problems name files with
 * {@code /} in every report. Runs on an in-memory file system configured like Windows
 * (Jimfs), next to one configured like Linux.
 */
class WindowsPathsTest {

    private static final String GUIDE = """
            -- cairn.yaml --
            title: Paths
            base_url: https://example.org/guide/
            -- content/pages/01-intro/00-intro.md --
            ---
            title: Intro
            ---
            See [the bee](bee.html), [a post](/blog/hello.html) and ![x](/img/a b/x.png).
            -- content/pages/02-B Section/01-Bee Keeping.md --
            ---
            title: Bee
            slug: bee
            ---
            Bee, back to [intro](intro.html).
            -- content/pages/02-B Section/02-Café Crème.md --
            ---
            title: Coffee
            ---
            Coffee.
            -- content/posts/2026-01-02-hello.md --
            ---
            title: Hello
            date: 2026-01-02
            ---
            Hi.
            -- static/img/a b/x.png --
            not really a png
            -- static/.hidden/secret.txt --
            not published
            """;

    private final List<FileSystem> fileSystems = new ArrayList<>();

    @AfterEach
    void closeFileSystems() throws IOException {
        for (FileSystem fs : fileSystems) {
            fs.close();
        }
    }

    @Test
    void aGuideOnAWindowsDriveBuildsToTheSameFilesAndBytesAsOnLinux() throws Exception {
        TestSite windows = TestSite.of(windows("C:\\Users\\Ana\\My Guides\\paths"), GUIDE);
        TestSite linux = TestSite.of(linux("/home/ana/guides/paths"), GUIDE);
        windows.build();
        linux.build();

        Map<String, byte[]> onWindows = files(windows.output());
        Map<String, byte[]> onLinux = files(linux.output());
        assertEquals(onLinux.keySet(), onWindows.keySet());
        onLinux.forEach((name, bytes) -> assertArrayEquals(bytes, onWindows.get(name), name));
        // slugs from file names (chapter folder, number prefix, accents) and output paths
        for (String name : List.of("intro.html", "bee.html", "cafe-creme.html", "blog/hello.html", "img/a b/x.png",
                "sitemap.xml")) {
            assertTrue(onWindows.containsKey(name), name + " in " + onWindows.keySet());
        }
        assertTrue(Files.isRegularFile(windows.root().resolve("public\\blog\\hello.html")));
        assertTrue(onWindows.keySet().stream().noneMatch(n -> n.contains("secret")), "dot folders stay unpublished");
        String sitemap = new String(onWindows.get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("https://example.org/guide/blog/hello.html"), sitemap);
        assertTrue(!sitemap.contains("\\"), "no backslash in any URL: " + sitemap);
    }

    @Test
    void aRebuildFromTheBuildCacheOnAWindowsDriveWritesTheSameSite() throws Exception {
        TestSite site = TestSite.of(windows("C:\\guides\\paths"), GUIDE);
        Path cacheDir = BuildCache.directoryOf(site.root());
        BuildOptions options = BuildOptions.of(site.root(), site.output());
        try (Pipeline first = new Pipeline(1, new BuildCache(cacheDir))) {
            first.build(options);
        }
        Map<String, byte[]> cold = files(site.output());
        assertTrue(Files.isDirectory(site.root().resolve(".cairn\\cache\\markdown")), "the cache was written");
        try (Pipeline second = new Pipeline(1, new BuildCache(cacheDir))) {
            second.build(options);
            assertTrue(second.cacheStats().contains("4 cached, 0 rendered"), second.cacheStats());
        }
        Map<String, byte[]> warm = files(site.output());
        assertEquals(cold.keySet(), warm.keySet());
        cold.forEach((name, bytes) -> assertArrayEquals(bytes, warm.get(name), name));
    }

    @Test
    void problemsOnAWindowsDriveNameTheFileWithForwardSlashesAndTheSameFileAsOnLinux() throws Exception {
        // two pages claim the slug "dup": the one read first keeps it, so the reading order
        // must not depend on the separator ('\' sorts after digits, '/' before them)
        String broken = """
                -- content/pages/b/dup.md --
                ---
                title: One
                ---
                A [broken](missing.html) link.
                -- content/pages/b0/dup.md --
                ---
                title: Two
                ---
                Two.
                """;
        List<String> onWindows = TestSite.lines(errors(TestSite.of(windows("C:\\site"), broken)));
        List<String> onLinux = TestSite.lines(errors(TestSite.of(linux("/srv/site"), broken)));
        assertEquals(onLinux, onWindows);
        assertTrue(onWindows.stream().anyMatch(l -> l.startsWith("error: content/pages/b0/dup.md:")
                && l.contains("also used by content/pages/b/dup.md")), onWindows.toString());

        List<Diagnostic> problems = errors(TestSite.of(windows("C:\\other"), broken));
        String github = ReportFormat.GITHUB.render(new CheckReport(problems, List.of(), 0, 0, 0), cairn.Severity.ERROR);
        assertTrue(github.contains("::error file=content/pages/b/dup.md,line=4,col="), github);
    }

    @Test
    void aSlugWithAWindowsSeparatorIsRejectedAtItsLine() throws Exception {
        TestSite site = TestSite.of(windows("C:\\site"), """
                -- content/pages/a.md --
                ---
                title: A
                slug: ..\\escape
                ---
                A.
                """);
        List<String> errors = TestSite.lines(errors(site));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("error: content/pages/a.md:3:1: slug \"..\\escape\" contains a path"
                + " separator"), errors.get(0));
        assertTrue(Files.notExists(site.output()), "nothing written");
    }

    private static List<Diagnostic> errors(TestSite site) {
        BuildException e = assertThrows(BuildException.class, site::build);
        return e.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    private Path windows(String dir) throws IOException {
        FileSystem fs = Jimfs.newFileSystem(Configuration.windows());
        fileSystems.add(fs);
        return Files.createDirectories(fs.getPath(dir));
    }

    private Path linux(String dir) throws IOException {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        fileSystems.add(fs);
        return Files.createDirectories(fs.getPath(dir));
    }

    /** Every file under {@code root}, by its path relative to it with {@code /} between the names. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                List<String> names = new ArrayList<>();
                root.relativize(p).forEach(n -> names.add(n.toString()));
                out.put(String.join("/", names), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
