package cairn.pipeline;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A rebuild does not rewrite output files whose bytes did not change: they are the same
 * file (inode) as before, while changed files are new ones.
 */
class UnchangedOutputTest {

    @TempDir
    Path dir;

    @Test
    void unchangedFilesKeepTheirInodeAndChangedFilesGetNewOnes() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/01-a/00-a.md --
                ---
                title: Alpha
                sortorder: "0100"
                ---
                Alpha text.
                -- content/posts/p.md --
                ---
                title: Post
                date: 2026-01-02
                ---
                Post text.
                """);
        site.build();
        assumeTrue(Files.getFileStore(site.output()).supportsFileAttributeView("unix"), "needs inode numbers");
        Object notFound = inode(site, "404.html");
        Object alpha = inode(site, "a.html");
        Object post = inode(site, postFile(site));

        site.write("content/posts/p.md", "---\ntitle: Post\ndate: 2026-01-02\n---\nPost text, edited.\n");
        site.build();

        assertEquals(notFound, inode(site, "404.html"));
        assertEquals(alpha, inode(site, "a.html"));
        assertNotEquals(post, inode(site, postFile(site)));
        assertTrue(site.read(postFile(site)).contains("Post text, edited."));
    }

    private static String postFile(TestSite site) throws Exception {
        try (var files = Files.walk(site.output())) {
            return site.output().relativize(files.filter(f -> f.toString().endsWith("p.html")).findFirst()
                    .orElseThrow()).toString();
        }
    }

    private static Object inode(TestSite site, String relative) throws Exception {
        return Files.getAttribute(site.output().resolve(relative), "unix:ino");
    }
}
