package cairn.render.cards;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drawing one card: size, determinism, the theme's colours, long titles, and scripts the fonts lack. */
class CardPainterTest {

    private static final CardPainter PAINTER = new CardPainter(CardPalette.defaults(), "Guide", "guide.example.org");

    private static Card card(String chapter, String title, String description) {
        return new Card("/cards/x.png", "Guide", "guide.example.org", chapter, title, description);
    }

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aCardIsA1200By630PngDrawnTheSameEveryTime() throws Exception {
        Card c = card("Data", "PostgreSQL", "The open source relational database most Python projects pick.");
        byte[] png = PAINTER.paint(c);
        BufferedImage image = image(png);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertArrayEquals(png, PAINTER.paint(c));
        assertArrayEquals(png, new CardPainter(CardPalette.defaults(), "Guide", "guide.example.org").paint(c));
        assertEquals(List.of("IHDR", "PLTE", "IDAT", "IEND"), IndexedPngTest.chunks(png));
    }

    @Test
    void aCardDrawnAfterALargerOneOnTheSameThreadIsTheCardDrawnFirst() {
        // a thread puts back only the rows its last card wrote: what a three-line title and a long
        // description left must not show through a short card
        CardPainter painter = new CardPainter(CardPalette.defaults(), "Guide", "guide.example.org");
        Card small = card("", "Go", "");
        byte[] alone = painter.paint(small);
        painter.paint(card("A chapter", "A title long enough to need three lines on the card at the smaller size "
                + "and then some more words", "A description as long as a card shows: three lines of muted text "
                + "under the title, cut with an ellipsis where it does not fit in the space that is left."));
        assertArrayEquals(alone, painter.paint(small));
    }

    @Test
    void usesTheThemesBackgroundTextAndLinkColours() throws Exception {
        BufferedImage image = image(PAINTER.paint(card("Data", "PostgreSQL", "Relational database.")));
        CardPalette p = CardPalette.defaults();
        assertEquals(p.bg(), image.getRGB(600, 620) & 0xffffff, "background");
        assertEquals(p.link(), image.getRGB(600, 5) & 0xffffff, "top stripe");
        assertTrue(count(image, p.text()) > 2_000, "the title is drawn in the text colour");
        assertTrue(count(image, p.accent()) > 100, "the chapter is drawn in the accent colour");
    }

    @Test
    void differentTitlesDrawDifferentCards() {
        assertFalse(Arrays.equals(PAINTER.paint(card("", "One", "")), PAINTER.paint(card("", "Two", ""))));
    }

    @Test
    void aLineIsAsWideAsTheGlyphVectorsThatDrawIt() {
        // widths are sums of each character's advance, kept per face: they must be where drawing ends
        for (CardFonts.Face face : List.of(CardFonts.get().face(true, 66), CardFonts.get().face(false, 30))) {
            for (String text : List.of("Mypy Configuration", "\u00dcn\u00efc\u00f6d\u00e9 \u2014 \u201cquotes\u201d, 0123456789",
                    "x\uD835\uDC00y", "ab\u4e2d\u6587cd \u0411\u0443\u043a\u0432\u044b", "")) {
                double drawn = 0;
                for (CardFonts.Face.Run run : face.runs(text)) {
                    var gv = run.font().createGlyphVector(CardFonts.FRC, run.text());
                    drawn += gv.getGlyphPosition(gv.getNumGlyphs()).getX();
                }
                assertEquals(drawn, face.width(text), text);
                assertEquals(drawn, face.width(text), text + ", measured again");
            }
        }
    }

    @Test
    void aTitleTooLongForThreeLinesEndsWithAnEllipsis() {
        CardFonts.Face face = CardFonts.get().face(true, 54);
        String title = "word ".repeat(80).strip();
        List<String> lines = CardLines.wrap(face, title, 1040, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith(CardLines.ELLIPSIS), lines.get(2));
        for (String line : lines) {
            assertTrue(face.width(line) <= 1040, line);
        }
        PAINTER.paint(card("Chapter", title, "description ".repeat(60))); // draws without failing
    }

    @Test
    void aWordWiderThanALineIsBrokenInsideIt() {
        CardFonts.Face face = CardFonts.get().face(true, 54);
        List<String> lines = CardLines.wrap(face, "x".repeat(120), 1040, 3);
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(face.width(lines.get(0)) <= 1040);
    }

    @Test
    void characterNoFontHasAreLeftOutNotDrawnAsBoxes() {
        CardFonts.Face face = CardFonts.get().face(true, 66);
        int rocket = 0x1F680;
        String expected = face.primary().canDisplay(rocket) || face.fallback().canDisplay(rocket)
                ? "Deploying \uD83D\uDE80 fast" : "Deploying fast";
        assertEquals(expected, face.drawable("Deploying \uD83D\uDE80 fast\u200D"));
        assertEquals("Ünïcödé", face.drawable("Ünïcödé"), "DejaVu has accented Latin letters");
    }

    @Test
    void aTitleInAScriptNoInstalledFontHasShowsTheSiteNameInstead() {
        CardFonts.Face face = CardFonts.get().face(true, 66);
        String japanese = "日本語のガイド";
        Card c = card("", japanese, "");
        if (face.drawsAllLetters(japanese)) {
            // a CJK font is installed: the title is drawn with it
            assertFalse(Arrays.equals(PAINTER.paint(c), PAINTER.paint(card("", "Guide", ""))));
        } else {
            assertArrayEquals(PAINTER.paint(card("", "Guide", "")), PAINTER.paint(c));
        }
    }

    @Test
    void paletteComesFromTheThemesRootBlockWithDefaultsForWhatIsMissing() {
        CardPalette p = CardPalette.fromCss(":root {\n  --bg: #fff;\n  --text: #101010;\n  --link: nope;\n}\n"
                + "@media (prefers-color-scheme: dark) { :root { --bg: #000000; } }");
        assertEquals(0xffffff, p.bg());
        assertEquals(0x101010, p.text());
        assertEquals(CardPalette.defaults().link(), p.link());
        assertEquals(CardPalette.defaults(), CardPalette.fromCss("body { color: red }"));
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
