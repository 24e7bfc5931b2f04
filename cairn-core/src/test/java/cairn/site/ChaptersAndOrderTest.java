package cairn.site;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChaptersAndOrderTest {

    @TempDir
    Path dir;

    private static String page(String title, String sortorder) {
        return "title: " + title + "\nsortorder: " + sortorder + "\nmeta: About " + title + "\n\nText.\n";
    }

    @Test
    void ordersChaptersByDirectoryNumberAndPagesBySortorderThenTitle() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/02-data/00-data.md", page("Data", "0200"))
                .write("content/pages/02-data/02-b.md", page("Beta", "0202"))
                .write("content/pages/02-data/01-z.md", page("Zulu", "0201"))
                .write("content/pages/02-data/03-a.md", page("Alpha", "0202"))
                .write("content/pages/01-intro/00-intro.md", page("Intro", "0100"))
                .write("content/pages/meta/00-about.md", page("About", "0700"));
        Site s = load(site);
        assertEquals(List.of("01", "02", "07"), s.chapters().stream().map(Chapter::number).toList());
        assertEquals(List.of("Intro", "Data", "Meta"), s.chapters().stream().map(Chapter::title).toList());
        assertEquals(List.of("data", "z", "a", "b"), s.chapters().get(1).pages().stream().map(PageId::slug).toList());
        assertEquals(List.of("intro", "data", "z", "a", "b", "about"),
                s.readingOrder().stream().map(PageId::slug).toList());
    }

    @Test
    void flatContentTakesChapterFromSortorderAndTitleFromItsLeadPage() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/databases.md", page("Databases", "0301"))
                .write("content/pages/data.md", page("Data", "0300"))
                .write("content/pages/intro.md", page("Introduction", "0100"))
                .write("content/pages/learning.md", page("Learning", "0101"));
        Site s = load(site);
        assertEquals(List.of("01", "03"), s.chapters().stream().map(Chapter::number).toList());
        assertEquals("Data", s.chapters().get(1).title());
        assertEquals(List.of("data", "databases"), s.chapters().get(1).pages().stream().map(PageId::slug).toList());
    }

    @Test
    void previousAndNextFollowReadingOrderAcrossChapters() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/01-a/00-a.md", page("A", "0100"))
                .write("content/pages/01-a/01-b.md", page("B", "0101"))
                .write("content/pages/02-c/00-c.md", page("C", "0200"));
        Site s = load(site);
        assertEquals("c", s.next(PageId.page("b")).orElseThrow().slug());
        assertEquals("b", s.previous(PageId.page("c")).orElseThrow().slug());
        assertEquals(true, s.previous(PageId.page("a")).isEmpty());
        assertEquals(true, s.next(PageId.page("c")).isEmpty());
    }

    @Test
    void configOverridesChapterTitleAndGroupsNamedSectionsWhereTheirFirstPageFalls() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- cairn.yaml --
                chapters:
                  - number: "03"
                    title: Data and storage
                    sections:
                      - title: NoSQL
                        pages: [redis, mongodb]
                """)
                .write("content/pages/03-data/00-data.md", page("Data", "0300"))
                .write("content/pages/03-data/01-sql.md", page("SQL", "0301"))
                .write("content/pages/03-data/02-redis.md", page("Redis", "0302"))
                .write("content/pages/03-data/03-mongodb.md", page("MongoDB", "0303"))
                .write("content/pages/03-data/04-pandas.md", page("Pandas", "0304"));
        Chapter c = load(site).chapters().get(0);
        assertEquals("Data and storage", c.title());
        assertEquals(3, c.sections().size());
        assertEquals(List.of("data", "sql"), c.sections().get(0).pages().stream().map(PageId::slug).toList());
        assertEquals("NoSQL", c.sections().get(1).title().orElseThrow());
        assertEquals(List.of("redis", "mongodb"), c.sections().get(1).pages().stream().map(PageId::slug).toList());
        assertEquals(List.of("pandas"), c.sections().get(2).pages().stream().map(PageId::slug).toList());
    }

    @Test
    void postsAreNewestFirstAndChainOlderNewer() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/posts/one.md --
                title: One
                date: 2026-01-01

                x
                -- content/posts/three.md --
                title: Three
                date: 2026-03-01

                x
                -- content/posts/two.md --
                title: Two
                date: 2026-02-01

                x
                """);
        Site s = load(site);
        assertEquals(List.of("three", "two", "one"), s.posts().stream().map(PageId::slug).toList());
        assertEquals("one", s.previous(PageId.post("two")).orElseThrow().slug());
        assertEquals("three", s.next(PageId.post("two")).orElseThrow().slug());
        assertEquals("/blog/two.html", s.page(PageId.post("two")).url());
    }

    static Site load(TestSite site) {
        return new cairn.pipeline.Pipeline().load(cairn.pipeline.BuildOptions.of(site.root(), site.output())).site();
    }
}
