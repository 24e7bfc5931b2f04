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
    void aLineEndsWhereItsWidthSaysAndItsGlyphsAreJava2DsGlyphs() {
        // lines are measured as the sum of their characters' advances and put together from masks of
        // each glyph: the pen must end where the width says, and the pixels must be Java2D's own
        for (CardFonts.Face face : List.of(CardFonts.get().face(true, 66, 0), CardFonts.get().face(false, 30, 0))) {
            for (String text : List.of("Mypy Configuration", "\u00dcn\u00efc\u00f6d\u00e9 \u2014 \u201cquotes\u201d, 0123456789",
                    "x\uD835\uDC00y", "ab\u4e2d\u6587cd \u0411\u0443\u043a\u0432\u044b")) {
                String drawable = face.drawable(text);
                byte[] template = new byte[200 * 1201];
                CardCanvas canvas = new CardCanvas(1200, template);
                float end = face.draw(canvas, drawable, 20.3f, 120.2f);
                assertEquals(20.3f + face.width(drawable), end, 0.01, text);
                assertArrayEquals(java2d(face, drawable, 20.3f, 120.2f), levels(canvas.rows()), text);
            }
        }
    }

    /** {@code text} drawn by Java2D one glyph vector per character at the pen positions, in steps 0–15. */
    private static byte[] java2d(CardFonts.Face face, String text, float x, float y) {
        var image = new BufferedImage(1200, 200, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(java.awt.Color.WHITE);
        // glyphs are far enough apart at these sizes for drawing over to be the same as the stronger step
        g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER));
        float pen = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            java.awt.Font font = face.primary().canDisplay(cp) || !face.fallback().canDisplay(cp) ? face.primary() : face.fallback();
            var gv = font.createGlyphVector(CardFonts.FRC, new String(Character.toChars(cp)));
            g.drawGlyphVector(gv, (float) Math.floor(pen + 0.5f), (float) Math.floor(y + 0.5f));
            pen += (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
            i += Character.charCount(cp);
        }
        byte[] gray = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] levels = new byte[gray.length];
        for (int k = 0; k < gray.length; k++) {
            levels[k] = (byte) Glyphs.level(gray[k] & 0xff);
        }
        return levels;
    }

    /** The palette steps of canvas rows drawn with base 0, without the rows' filter bytes. */
    private static byte[] levels(byte[] rows) {
        int height = rows.length / 1201;
        byte[] levels = new byte[height * 1200];
        for (int y = 0; y < height; y++) {
            System.arraycopy(rows, y * 1201 + 1, levels, y * 1200, 1200);
        }
        return levels;
    }

    @Test
    void cardsOfAnyTextInflateToTheRowsTheyWereDrawnAs() throws Exception {
        // rows holding only whole glyph rows are written from each glyph's codes without being
        // read, the others searched: the platform's zlib must give back exactly the rows drawn
        // (and check the sum), for repeated letters, touching and overlapping glyphs, long lines
        // cut at the edge, other scripts and every length of title and description
        java.util.Random random = new java.util.Random(7);
        String[] words = {"PostgreSQL", "ffi", "Tỷ", "AVAWAY", "W", "iii", "llama", "\u00c5ngstr\u00f6m", "\u0411\u0443\u043a\u0432\u044b",
            "\u4e2d\u6587", "x", "Mississippi", "j\u0327", "fi\u2014fl", "\u00e9\u0301", "0123456789", "WWWWWWWWWWWW"};
        CardPainter painter = new CardPainter(CardPalette.defaults(), "Guide", "guide.example.org");
        for (int n = 0; n < 60; n++) {
            StringBuilder title = new StringBuilder();
            StringBuilder description = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                title.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            for (int k = random.nextInt(40); k > 0; k--) {
                description.append(words[random.nextInt(words.length)]).append(' ');
            }
            Card c = card(n % 3 == 0 ? "" : words[random.nextInt(words.length)], title.toString().strip(),
                    description.toString().strip());
            CardCanvas canvas = painter.raster(c);
            byte[] rows = canvas.rows().clone();
            assertArrayEquals(rows, IndexedPngTest.inflate(painter.encode(canvas)), c.toString());
        }
    }

    @Test
    void mostRowsOfACardsTextAreWrittenFromItsGlyphsCodes() {
        // the encoder searches only rows where glyphs touch: in ordinary text that is a few rows
        CardPainter painter = new CardPainter(CardPalette.defaults(), "Guide", "guide.example.org");
        CardCanvas canvas = painter.raster(card("Data", "PostgreSQL and the Python drivers",
                "The open source relational database most Python projects pick, and how to reach it."));
        int changed = 0;
        int plain = 0;
        for (int row = 0; row < 630; row++) {
            if (canvas.changed()[row]) {
                changed++;
                plain += canvas.glyphs().plain(row) ? 1 : 0;
            }
        }
        assertTrue(changed > 100, changed + " rows drawn on");
        assertTrue(plain >= changed * 0.8, plain + " of " + changed + " rows drawn on are plain");
    }

    @Test
    void noTextIsDrawnOutsideTheTextColumn() throws Exception {
        // lines are wrapped and shortened by measured widths: the ink must stay between the margins
        BufferedImage image = image(PAINTER.paint(card("W".repeat(60), "W".repeat(70),
                "Wide words: " + "WWWWWWWW ".repeat(40))));
        int bg = CardPalette.defaults().bg();
        for (int y = 140; y < 540; y++) {
            for (int x : new int[] {0, 40, 78, 1122, 1160, 1199}) {
                assertEquals(bg, image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aTitleTooLongForThreeLinesEndsWithAnEllipsis() {
        CardFonts.Face face = CardFonts.get().face(true, 54, 0);
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
        CardFonts.Face face = CardFonts.get().face(true, 54, 0);
        List<String> lines = CardLines.wrap(face, "x".repeat(120), 1040, 3);
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(face.width(lines.get(0)) <= 1040);
    }

    @Test
    void characterNoFontHasAreLeftOutNotDrawnAsBoxes() {
        CardFonts.Face face = CardFonts.get().face(true, 66, 0);
        int rocket = 0x1F680;
        String expected = face.primary().canDisplay(rocket) || face.fallback().canDisplay(rocket)
                ? "Deploying \uD83D\uDE80 fast" : "Deploying fast";
        assertEquals(expected, face.drawable("Deploying \uD83D\uDE80 fast\u200D"));
        assertEquals("Ünïcödé", face.drawable("Ünïcödé"), "DejaVu has accented Latin letters");
    }

    @Test
    void aTitleInAScriptNoInstalledFontHasShowsTheSiteNameInstead() {
        CardFonts.Face face = CardFonts.get().face(true, 66, 0);
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
