package cairn.site;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeeAlsoTest {

    @TempDir
    Path dir;

    private static String page(String slug, String sortorder, String extra, String body) {
        return "title: " + slug.toUpperCase() + "\nslug: " + slug + "\nsortorder: " + sortorder + "\n" + extra
                + "\n" + body + "\n";
    }

    private List<String> seeAlso(Site s, String slug) {
        return s.seeAlso(PageId.page(slug)).stream().map(PageId::slug).toList();
    }

    @Test
    void declaredFirstThenMutualLinksThenOneWayLinksThenNearestChapterSiblings() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "see_also: [e]",
                        "[b](/b.html) [c](/c.html) [c again](/c.html)"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "[back](/a.html)"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "none"))
                .write("content/pages/01-c/03-d.md", page("d", "0103", "", "none"))
                .write("content/pages/02-x/00-e.md", page("e", "0200", "", "none"))
                .write("content/pages/02-x/01-f.md", page("f", "0201", "", "[a](/a.html)"));
        Site s = ChaptersAndOrderTest.load(site);
        // e declared; b links both ways; c twice one way; f links in once; then sibling d
        assertEquals(List.of("e", "b", "c", "f", "d"), seeAlso(s, "a"));
    }

    @Test
    void stopsAtConfiguredMaximum() throws Exception {
        TestSite site = TestSite.of(dir, "-- cairn.yaml --\nsee_also:\n  max: 2\n")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "", "x"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "x"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "x"))
                .write("content/pages/01-c/03-d.md", page("d", "0103", "", "x"));
        assertEquals(List.of("c", "a"), seeAlso(ChaptersAndOrderTest.load(site), "b"));
    }

    @Test
    void doesNotRepeatTargetsOfAHandWrittenSeeAlsoBox() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "",
                        "<div class=\"well see-also\">Read <a href=\"/b.html\">b</a></div>"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "x"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "x"));
        assertEquals(List.of("c"), seeAlso(ChaptersAndOrderTest.load(site), "a"));
    }

    @Test
    void backlinksListPagesLinkingHere() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "", "x"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "[a](/a.html)"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "<a href=\"a.html#top\">a</a>\n\n## Top"));
        TestSite.of(dir, "").write("content/pages/01-c/00-a.md", page("a", "0100", "", "## Top\n"));
        Site s = ChaptersAndOrderTest.load(site);
        assertEquals(List.of("b", "c"), s.backlinks(PageId.page("a")).stream().map(PageId::slug).toList());
    }
}
