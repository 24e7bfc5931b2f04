package cairn.pipeline;

import cairn.GitRepo;
import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cairn build} twice with nothing changed: the second stops after comparing what the
 * first read and wrote, keeps the output and reports the same problems; any change to an
 * input, an option, the commit or the output makes it a full build again. Files are dated an
 * hour back, as files are that an author saved before building (a file saved in the last
 * moments is never trusted to be unchanged).
 */
class UpToDateBuildTest {

    private static final String UNCHANGED = "Nothing changed since the last build";

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- cairn.yaml --
                title: Stamped
                -- content/pages/01-a/00-a.md --
                ---
                title: Alpha
                sortorder: "0100"
                meta: Alpha.
                ---
                Alpha text, see [the missing page](/missing.html).
                -- content/pages/01-a/01-b.md --
                ---
                title: Beta
                sortorder: "0101"
                meta: Beta.
                ---
                Beta text.
                """);
        age(site.root());
        return site;
    }

    private static TestSite.Run build(TestSite site, String... more) {
        String[] args = Stream.concat(Stream.of("build", "-s", site.root().toString(), "--no-strict-links"),
                Stream.of(more)).toArray(String[]::new);
        TestSite.Run run = TestSite.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void aSecondBuildOfTheSameSiteKeepsTheOutputAndReportsTheSameProblems() throws Exception {
        TestSite site = site();
        TestSite.Run first = build(site);
        assertFalse(first.out().contains(UNCHANGED), first.out());
        FileTime written = Files.getLastModifiedTime(site.output().resolve("a.html"));
        String tree = TestSite.hashTree(site.output());

        TestSite.Run second = build(site);
        assertTrue(second.out().contains(UNCHANGED), second.out());
        assertEquals(first.err(), second.err(), "the same warnings, in the same order");
        assertTrue(first.err().contains("broken link \"/missing.html\""), first.err());
        assertEquals(first.out().lines().filter(l -> l.startsWith("Built")).map(l -> l.replaceFirst(" in \\d+ ms", ""))
                .toList(), second.out().lines().filter(l -> l.startsWith("Built"))
                .map(l -> l.replaceFirst(" in \\d+ ms", "")).toList());
        assertEquals(written, Files.getLastModifiedTime(site.output().resolve("a.html")), "not written again");
        assertEquals(tree, TestSite.hashTree(site.output()));
    }

    @Test
    void anEditedPageIsBuiltAgain() throws Exception {
        TestSite site = site();
        build(site);
        site.write("content/pages/01-a/01-b.md", "---\ntitle: Beta\nsortorder: \"0101\"\nmeta: Beta.\n---\nBeta, edited.\n");
        age(site.root().resolve("content/pages/01-a/01-b.md"));
        TestSite.Run again = build(site);
        assertFalse(again.out().contains(UNCHANGED), again.out());
        assertTrue(site.read("b.html").contains("Beta, edited."));
    }

    @Test
    void anEditBehindALinkedFileIsSeenAsTheContentLoaderReadsThroughTheLink() throws Exception {
        TestSite site = site();
        Path shared = dir.resolve("shared/gamma.md");
        Files.createDirectories(shared.getParent());
        Files.writeString(shared, "---\ntitle: Gamma\nsortorder: \"0102\"\nmeta: Gamma.\n---\nGamma text.\n");
        Files.createSymbolicLink(site.root().resolve("content/pages/01-a/02-gamma.md"), shared);
        age(shared);
        build(site);
        assertTrue(build(site).out().contains(UNCHANGED));

        Files.writeString(shared, "---\ntitle: Gamma\nsortorder: \"0102\"\nmeta: Gamma.\n---\nGamma, edited.\n");
        age(shared);
        TestSite.Run again = build(site);
        assertFalse(again.out().contains(UNCHANGED), again.out());
        assertTrue(site.read("gamma.html").contains("Gamma, edited."));
    }

    @Test
    void aFileSavedJustBeforeTheBuildIsNeverTrustedToBeUnchanged() throws Exception {
        TestSite site = site();
        build(site);
        Files.setLastModifiedTime(site.root().resolve("content/pages/01-a/01-b.md"), FileTime.from(Instant.now()));
        assertFalse(build(site).out().contains(UNCHANGED));
        assertFalse(build(site).out().contains(UNCHANGED), "nor is the build that read it stamped");
    }

    @Test
    void anotherOptionOrATouchedOutputMeansAFullBuild() throws Exception {
        TestSite site = site();
        build(site);
        assertFalse(build(site, "--base-url", "https://example.org/guide/").out().contains(UNCHANGED));
        assertTrue(site.read("a.html").contains("https://example.org/guide/"), "the new base URL is in the pages");
        assertTrue(build(site, "--base-url", "https://example.org/guide/").out().contains(UNCHANGED));

        Files.delete(site.output().resolve("b.html"));
        assertFalse(build(site, "--base-url", "https://example.org/guide/").out().contains(UNCHANGED));
        assertTrue(Files.isRegularFile(site.output().resolve("b.html")), "the deleted page is back");

        Files.writeString(site.output().resolve("a.html"), "changed by hand");
        assertFalse(build(site, "--base-url", "https://example.org/guide/").out().contains(UNCHANGED));
        assertTrue(site.read("a.html").contains("Alpha text"));
    }

    @Test
    void aTemporaryStampLeftByAKilledBuildIsRemovedByTheNextStampedOne() throws Exception {
        TestSite site = site();
        Path cache = Files.createDirectories(site.root().resolve(".cairn/cache"));
        Path left = cache.resolve(BuildStamp.NAME + "4711.tmp");
        Path fresh = cache.resolve(BuildStamp.NAME + "4712.tmp");
        Files.writeString(left, "cairn-build-stamp 1\n");
        Files.writeString(fresh, "cairn-build-stamp 1\n");
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        build(site);
        assertFalse(Files.exists(left), "an hour-old temporary stamp is gone");
        assertTrue(Files.exists(fresh), "one another build may be writing right now stays");
        assertTrue(build(site).out().contains(UNCHANGED));
    }

    @Test
    void withoutTheBuildCacheEveryBuildIsAFullOne() throws Exception {
        TestSite site = site();
        build(site, "--no-cache");
        assertFalse(build(site, "--no-cache").out().contains(UNCHANGED));
        assertFalse(Files.exists(site.root().resolve(".cairn/cache/" + BuildStamp.NAME)));
    }

    @Test
    void aNewCommitIsANewInputForPagesDatedFromHistory() throws Exception {
        GitRepo repo = GitRepo.init(dir.resolve("repo"))
                .write("cairn.yaml", "title: Dated\n")
                .write("content/pages/01-a/00-a.md", "---\ntitle: Alpha\nsortorder: \"0100\"\nmeta: Alpha.\n---\nAlpha.\n")
                .commit("2026-03-12T10:00:00Z", "first");
        age(repo.dir());
        TestSite.Run first = TestSite.run("build", "-s", repo.dir().toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(TestSite.run("build", "-s", repo.dir().toString()).out().contains(UNCHANGED));

        repo.git("commit", "--amend", "--no-edit", "--date", "2026-04-20T10:00:00Z");
        TestSite.Run amended = TestSite.run("build", "-s", repo.dir().toString());
        assertFalse(amended.out().contains(UNCHANGED), amended.out());
        assertTrue(Files.readString(repo.dir().resolve("public/a.html")).contains("2026-04-20"),
                "the page has the date of the new commit");
    }

    @Test
    void aOneFileGuideOutsideTheSiteDirectoryIsAnInputToo() throws Exception {
        Path list = dir.resolve("lists/README.md");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "# Awesome things\n\nThings.\n\n## Tools\n\n- [Tool](https://example.org/tool) - A tool.\n");
        Path siteDir = Files.createDirectories(dir.resolve("site"));
        Files.writeString(siteDir.resolve("cairn.yaml"), "source: ../lists/README.md\n");
        age(dir);
        assertEquals(0, TestSite.run("build", "-s", siteDir.toString()).exitCode());
        assertTrue(TestSite.run("build", "-s", siteDir.toString()).out().contains(UNCHANGED));

        Files.writeString(list, "# Awesome things\n\nThings.\n\n## Tools\n\n- [Hammer](https://example.org/hammer) - Nails.\n");
        age(list);
        TestSite.Run edited = TestSite.run("build", "-s", siteDir.toString());
        assertFalse(edited.out().contains(UNCHANGED), edited.out());
        assertTrue(Files.readString(siteDir.resolve("public/tools.html")).contains("Hammer"));
    }

    /** Dates {@code root}, or every source file under it, an hour back (not the output or the cache). */
    private static void age(Path root) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/public/")
                    && !p.toString().contains("/.cairn/")).toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
    }
}
