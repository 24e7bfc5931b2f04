package cairn.site;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeeAlsoTest {

    @TempDir
    Path dir;

    private static String page(String slug, String sortorder, String extra, String body) {
        return "title: " + slug.toUpperCase() + "\nslug: " + slug + "\nsortorder: " + sortorder + "\n" + extra
                + "\n" + body + "\n";
    }

    private static List<String> slugs(List<PageId> ids) {
        return ids.stream().map(PageId::slug).toList();
    }

    private List<String> seeAlso(Site s, String slug) {
        return slugs(s.seeAlso(PageId.page(slug)));
    }

    private List<String> cards(Site s, String slug) {
        return slugs(s.whatNext(PageId.page(slug)));
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
        // candidates in order: e declared; b links both ways; c twice one way; f links in once; then sibling d.
        // b is the next page and e starts the next chapter: both are cards, then the strongest other candidate, c;
        // the box keeps the rest in the same order
        assertEquals(List.of("b", "e", "c"), cards(s, "a"));
        assertEquals(List.of("f", "d"), seeAlso(s, "a"));
    }

    @Test
    void stopsAtConfiguredMaximum() throws Exception {
        TestSite site = TestSite.of(dir, "-- cairn.yaml --\nsee_also:\n  max: 2\n")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "", "x"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "x"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "x"))
                .write("content/pages/01-c/03-d.md", page("d", "0103", "", "x"))
                .write("content/pages/01-c/04-e.md", page("e", "0104", "", "x"))
                .write("content/pages/01-c/05-f.md", page("f", "0105", "", "x"))
                .write("content/pages/01-c/06-g.md", page("g", "0106", "", "x"));
        // d's neighbours, nearest first: e (next, a card), c (previous), f (the card's see-also pick), b, g, a
        Site s = ChaptersAndOrderTest.load(site);
        assertEquals(List.of("e", "f"), cards(s, "d"));
        assertEquals(List.of("b", "g"), seeAlso(s, "d"));
    }

    @Test
    void doesNotRepeatTargetsOfAHandWrittenSeeAlsoBox() throws Exception {
        TestSite site = TestSite.of(dir, "")
                .write("content/pages/01-c/00-a.md", page("a", "0100", "",
                        "<div class=\"well see-also\">Read <a href=\"/c.html\">c</a></div>"))
                .write("content/pages/01-c/01-b.md", page("b", "0101", "", "x"))
                .write("content/pages/01-c/02-c.md", page("c", "0102", "", "x"))
                .write("content/pages/01-c/03-d.md", page("d", "0103", "", "x"))
                .write("content/pages/01-c/04-e.md", page("e", "0104", "", "x"));
        Site s = ChaptersAndOrderTest.load(site);
        assertEquals(List.of("b", "d"), cards(s, "a"));
        assertEquals(List.of("e"), seeAlso(s, "a"), "c is in the hand-written box");
    }

    @Test
    void theBottomOfAPageShowsEachDestinationOnceAndTheNextPageAtMostTwice() throws Exception {
        TestSite site = TestSite.of(dir, "");
        for (int i = 0; i < 6; i++) {
            String links = i == 2 ? "[a](/p0.html) [d](/p3.html) [b](/p1.html) [x](/q1.html)" : "[c](/p2.html)";
            site.write("content/pages/01-c/0" + i + "-p" + i + ".md", page("p" + i, "010" + i, "", links));
            site.write("content/pages/02-x/0" + i + "-q" + i + ".md", page("q" + i, "020" + i, "", "x"));
        }
        Site s = ChaptersAndOrderTest.load(site);
        PageId p2 = PageId.page("p2");
        List<String> bottom = new ArrayList<>(cards(s, "p2"));
        bottom.addAll(seeAlso(s, "p2"));
        s.previous(p2).ifPresent(p -> bottom.add(p.slug()));
        s.next(p2).ifPresent(p -> bottom.add(p.slug()));
        assertEquals(bottom.stream().distinct().count() + 1, bottom.size(), "only the next page twice: " + bottom);
        assertEquals(List.of("p3", "q0", "p0"), cards(s, "p2"), "next page, next chapter, strongest other link");
        assertFalse(seeAlso(s, "p2").contains("p1"), "the previous page is in the pager");
        assertTrue(seeAlso(s, "p2").contains("q1"));
    }

    @Test
    void excludedPagesAndOneWayLinksFromHubsAreNeverPickedAutomatically() throws Exception {
        TestSite site = TestSite.of(dir, "-- cairn.yaml --\nsee_also:\n  exclude: [about, nosuch]\n");
        StringBuilder everything = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            site.write("content/pages/01-c/" + (10 + i) + "-t" + i + ".md", page("t" + i, "01" + (10 + i), "", "x"));
            everything.append("[t").append(i).append("](/t").append(i).append(".html) ");
        }
        site.write("content/pages/01-c/00-t.md", page("t", "0100", "", "[about](/about.html) [log](/changelog.html)"))
                .write("content/pages/02-m/00-changelog.md", page("changelog", "0200", "", everything.toString()))
                .write("content/pages/02-m/01-about.md", page("about", "0201", "", "[t](/t.html)"))
                .write("content/pages/02-m/02-history.md", page("history", "0202", "see_also_exclude: true",
                        "[t](/t.html) [t5](/t5.html)"));
        Site s = ChaptersAndOrderTest.load(site);
        List<String> t5 = new ArrayList<>(cards(s, "t5"));
        t5.addAll(seeAlso(s, "t5"));
        assertFalse(t5.contains("changelog"), "a hub's one-way link is no reason: " + t5);
        assertFalse(t5.contains("history"), "see_also_exclude: true: " + t5);
        List<String> t = new ArrayList<>(cards(s, "t"));
        t.addAll(seeAlso(s, "t"));
        assertFalse(t.contains("about"), "see_also.exclude in cairn.yaml, though linked both ways: " + t);
        assertEquals("t6", cards(s, "t5").get(0));
        assertFalse(cards(s, "t5").contains("changelog"), "a hub is not offered as the next chapter's card either");
        assertEquals(List.of("changelog"), cards(s, "t23").subList(0, 1), "but it stays the next page in reading order");
        List<String> warnings = new cairn.pipeline.Pipeline().load(cairn.pipeline.BuildOptions.of(site.root(),
                site.output())).warnings().stream().map(cairn.Diagnostic::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("cairn.yaml:2:3:") && w.contains("see_also.exclude names "
                + "unknown page \"nosuch\"")), warnings.toString());
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
