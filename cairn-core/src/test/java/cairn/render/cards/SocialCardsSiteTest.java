package cairn.render.cards;

import cairn.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards through whole builds: which pages get one, what their meta tags say, switching them off, keeping them. */
class SocialCardsSiteTest {

    @TempDir
    Path dir;

    private static final String PAGES = """
            -- content/pages/01-data/00-postgresql.md --
            title: PostgreSQL
            sortorder: "0100"
            meta: The relational database.

            Text.
            -- content/pages/01-data/01-drawn.md --
            title: Drawn
            sortorder: "0101"
            headerimage: /img/drawn.png

            Text.
            -- content/posts/2026-01-02-news.md --
            title: News
            date: 2026-01-02

            Text.
            -- static/img/drawn.png --
            x
            """;

    private static Document page(TestSite s, String file) throws Exception {
        return Jsoup.parse(s.read(file));
    }

    private static String meta(Document d, String query) {
        return d.select(query).attr("content");
    }

    @Test
    void eachPagePostHomeAndContentsGetsACardAsItsImageUnlessItHasAHeaderImage() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nbase_url: https://example.org/g\n" + PAGES);
        s.build();
        Document pg = page(s, "postgresql.html");
        assertEquals("https://example.org/g/cards/postgresql.png", meta(pg, "meta[property=og:image]"));
        assertEquals("https://example.org/g/cards/postgresql.png", meta(pg, "meta[name=twitter:image]"));
        assertEquals("summary_large_image", meta(pg, "meta[name=twitter:card]"));
        assertEquals("https://example.org/g/img/drawn.png", meta(page(s, "drawn.html"), "meta[property=og:image]"));
        assertEquals("https://example.org/g/cards/blog/news.png", meta(page(s, "blog/news.html"),
                "meta[property=og:image]"));
        assertEquals("https://example.org/g/cards/index.png", meta(page(s, "index.html"), "meta[property=og:image]"));
        for (String card : List.of("postgresql", "drawn", "blog/news", "index", "table-of-contents")) {
            BufferedImage image = ImageIO.read(s.output().resolve("cards/" + card + ".png").toFile());
            assertEquals(1200, image.getWidth(), card);
            assertEquals(630, image.getHeight(), card);
        }
    }

    @Test
    void theSiteImageStaysTheHomePagesImageAndIsUsedWhereThereIsNoCard() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nbase_url: https://example.org\n"
                + "image: /img/drawn.png\n" + PAGES);
        s.build();
        assertEquals("https://example.org/img/drawn.png", meta(page(s, "index.html"), "meta[property=og:image]"));
        assertEquals("https://example.org/cards/postgresql.png", meta(page(s, "postgresql.html"),
                "meta[property=og:image]"));
        assertEquals("https://example.org/img/drawn.png", meta(page(s, "blog.html"), "meta[property=og:image]"));
    }

    @Test
    void socialCardsFalseDrawsNoneAndFallsBackToTheSiteImage() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nbase_url: https://example.org\n"
                + "image: /img/drawn.png\nsocial_cards: false\n" + PAGES);
        s.build();
        assertFalse(Files.exists(s.output().resolve("cards")));
        assertEquals("https://example.org/img/drawn.png", meta(page(s, "postgresql.html"), "meta[property=og:image]"));
    }

    @Test
    void withoutABaseUrlThereAreNoCardsBecauseOgImageNeedsAnAbsoluteUrl() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\n" + PAGES);
        s.build();
        assertFalse(Files.exists(s.output().resolve("cards")));
        assertTrue(page(s, "postgresql.html").select("meta[property=og:image]").isEmpty());
    }

    @Test
    void aSocialCardsValueThatIsNotABooleanIsAConfigErrorAtItsLine() throws Exception {
        List<String> errors = TestSite.lines(TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nsocial_cards: sometimes\n"
                + PAGES).buildErrors());
        assertEquals(List.of("error: cairn.yaml:2:1: social_cards must be true or false, not \"sometimes\""), errors);
    }

    @Test
    void aRebuildKeepsUnchangedCardsAndRedrawsTheOneWhoseTitleChanged() throws Exception {
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nbase_url: https://example.org\n" + PAGES);
        String[] args = {"build", "-s", s.root().toString(), "-o", s.output().toString()};
        assertEquals(0, TestSite.run(args).exitCode());
        Path kept = s.output().resolve("cards/blog/news.png");
        Path changed = s.output().resolve("cards/postgresql.png");
        Object keptFile = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        byte[] before = Files.readAllBytes(changed);
        s.write("content/pages/01-data/00-postgresql.md", "title: Postgres\nsortorder: \"0100\"\n\nText.\n");
        assertEquals(0, TestSite.run(args).exitCode());
        assertEquals(keptFile, Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the unchanged card is the previous output's file (hard link), not drawn again");
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(changed)));
    }

    @Test
    void aRebuildOfASiteWithCardsKeepsItsUnchangedPagesFromTheRenderManifest() throws Exception {
        // the manifest holds the cards' fingerprints beside the pages' and is read as a whole:
        // one it cannot read makes every page and card render again
        TestSite s = TestSite.of(dir, "-- cairn.yaml --\ntitle: Guide\nbase_url: https://example.org\n" + PAGES);
        String[] args = {"build", "--verbose", "-s", s.root().toString(), "-o", s.output().toString()};
        assertEquals(0, TestSite.run(args).exitCode());
        s.write("static/notes.txt", "a file no page shows\n");
        TestSite.Run rebuild = TestSite.run(args);
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("(\\d+) pages kept from the last output")
                .matcher(rebuild.out());
        assertTrue(kept.find(), rebuild.out());
        assertTrue(Integer.parseInt(kept.group(1)) >= 3, "every page is kept: " + rebuild.out());
    }
}
