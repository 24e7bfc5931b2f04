package cairn.content;

import cairn.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneFileGuideTest {

    private static final OneFileSettings DEFAULTS = new OneFileSettings(java.util.Optional.empty(), 0,
            OneFileSettings.DEFAULT_ABOUT, false);

    private static List<PageSource> split(String text, OneFileSettings settings) {
        Diagnostics d = new Diagnostics();
        OneFileGuide.Result r = OneFileGuide.split(new SourceFile(Path.of("/s/README.md"), Path.of("README.md"), text),
                settings, "Guide", false, d);
        assertFalse(d.hasErrors(), d.all().toString());
        return r.pages();
    }

    private static PageSource page(List<PageSource> pages, String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow(() -> new AssertionError(
                slug + " not in " + pages.stream().map(PageSource::slug).toList()));
    }

    @Test
    void makesGithubAnchors() {
        GithubSlugger s = new GithubSlugger();
        assertEquals("web-frameworks", s.slug("Web Frameworks"));
        assertEquals("tools--services", s.slug("Tools & Services"));
        assertEquals("c-and-c", s.slug("C++ and C#"));
        assertEquals("web-frameworks-1", s.slug("Web Frameworks"));
        assertEquals("web-frameworks-2", s.slug("Web Frameworks"));
        assertEquals("-fun-stuff", s.slug("🎉 Fun stuff"));
        assertEquals("über-tools_2", s.slug("Über Tools_2"));
        assertEquals("nodejs", GithubSlugger.anchorOf("Node.js"));
        assertEquals("the-api", GithubSlugger.anchorOf(GithubSlugger.renderedText("The [`API`](https://x.example/)")));
    }

    @Test
    void splitsCategoriesIntoPagesWithGithubSlugsAndRealLines() {
        List<PageSource> pages = split("""
                # Awesome Things

                > The best things.

                ## Contents

                - [Web Frameworks](#web-frameworks)

                ## Web Frameworks

                Intro to frameworks.

                - [A](https://a.example/) - One.

                ### Micro & Small

                - [B](https://b.example/) - Two.

                ## Tools & Services

                - [C](https://c.example/) - Three.

                ## Contributing

                Send a pull request.

                ## License

                CC0.
                """, DEFAULTS);
        assertEquals(List.of("index", "web-frameworks", "tools--services", "about"),
                pages.stream().map(PageSource::slug).toList());
        PageSource home = page(pages, "index");
        assertEquals("Awesome Things", home.title());
        assertFalse(home.body().contains("[Web Frameworks](#web-frameworks)"), "the Contents list is replaced");
        assertTrue(home.body().contains("data-anchor=\"web-frameworks\""));
        assertEquals("The best things.", home.meta());
        PageSource fw = page(pages, "web-frameworks");
        assertEquals("Web Frameworks", fw.title());
        assertFalse(fw.body().contains("## Web Frameworks"), "the heading is the title, not part of the body");
        assertTrue(fw.body().contains("### Micro & Small {#micro--small}"));
        assertEquals("README.md:11:1", fw.source().pos(fw.body().indexOf("Intro") + fw.bodyOffset()).toString());
        assertEquals(Map.of("web-frameworks", "", "micro--small", "micro--small"),
                fw.frontMatter().get("onefile_anchors").orElseThrow());
        assertEquals("A, B.", fw.meta());
        PageSource about = page(pages, "about");
        assertTrue(about.body().contains("Send a pull request.") && about.body().contains("CC0."));
        assertFalse(about.body().contains("Three."));
    }

    @Test
    void parentHeadingsBecomeChaptersWhenEntriesSitOneLevelDown() {
        List<PageSource> pages = split("""
                # List

                ## Languages

                ### Go

                - [A](https://a.example/) - One.
                - [B](https://b.example/) - Two.

                ### Rust

                - [C](https://c.example/) - Three.

                ## Hosting

                - [D](https://d.example/) - Four.
                """, DEFAULTS);
        assertEquals("0100", page(pages, "languages").sortorder());
        assertEquals("01001", page(pages, "go").sortorder());
        assertEquals("01002", page(pages, "rust").sortorder());
        assertEquals("0200", page(pages, "hosting").sortorder());
        assertTrue(page(pages, "languages").body().contains("data-anchor=\"go\""));
        List<PageSource> flat = split("# List\n\n## Languages\n\n### Go\n\n- [A](https://a.example/) - One.\n",
                new OneFileSettings(java.util.Optional.empty(), 2, List.of(), false));
        assertEquals(List.of("index", "languages"), flat.stream().map(PageSource::slug).toList());
        assertEquals("010001", flat.get(1).sortorder());
    }

    @Test
    void aContentsListDoesNotCountAsEntriesWhenChoosingTheSplitLevel() {
        List<PageSource> pages = split("""
                # List

                ## Contents

                - [Languages](#languages)
                  - [Go](#go)
                  - [Rust](#rust)
                - [Hosting](#hosting)
                - [Tools](#tools)

                ## Languages

                ### Go

                - [A](https://a.example/) - One.
                - [B](https://b.example/) - Two.

                ### Rust

                - [C](https://c.example/) - Three.

                ## Hosting

                - [D](https://d.example/) - Four.

                ## Tools

                - [E](https://e.example/) - Five.
                """, DEFAULTS);
        assertEquals(List.of("index", "languages", "go", "rust", "hosting", "tools"),
                pages.stream().map(PageSource::slug).toList(), "three entries under ###, two under ##");
    }

    @Test
    void aSectionWithoutEntriesIsDescribedByItsFirstParagraph() {
        List<PageSource> pages = split("# L\n\n## Why\n\nBecause lists\nget long.\n\nMore.\n\n## Tools\n\n"
                + "- [A](https://a.example/) - One.\n", DEFAULTS);
        assertEquals("Because lists get long.", page(pages, "why").meta());
        assertEquals("A.", page(pages, "tools").meta());
    }

    @Test
    void aSectionThatOpensWithCodeOrATableIsDescribedByItsFirstParagraphNotByThem() {
        List<PageSource> pages = split("# L\n\n## Install\n\n```sh\nnpm install -g thing\n```\n\n"
                + "Then run it.\n\n## Compare\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTwo tools side by side.\n\n"
                + "## Shell\n\n    make all\n\nBuild everything.\n\n## Tools\n\n- [A](https://a.example/) - One.\n",
                DEFAULTS);
        assertEquals("Then run it.", page(pages, "install").meta());
        assertEquals("Two tools side by side.", page(pages, "compare").meta());
        assertEquals("Build everything.", page(pages, "shell").meta());
    }

    @Test
    void moreParentSectionsThanChaptersAreCutAtTwoInFileOrder() {
        StringBuilder text = new StringBuilder("# Big\n\n");
        for (int i = 1; i <= 100; i++) {
            text.append("## Section ").append(i).append("\n\n### Sub ").append(i).append("\n\n- [E").append(i)
                    .append("](https://e").append(i).append(".example/) - Entry.\n\n");
        }
        OneFileSettings three = new OneFileSettings(java.util.Optional.empty(), 3, OneFileSettings.DEFAULT_ABOUT,
                false);
        Diagnostics d = new Diagnostics();
        List<PageSource> pages = OneFileGuide.split(new SourceFile(Path.of("/s/README.md"), Path.of("README.md"),
                text.toString()), three, "Guide", false, d).pages();
        assertEquals(101, pages.size(), "the home page and one page a ## section");
        assertEquals("010100", page(pages, "section-100").sortorder());
        assertEquals("010099", page(pages, "section-99").sortorder(), "after section 98, not with it in chapter 98");
        assertTrue(page(pages, "section-100").body().contains("### Sub 100 {#sub-100}"));
        assertEquals(List.of("README.md:591:1 100 sections under ## are more chapters than a guide has room for (98):"
                + " each ## section is one page, as with one_file.split: 2"),
                d.all().stream().map(x -> x.where() + " " + x.message()).toList());
        assertEquals(101, split(text.toString(), DEFAULTS).size(), "the default level chooses 2 then, silently");
    }

    @Test
    void keepsReservedAndUnusableSlugsApart() {
        List<PageSource> pages = split("# L\n\n## Search\n\n- [A](https://a.example/) - One.\n\n## 🎉 Fun\n\n- [B](https://b.example/) - Two.\n",
                DEFAULTS);
        assertEquals(List.of("index", "search-list", "fun"), pages.stream().map(PageSource::slug).toList());
        assertEquals(Map.of("-fun", ""), page(pages, "fun").frontMatter().get("onefile_anchors").orElseThrow());
    }

    @Test
    void dropsAContentsListWrittenWithoutAHeading() {
        PageSource home = split("# L\n\nIntro.\n\n- [Tools](#tools)\n  - [Sub](#sub)\n\nMore.\n\n## Tools\n\n"
                + "- [A](https://a.example/) - One.\n", DEFAULTS).get(0);
        assertTrue(home.body().contains("Intro.") && home.body().contains("More."));
        assertFalse(home.body().contains("[Sub](#sub)"));
    }

    @Test
    void oddFilesMakePagesAndNeverFail() {
        String[] odd = {"", "\n\n", "#", "# \n## \n### \n", "## No title\n- [A](https://a.example/) - One.\n",
            "# T\n```\n## in an unclosed fence\n", "# T\n<!--\n## in a comment\n", "# T\r\n\r\n## CRLF\r\n\r\n- x\r\n",
            "# T\n#### Deep first\n## Then two\n###### Six\n", "# T\n## Contents\n## Contents\n## License\n",
            "# T\n" + "## Same\n- [A](https://a.example/) - A.\n".repeat(50),
            "# T\n## 🎉\n## 🎉\n## ###\n## [link](#x)\n", "# T\n## A {#custom}\n### B ##\n- [x](y\n"};
        for (String text : odd) {
            List<PageSource> pages = split(text, DEFAULTS);
            assertEquals("index", pages.get(0).slug(), text);
            assertEquals(pages.size(), pages.stream().map(PageSource::slug).distinct().count(), "slugs unique: " + text);
        }
    }

    @Test
    void ignoresHeadingsInCodeBlocks() {
        List<PageSource> pages = split("# L\n\n## Real\n\n```md\n## Not a heading\n```\n", DEFAULTS);
        assertEquals(List.of("index", "real"), pages.stream().map(PageSource::slug).toList());
    }
}
