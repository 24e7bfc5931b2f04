package cairn.content;

import cairn.Diagnostic;
import cairn.GitRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates of content files from one pass over a real git history, renames followed, cached per commit. */
class GitHistoryTest {

    @TempDir
    Path dir;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private GitRepo history() throws Exception {
        return GitRepo.init(dir.resolve("repo"))
                .write("content/pages/a.md", "title: A\n\n* [One](https://one.example/) first.\n")
                .write("README.md", "not content\n")
                .commit("2024-01-10T12:00:00+00:00", "add a")
                .write("content/pages/b.md", "title: B\n\nText.\n")
                .commit("2024-01-15T12:00:00+00:00", "add b")
                .write("content/pages/a.md", "title: A\n\n* [One](https://one.example/) first.\n"
                        + "* [Two](https://two.example/x) second.\n")
                .commit("2024-02-01T12:00:00+00:00", "edit a")
                .move("content/pages/b.md", "content/pages/01-ch/b2.md", "2024-03-01T12:00:00+00:00")
                .write("content/pages/01-ch/b2.md", "title: B\n\nText, longer now, still the same page.\n")
                .commit("2024-03-03T12:00:00+00:00", "edit b2")
                .move("content/pages/01-ch/b2.md", "content/pages/01-ch/b3.md", "2024-03-05T12:00:00+00:00")
                .write("README.md", "changed, but not content\n")
                .commit("2024-04-01T12:00:00+00:00", "readme");
    }

    @Test
    void createdIsTheFirstCommitFollowingRenamesAndUpdatedTheLastChange() throws Exception {
        GitRepo repo = history();
        FileHistory h = GitHistory.read(repo.dir(), Optional.empty()).history();
        assertEquals(new FileHistory.Dates(d("2024-01-10"), d("2024-02-01")), h.of(Path.of("content/pages/a.md")).orElseThrow());
        assertEquals(new FileHistory.Dates(d("2024-01-15"), d("2024-03-05")),
                h.of(Path.of("content/pages/01-ch/b3.md")).orElseThrow());
        assertTrue(h.of(Path.of("content/pages/b.md")).isEmpty(), "old names are gone");
        assertTrue(h.of(Path.of("README.md")).isEmpty(), "only content/ is read");
        assertEquals(d("2024-01-10"), h.firstSeen("https://one.example/").orElseThrow());
        assertEquals(d("2024-02-01"), h.firstSeen("https://two.example/x").orElseThrow());
    }

    @Test
    void datesAreTheAuthorsCalendarDayInTheAuthorsTimeZone() throws Exception {
        GitRepo repo = GitRepo.init(dir.resolve("tz")).write("content/pages/a.md", "title: A\n\nx\n")
                .commit("2024-05-01T23:30:00-07:00", "late evening in California");
        FileHistory h = GitHistory.read(repo.dir(), Optional.empty()).history();
        assertEquals(d("2024-05-01"), h.of(Path.of("content/pages/a.md")).orElseThrow().created());
    }

    @Test
    void aSiteInASubdirectoryOfTheRepositoryGetsPathsRelativeToItself() throws Exception {
        GitRepo repo = GitRepo.init(dir.resolve("mono")).write("docs/guide/content/pages/a.md", "title: A\n\nx\n")
                .write("content/pages/other.md", "title: Other\n\nx\n")
                .commit("2024-06-01T10:00:00+00:00", "two sites");
        FileHistory h = GitHistory.read(repo.dir().resolve("docs/guide"), Optional.empty()).history();
        assertEquals(d("2024-06-01"), h.of(Path.of("content/pages/a.md")).orElseThrow().updated());
        assertEquals(1, h.files().size(), "the other site's content is not this site's");
    }

