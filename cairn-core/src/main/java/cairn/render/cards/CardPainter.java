package cairn.render.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;

/**
 * Draws cards of one site. The parts every card shares (background, top stripe, the
 * cairn mark, the site's name, the rule and host at the bottom) are drawn once into a
 * template; a card starts from it and draws its chapter, title and description. Text is
 * put together from each face's glyph masks ({@link Glyphs}) in palette steps: each colour
 * gets 15 steps from the background to itself, so a card is an 8-bit palette image
 * ({@link IndexedPng}). Thread-safe: each thread has its own {@link CardCanvas}.
 */
final class CardPainter {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int STRIDE = WIDTH + 1;
    private static final int LEFT = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * LEFT;
    private static final int CONTENT_BOTTOM = 524;
    /** Rows a card draws in; the rows above and below are the template's (and compressed once). */
    private static final int DYNAMIC_TOP = 140;
    private static final int DYNAMIC_BOTTOM = 540;

    /** Palette: 0 background, 1 rule, then 15 steps for each text colour. */
    private static final int BORDER = 1;
    private static final int TEXT = 0;
    private static final int MUTED = 1;
    private static final int ACCENT = 2;
    private static final int LINK = 3;

    private final int[] palette;
    private final byte[] template;
    private final IndexedPng png;
    private final CardFonts.Face chapterFace;
    private final CardFonts.Face bigTitle;
    private final CardFonts.Face smallTitle;
    private final CardFonts.Face descriptionFace;
    private final ThreadLocal<CardCanvas> canvas;

    CardPainter(CardPalette colours, String site, String host) {
        CardFonts fonts = CardFonts.get();
        this.palette = palette(colours);
        this.chapterFace = fonts.face(true, 28, base(ACCENT));
        this.bigTitle = fonts.face(true, 66, base(TEXT));
        this.smallTitle = fonts.face(true, 54, base(TEXT));
        this.descriptionFace = fonts.face(false, 30, base(MUTED));
        byte[] background = new byte[STRIDE * HEIGHT];
        fillRect(background, 0, 0, WIDTH, 12, classIndex(LINK, 15));
        fillRect(background, LEFT, 546, WIDTH - LEFT, 548, BORDER);
        drawStones(background, LEFT, 62, 56);
        CardCanvas shared = new CardCanvas(WIDTH, background);
        CardFonts.Face siteFace = fonts.face(true, 34, base(TEXT));
        line(shared, siteFace, siteFace.drawable(site), LEFT + 74, 104, TEXT_WIDTH - 74);
        CardFonts.Face hostFace = fonts.face(false, 26, base(LINK));
        line(shared, hostFace, hostFace.drawable(host), LEFT, 594, TEXT_WIDTH);
        this.template = shared.rows();
        this.png = new IndexedPng(WIDTH, HEIGHT, palette, template, DYNAMIC_TOP, DYNAMIC_BOTTOM);
        this.canvas = ThreadLocal.withInitial(() -> {
            CardCanvas c = new CardCanvas(WIDTH, template);
            // the last dynamic row stays the template's: the rows below were compressed after it
            c.clip(DYNAMIC_TOP, DYNAMIC_BOTTOM - 1);
            return c;
        });
    }

    /** The card's PNG bytes. */
    byte[] paint(Card card) {
        return encode(raster(card));
    }

    /** The PNG of a card drawn on a canvas. */
    byte[] encode(CardCanvas canvas) {
        return png.encode(canvas.rows(), canvas.changed(), canvas.glyphs());
    }

