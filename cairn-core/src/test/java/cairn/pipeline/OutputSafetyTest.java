package cairn.pipeline;

import cairn.BuildException;
import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputSafetyTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                title: A
                sortorder: 0100

                Link to [b](/b.html).
                -- content/pages/01-a/01-b.md --
                title: B
                sortorder: 0101

                Back to [a](/a.html).
                -- static/img/x.txt --
                static
                """);
    }

    @Test
    void failedBuildLeavesPreviousOutputUntouched() throws Exception {
        TestSite site = site();
        site.build();
        String before = hash(site.output());
        site.write("content/pages/01-a/01-b.md", "title: B\nsortorder: 0101\n\n[broken](/nope.html)\n");
        assertThrows(BuildException.class, site::build);
        assertEquals(before, hash(site.output()));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().contains(".cairn-")).toList(),
                    "no staging directory is left behind");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        TestSite site = site();
        site.build();
        String first = hash(site.output());
        site.build();
        assertEquals(first, hash(site.output()));
    }

    @Test
    void successfulBuildReplacesOutputAndDropsFilesOfDeletedPages() throws Exception {
        TestSite site = site();
        site.build();
        assertTrue(Files.exists(site.output().resolve("b.html")));
        Files.delete(site.root().resolve("content/pages/01-a/01-b.md"));
        site.write("content/pages/01-a/00-a.md", "title: A\nsortorder: 0100\n\nAlone.\n");
        site.build();
        assertFalse(Files.exists(site.output().resolve("b.html")));
        assertTrue(Files.exists(site.output().resolve(OutputWriter.MARKER)));
    }

    @Test
    void refusesOutputThatContainsTheSource() throws Exception {
        TestSite site = site();
        var e = assertThrows(UnsafeOutputException.class,
                () -> site.build(BuildOptions.of(site.root(), site.root())));
        assertTrue(e.getMessage().contains("site source"), e.getMessage());
        e = assertThrows(UnsafeOutputException.class,
                () -> site.build(BuildOptions.of(site.root(), site.root().getParent())));
        assertTrue(Files.exists(site.root().resolve("content/pages/01-a/00-a.md")));
    }

    @Test
    void refusesOutputInsideContentOrStatic() throws Exception {
        TestSite site = site();
        assertThrows(UnsafeOutputException.class,
                () -> site.build(BuildOptions.of(site.root(), site.root().resolve("content/out"))));
        assertThrows(UnsafeOutputException.class,
                () -> site.build(BuildOptions.of(site.root(), site.root().resolve("static"))));
    }

    @Test
    void refusesToReplaceADirectoryOfForeignFilesUnlessClean() throws Exception {
        TestSite site = site();
        Path foreign = dir.resolve("elsewhere");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.tex"), "precious");
        assertThrows(UnsafeOutputException.class, () -> site.build(BuildOptions.of(site.root(), foreign)));
        assertEquals("precious", Files.readString(foreign.resolve("thesis.tex")));
        site.build(BuildOptions.of(site.root(), foreign).withClean(true));
        assertFalse(Files.exists(foreign.resolve("thesis.tex")));
    }

    private static String hash(Path root) throws Exception {
        return TestSite.hashTree(root);
    }
}