    @Test
    void startsNoGitOutsideAWorkTreeButFindsTheRepositoryAboveASubdirectory() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("GIT_DIR") == null);
        Path plain = Files.createDirectories(dir.resolve("plain/content/pages"));
        assertFalse(GitHistory.mayBeInWorkTree(plain.getParent().getParent()), "no .git here or above");
        GitRepo repo = GitRepo.init(dir.resolve("mono")).write("docs/guide/content/pages/a.md", "title: A\n\nx\n")
                .commit("2024-06-01T10:00:00+00:00", "a site in a subdirectory");
        Path site = repo.dir().resolve("docs/guide");
        assertTrue(GitHistory.mayBeInWorkTree(site));
        assertEquals(d("2024-06-01"), GitHistory.start(site, Optional.empty()).join().history()
                .of(Path.of("content/pages/a.md")).orElseThrow().updated());
        assertTrue(GitHistory.start(plain, Optional.empty()).join().history().files().isEmpty());
    }

    @Test
    void uncommittedEditsAndNewFilesDoNotChangeTheDates() throws Exception {
        GitRepo repo = history();
        repo.write("content/pages/a.md", "title: A\n\nEdited, not committed.\n").write("content/pages/new.md", "title: N\n");
        FileHistory h = GitHistory.read(repo.dir(), Optional.empty()).history();
        assertEquals(d("2024-02-01"), h.of(Path.of("content/pages/a.md")).orElseThrow().updated());
        assertTrue(h.of(Path.of("content/pages/new.md")).isEmpty());
    }

    @Test
    void theCacheServesTheSameCommitAndANewCommitReadsTheHistoryAgain() throws Exception {
        GitRepo repo = history();
        Path cache = dir.resolve("cache");
        FileHistory first = GitHistory.read(repo.dir(), Optional.of(cache)).history();
        Path file = cache.resolve(HistoryCacheFile.NAME);
        assertTrue(Files.isRegularFile(file));
        // a cached read comes from the file: an entry changed there shows up
        Files.writeString(file, Files.readString(file).replace("F\t2024-01-10\t2024-02-01\tcontent/pages/a.md",
                "F\t2000-01-01\t2000-01-02\tcontent/pages/a.md"));
        assertEquals(d("2000-01-02"), GitHistory.read(repo.dir(), Optional.of(cache)).history()
                .of(Path.of("content/pages/a.md")).orElseThrow().updated());
        repo.write("content/pages/a.md", "title: A\n\nNew text.\n").commit("2024-07-01T12:00:00+00:00", "edit");
        FileHistory after = GitHistory.read(repo.dir(), Optional.of(cache)).history();
        assertEquals(d("2024-07-01"), after.of(Path.of("content/pages/a.md")).orElseThrow().updated());
        assertEquals(first.of(Path.of("content/pages/01-ch/b3.md")), after.of(Path.of("content/pages/01-ch/b3.md")));
    }

    @Test
    void aDirectoryOutsideGitHasNoHistory() throws Exception {
        Files.createDirectories(dir.resolve("plain/content"));
        GitHistory.Result r = GitHistory.read(dir.resolve("plain"), Optional.empty());
        assertEquals(FileHistory.NONE, r.history());
        assertTrue(r.warning().isEmpty());
    }

    @Test
    void aShallowCloneIsWarnedAboutWithTheFixAndGivesNoDates() throws Exception {
        GitRepo repo = history();
        GitRepo clone = GitRepo.init(dir.resolve("shallow"));
        clone.git("fetch", "-q", "--depth", "1", "file://" + repo.dir().toAbsolutePath(), "main");
        clone.git("checkout", "-q", "FETCH_HEAD");
        GitHistory.Result r = GitHistory.read(clone.dir(), Optional.empty());
        assertEquals(FileHistory.NONE, r.history());
        Diagnostic w = r.warning().orElseThrow();
        assertEquals("shallow-clone", w.code());
        assertTrue(w.message().contains("fetch-depth: 0"), w.message());
    }

    @Test
    void quotedPathsAreReadAsWritten() {
        assertEquals("content/pages/caf\u00e9 \"x\".md", HistoryLog.unquote("\"content/pages/caf\\303\\251 \\\"x\\\".md\""));
        assertEquals("plain.md", HistoryLog.unquote("plain.md"));
    }
}
