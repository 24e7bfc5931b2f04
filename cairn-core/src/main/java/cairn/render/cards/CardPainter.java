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
 * template; a card copies it and draws its chapter, title and description. Text is drawn
 * as antialiased coverage into a grey scratch image and folded into palette indices: each
 * colour gets 15 steps from the background to itself, so a card is an 8-bit palette image
 * ({@link IndexedPng}). Thread-safe: each thread has its own scratch image.
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
    private static final byte[] ZEROS = new byte[(DYNAMIC_BOTTOM - DYNAMIC_TOP) * WIDTH];

    /** Palette: 0 background, 1 rule, then 15 steps for each text colour. */
    private static final int BORDER = 1;
    private static final int TEXT = 0;
    private static final int MUTED = 1;
    private static final int ACCENT = 2;
    private static final int LINK = 3;
    private static final int[] LEVEL = new int[256];
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static {
        for (int g = 0; g < 256; g++) {
            LEVEL[g] = (g * 15 + 127) / 255;
        }
    }

    private final int[] palette;
    private final byte[] template;
    private final IndexedPng png;
    private final CardFonts.Face chapterFace;
    private final CardFonts.Face bigTitle;
    private final CardFonts.Face smallTitle;
    private final CardFonts.Face descriptionFace;
    private final ThreadLocal<Scratch> scratch;

    CardPainter(CardPalette colours, String site, String host) {
        CardFonts fonts = CardFonts.get();
        this.palette = palette(colours);
        this.chapterFace = fonts.face(true, 28);
        this.bigTitle = fonts.face(true, 66);
        this.smallTitle = fonts.face(true, 54);
        this.descriptionFace = fonts.face(false, 30);
        this.template = new byte[STRIDE * HEIGHT];
        Scratch s = new Scratch(template);
        fillRect(template, 0, 0, WIDTH, 12, classIndex(LINK, 15));
        fillRect(template, LEFT, 546, WIDTH - LEFT, 548, BORDER);
        for (Shape stone : stones(LEFT, 62, 56)) {
            s.g.fill(stone);
        }
        s.fold(template, LEFT - 2, 58, LEFT + 60, 124, ACCENT);
        CardFonts.Face siteFace = fonts.face(true, 34);
        line(s, template, siteFace, siteFace.drawable(site), LEFT + 74, 104, TEXT_WIDTH - 74, TEXT);
        CardFonts.Face hostFace = fonts.face(false, 26);
        line(s, template, hostFace, hostFace.drawable(host), LEFT, 594, TEXT_WIDTH, LINK);
        this.png = new IndexedPng(WIDTH, HEIGHT, palette, template, DYNAMIC_TOP, DYNAMIC_BOTTOM);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(template));
    }

    /** The card's PNG bytes. */
    byte[] paint(Card card) {
        return png.encode(raster(card));
    }

    /** The card as PNG rows of palette indices, in this thread's buffer (valid until its next card). */
    byte[] raster(Card card) {
        Scratch s = scratch.get();
        byte[] raw = s.raw;
        // back to the template: only the rows the thread's last card folded text into differ from it
        if (s.foldedTop < s.foldedBottom) {
            int from = s.foldedTop * STRIDE;
            System.arraycopy(template, from, raw, from, (s.foldedBottom - s.foldedTop) * STRIDE);
        }
        s.foldedTop = HEIGHT;
        s.foldedBottom = 0;
        // cleared by copying zeros: System.arraycopy is an intrinsic for C1 too (the compiler bin/cairn
        // uses for guide-sized builds), where Arrays.fill is a byte loop (a fifth of a card's time)
        System.arraycopy(ZEROS, 0, s.gray, DYNAMIC_TOP * WIDTH, ZEROS.length);
        // the last dynamic row stays the template's: the rows below were compressed after it
        s.g.setClip(0, DYNAMIC_TOP, WIDTH, DYNAMIC_BOTTOM - 1 - DYNAMIC_TOP);
        float y = 150;
        String chapter = chapterFace.drawable(card.chapter());
        if (!chapter.isEmpty()) {
            y += 46;
            line(s, raw, chapterFace, chapter, LEFT, y, TEXT_WIDTH, ACCENT);
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
            line(s, raw, titleFace, text, LEFT, y - titleLine * 0.22f, TEXT_WIDTH, TEXT);
        }
        y += 26;
        float descriptionLine = 42;
        int room = (int) ((CONTENT_BOTTOM - y) / descriptionLine);
        if (room > 0 && descriptionFace.drawsAllLetters(card.description())) {
            for (String text : CardLines.wrap(descriptionFace, descriptionFace.drawable(card.description()),
                    TEXT_WIDTH, Math.min(room, 3))) {
                y += descriptionLine;
                line(s, raw, descriptionFace, text, LEFT, y - 10, TEXT_WIDTH, MUTED);
            }
        }
        return raw;
    }

    int[] palette() {
        return palette.clone();
    }

    /** One line of text with its baseline at {@code baseline}, folded into {@code raw} in colour {@code colour}. */
    private static void line(Scratch s, byte[] raw, CardFonts.Face face, String text, float x, float baseline,
                             int maxWidth, int colour) {
        if (text.isEmpty()) {
            return;
        }
        String fitted = face.width(text) <= maxWidth ? text : CardLines.ellipsize(face, text, maxWidth);
        java.awt.Rectangle ink = face.draw(s.g, fitted, x, baseline);
        // only the pixels the glyphs touched, and one more all round for safety: most of a line's
        // height above and below its letters is empty
        s.fold(raw, ink.x - 1, ink.y - 1, ink.x + ink.width + 1, ink.y + ink.height + 1, colour);
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

    /** A thread's grey coverage image and card rows (outside the dynamic rows: the template). */
    private static final class Scratch {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        final byte[] raw;
        final Graphics2D g = image.createGraphics();
        /** The rows {@link #fold} has written into {@link #raw} since they were last the template's. */
        int foldedTop = HEIGHT;
        int foldedBottom = 0;

        Scratch(byte[] template) {
            raw = template.clone();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
        }

        /** Moves the coverage inside the box into {@code raw} as steps of {@code colour}, clearing it here. */
        void fold(byte[] raw, int x0, int y0, int x1, int y1, int colour) {
            x0 = Math.max(0, x0);
            y0 = Math.max(0, y0);
            x1 = Math.min(WIDTH, x1);
            y1 = Math.min(HEIGHT, y1);
            int base = classIndex(colour, 1) - 1;
            x0 &= ~7; // whole, aligned groups of eight: rows are 1200 pixels, a multiple of 8
            x1 = Math.min(WIDTH, (x1 + 7) & ~7);
            foldedTop = Math.min(foldedTop, y0);
            foldedBottom = Math.max(foldedBottom, y1);
            for (int y = y0; y < y1; y++) {
                int row = y * WIDTH;
                int out = y * STRIDE + 1;
                for (int x = x0; x < x1; x += 8) {
                    if ((long) LONGS.get(gray, row + x) == 0) {
                        continue; // eight uncovered pixels: most of a text line's box is empty
                    }
                    for (int k = x; k < x + 8; k++) {
                        int g = gray[row + k];
                        if (g != 0) {
                            int level = LEVEL[g & 0xff];
                            if (level > 0) {
                                raw[out + k] = (byte) (base + level);
                            }
                            gray[row + k] = 0;
                        }
                    }
                }
            }
        }
    }
}
