package cairn.markdown;

import cairn.content.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListEntriesTest {

    private static ListEntries.Result parse(String text) {
        return ListEntries.parse(new SourceFile(Path.of("README.md"), Path.of("README.md"), text), t -> t.equals("Contents"));
    }

    @Test
    void readsNameUrlSeparatorAndDescriptionOfEachShape() {
        ListEntries.Result r = parse("""
                # List

                ## Tools

                - [Dash](https://a.example/) - With a dash.
                * [En](https://b.example/) – With an en dash.
                + [Em](https://c.example/) — With an em dash.
                - [Colon](https://d.example/): With a colon.
                - [Two](https://e.example/) ([docs](https://e.example/docs), [demo](https://e.example/demo)) - Several links.
                - [**Bold** name](https://f.example/) - Emphasis in the name.
                """);
        List<ListEntries.Entry> e = r.entries();
        assertEquals(List.of("Dash", "En", "Em", "Colon", "Two", "Bold name"), e.stream().map(ListEntries.Entry::name).toList());
        assertEquals(List.of("-", "–", "—", ":", "-", "-"), e.stream().map(ListEntries.Entry::separator).toList());
        assertEquals("With an en dash.", e.get(1).description());
        assertEquals(List.of("https://e.example/docs", "https://e.example/demo"), e.get(4).moreUrls());
        assertEquals("Several links.", e.get(4).description());
        assertEquals("README.md:5:3", e.get(0).where().toString());
        assertEquals("README.md:5:32", e.get(0).descriptionAt().toString());
        assertEquals(List.of("Tools"), e.get(0).categories());
        assertTrue(r.malformed().isEmpty());
    }

    @Test
    void keepsNestedEntriesWithTheirDepthAndCategoryPath() {
        ListEntries.Result r = parse("""
                # List

                ## Hosting

                ### Git forges

                - [Pages](https://pages.example/) - Hosting.
                  - [Action](https://action.example/) - Publishes to Pages.
                    - [Deeper](https://deep.example/) - Two levels down.
                """);
        assertEquals(List.of(0, 1, 2), r.entries().stream().map(ListEntries.Entry::depth).toList());
        assertEquals(List.of("Hosting", "Git forges"), r.entries().get(1).categories());
        assertEquals(8, r.entries().get(1).where().line());
    }

    @Test
    void reportsMalformedItemsWithTheirPositionWithoutFailing() {
        ListEntries.Result r = parse("""
                # List

                ## Contents

                - not an entry, and not checked

                ## Tools

                - Just text.
                - [Unclosed
                -
                - `code` first [then](https://x.example/) - Link later.
                - [No description](https://y.example/)
                - [](https://z.example/) - Empty name.
                """);
        assertEquals(List.of("README.md:9:1", "README.md:10:1", "README.md:11:1", "README.md:12:1"),
                r.malformed().stream().map(m -> m.where().toString()).toList());
        assertEquals(List.of("No description", ""), r.entries().stream().map(ListEntries.Entry::name).toList());
        assertEquals("", r.entries().get(0).separator());
    }

    @Test
    void leavesOutTheHomeTextAndSkippedSections() {
        ListEntries.Result r = parse("""
                # List

                - [Badge](https://ci.example/) - Above the first section.

                ## Contents

                - [Tools](#tools)

                ## Tools

                - [Kept](https://k.example/) - Kept.
                """);
        assertEquals(List.of("Kept"), r.entries().stream().map(ListEntries.Entry::name).toList());
    }
}