    /** The card drawn on this thread's canvas (valid until its next card). */
    CardCanvas raster(Card card) {
        CardCanvas c = canvas.get();
        c.reset();
        float y = 150;
        String chapter = chapterFace.drawable(card.chapter());
        if (!chapter.isEmpty()) {
            y += 46;
            line(c, chapterFace, chapter, LEFT, y, TEXT_WIDTH);
            y += 22;
        }
        String title = bigTitle.drawsAllLetters(card.title()) ? card.title() : card.site();
        CardFonts.Face titleFace = bigTitle;
        List<String> lines = CardLines.wrap(bigTitle, bigTitle.drawable(title), TEXT_WIDTH, 2);
        if (lines.size() == 2 && lines.get(1).endsWith(CardLines.ELLIPSIS)) {
            titleFace = smallTitle;
            lines = CardLines.wrap(smallTitle, smallTitle.drawable(title), TEXT_WIDTH, 3);
        }
        float titleLine = titleFace.primary().getSize2D() * 1.16f;
        for (String text : lines) {
            y += titleLine;
            line(c, titleFace, text, LEFT, y - titleLine * 0.22f, TEXT_WIDTH);
        }
        y += 26;
        float descriptionLine = 42;
        int room = (int) ((CONTENT_BOTTOM - y) / descriptionLine);
        if (room > 0 && descriptionFace.drawsAllLetters(card.description())) {
            for (String text : CardLines.wrap(descriptionFace, descriptionFace.drawable(card.description()),
                    TEXT_WIDTH, Math.min(room, 3))) {
                y += descriptionLine;
                line(c, descriptionFace, text, LEFT, y - 10, TEXT_WIDTH);
            }
        }
        return c;
    }

    int[] palette() {
        return palette.clone();
    }

    /** One line of text in its face's colour with its baseline at {@code baseline}, shortened with an ellipsis to {@code maxWidth}. */
    private static void line(CardCanvas canvas, CardFonts.Face face, String text, float x, float baseline,
                             int maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        String fitted = face.width(text) <= maxWidth ? text : CardLines.ellipsize(face, text, maxWidth);
        face.draw(canvas, fitted, x, baseline);
    }

    /** The palette index before the first step of {@code colour}. */
    private static int base(int colour) {
        return classIndex(colour, 1) - 1;
    }

    /** The cairn mark in the accent colour, its box's top left corner at ({@code x}, {@code y}). */
    private static void drawStones(byte[] raw, int x, int y, int size) {
        BufferedImage image = new BufferedImage(size + 8, size + 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        for (Shape stone : stones(4, 4, size)) {
            g.fill(stone);
        }
        g.dispose();
        byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int base = base(ACCENT);
        for (int row = 0; row < image.getHeight(); row++) {
            for (int col = 0; col < image.getWidth(); col++) {
                int level = Glyphs.level(gray[row * image.getWidth() + col] & 0xff);
                if (level > 0) {
                    raw[(y - 4 + row) * STRIDE + 1 + x - 4 + col] = (byte) (base + level);
                }
            }
        }
    }

    /** The cairn mark: four stacked stones, each smaller and a little off-centre (as the theme's favicon). */
    private static List<Shape> stones(float x, float y, float size) {
        float u = size / 32f;
        // a little lower than the favicon's stones, so a gap of background separates them
        return List.of(new Ellipse2D.Float(x + 1.6f * u, y + 22.0f * u, 28.8f * u, 8.4f * u),
                new Ellipse2D.Float(x + 5.2f * u, y + 14.6f * u, 21.3f * u, 6.6f * u),
                new Ellipse2D.Float(x + 8.9f * u, y + 8.1f * u, 14.8f * u, 5.3f * u),
                new Ellipse2D.Float(x + 11.6f * u, y + 2.2f * u, 8.7f * u, 4.6f * u));
    }

    private static int[] palette(CardPalette c) {
        int[] colours = {c.text(), c.muted(), c.accent(), c.link()};
        int[] p = new int[2 + colours.length * 15];
        p[0] = c.bg();
        p[BORDER] = c.border();
        for (int k = 0; k < colours.length; k++) {
            for (int level = 1; level <= 15; level++) {
                p[classIndex(k, level)] = c.blend(colours[k], level);
            }
        }
        return p;
    }

    private static int classIndex(int colour, int level) {
        return 2 + colour * 15 + level - 1;
    }

    private static void fillRect(byte[] raw, int x0, int y0, int x1, int y1, int index) {
        for (int y = y0; y < y1; y++) {
            Arrays.fill(raw, y * STRIDE + 1 + x0, y * STRIDE + 1 + x1, (byte) index);
        }
    }
}
