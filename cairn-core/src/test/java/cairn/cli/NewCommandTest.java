package cairn.cli;

import cairn.TestSite;
import cairn.scaffold.NewContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewCommandTest {

    @TempDir
    Path dir;

    private TestSite site() throws Exception {
        return TestSite.of(dir, """
                -- content/pages/01-basics/00-basics.md --
                ---
                title: Basics
                sortorder: "0100"
                ---
                Intro.
                -- content/pages/01-basics/01-setup.md --
                ---
                title: Setup
                sortorder: "0101"
                ---
                Setup.
                -- content/pages/03-data/00-data.md --
                ---
                title: Data
                sortorder: "0300"
                ---
                Data.
                -- content/pages/03-data/04-redis.md --
                ---
                title: Redis
                sortorder: "0304"
                ---
                Redis.
                """);
    }

    private static TestSite.Run newIn(TestSite site, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--source";
        all[args.length + 2] = site.root().toString();
        return TestSite.run(all);
    }

    @Test
    void newPageTakesTheNextFreeSortorderOfItsChapterAndTheSiteStillBuilds() throws Exception {
        TestSite site = site();
        TestSite.Run run = newIn(site, "page", "Choosing a Database", "--chapter", "03");
        assertEquals(0, run.exitCode(), run.err());
        Path file = site.root().resolve("content/pages/03-data/05-choosing-a-database.md");
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Choosing a Database\"\n"), text);
        assertTrue(text.contains("slug: choosing-a-database\n"), text);
        assertTrue(text.contains("sortorder: \"0305\"\n"), text);
        site.build();
        String redis = site.read("redis.html");
        assertTrue(redis.contains("/choosing-a-database.html"), "the new page is the next in the chapter");
    }

    @Test
    void withoutAChapterTheLastOneIsUsedAndSlugCanBeGiven() throws Exception {
        TestSite site = site();
        assertEquals(0, newIn(site, "page", "Key-value stores", "--slug", "kv").exitCode());
        assertTrue(Files.exists(site.root().resolve("content/pages/03-data/05-kv.md")));
    }

    @Test
    void aNumberAndNameStartANewChapterDirectory() throws Exception {
        TestSite site = site();
        assertEquals(0, newIn(site, "page", "Deployment", "--chapter", "04-shipping").exitCode());
        String text = Files.readString(site.root().resolve("content/pages/04-shipping/00-deployment.md"));
        assertTrue(text.contains("sortorder: \"0400\""), text);
        site.build();
        assertTrue(site.read("table-of-contents.html").contains("Shipping"));
    }

    @Test
    void anUnknownChapterNumberAloneIsRefused() throws Exception {
        TestSite.Run run = newIn(site(), "page", "X", "--chapter", "07");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there is no chapter 07"), run.err());
    }

    @Test
    void aTakenSlugIsRefused() throws Exception {
        TestSite.Run taken = newIn(site(), "page", "Redis");
        assertEquals(2, taken.exitCode());
        assertTrue(taken.err().contains("slug \"redis\" is already used by content/pages/03-data/04-redis.md"),
                taken.err());
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        TestSite site = site();
        Path mine = site.root().resolve("content/pages/03-data/05-cache.md");
        site.write("content/pages/03-data/05-cache.md", "---\ntitle: Other\nslug: other\nsortorder: \"0304\"\n---\nMine.\n");
        TestSite.Run exists = newIn(site, "page", "Cache");
        assertEquals(2, exists.exitCode(), exists.out());
        assertTrue(exists.err().contains("refusing to overwrite"), exists.err());
        assertTrue(Files.readString(mine).contains("Mine."));
    }

    @Test
    void aChapterWithoutAFreeSortorderIsRefused() throws Exception {
        TestSite site = site();
        site.write("content/pages/03-data/99-last.md", "---\ntitle: Last\nsortorder: \"0399\"\n---\nx\n");
        TestSite.Run full = newIn(site, "page", "Cache");
        assertEquals(2, full.exitCode());
        assertTrue(full.err().contains("chapter 03 has no free sortorder after \"0399\""), full.err());
    }

    @Test
    void flatSitesGetTheSortorderOfTheChapterNumber() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/pages/one.markdown --
                title: One
                sortorder: 0301

                One.
                -- content/pages/two.markdown --
                title: Two
                sortorder: 0302

                Two.
                """);
        assertEquals(0, newIn(site, "page", "Three", "--chapter", "03").exitCode());
        assertTrue(Files.readString(site.root().resolve("content/pages/three.md")).contains("sortorder: \"0303\""));
    }

    @Test
    void newPostIsDatedAndBuildsAsABlogPost() throws Exception {
        TestSite site = site();
        TestSite.Run run = newIn(site, "post", "Release \"1.0\"", "--date", "2026-05-01");
        assertEquals(0, run.exitCode(), run.err());
        Path file = site.root().resolve("content/posts/2026-05-01-release-1-0.md");
        assertTrue(Files.readString(file).contains("date: 2026-05-01\n"));
        site.build();
        assertTrue(site.read("blog/release-1-0.html").contains("Release &quot;1.0&quot;"));
    }

    @Test
    void postDateComesFromTheGivenDay() throws Exception {
        TestSite site = site();
        NewContent.Planned planned = NewContent.post(site.root(), "Hello", LocalDate.of(2030, 2, 3), Optional.empty());
        assertEquals(site.root().resolve("content/posts/2030-02-03-hello.md"), planned.file());
        assertFalse(Files.exists(planned.file()), "planning writes nothing");
    }
}
