package cairn.render.cards;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a face knows of each character of its two fonts, worked out the first time the
 * character is asked for and kept: its advance (lines are measured word by word, and again
 * while they are shortened to fit) and its glyph as a {@link Mask} of palette indices (the
 * face's colour), drawn once by Java2D. Cards put lines together from the masks instead of asking Java2D to draw
 * every line again: Java2D places an antialiased glyph's image at the pen position rounded to
 * a whole pixel, so a glyph looks the same wherever it is, and drawing a card's text that way
 * cost about a third of the card.
 *
 * <p>Safe to share between threads: the masks are immutable, and a race works a character
 * out twice, with the same result.
 */
final class Glyphs {

    /** Coverage 0–255 to one of 15 steps (0: not drawn), as a card's palette has them. */
    private static final int[] LEVEL = new int[256];
    private static final int TABLE = 0x3000;
    /** Which font draws a character: the primary, the fallback, or neither. */
    static final byte PRIMARY = 1;
    static final byte FALLBACK = 2;
    static final byte NONE = 3;
    /** The ids of the masks of one face are below this. */
    static final int IDS = 2 * TABLE;
    /** Room around a glyph's pixel bounds while it is drawn: they may be a pixel short. */
    private static final int PAD = 2;

    static {
        for (int g = 0; g < 256; g++) {
            LEVEL[g] = (g * 15 + 127) / 255;
        }
    }

    private final Font primary;
    private final Font fallback;
    private final int base;
    /** Per character below {@code TABLE}: 0 not yet asked, else {@link #PRIMARY}, {@link #FALLBACK} or {@link #NONE}. */
    private final byte[] fonts = new byte[TABLE];
    private final float[] advances = new float[2 * TABLE];
    private final Mask[] masks = new Mask[2 * TABLE];
    private final Map<Integer, Float> highAdvances = new ConcurrentHashMap<>();
    private final Map<Integer, Mask> highMasks = new ConcurrentHashMap<>();

    /** The glyphs of two fonts, drawn in the palette steps after {@code base} (step k is index {@code base + k}). */
    Glyphs(Font primary, Font fallback, int base) {
        this.primary = primary;
        this.fallback = fallback;
        this.base = base;
        Arrays.fill(advances, Float.NaN);
    }

    /**
     * A glyph's pixels (row by row, {@code width} a row) in the box whose top left corner is
     * ({@code left}, {@code top}) from its pen position on the baseline: 0 where it leaves the
     * background, else the palette index {@code base + step} of its coverage step (1–15).
     * Row {@code k} has its first pixel that is not background at {@code inkStart[k]} and its
     * last before {@code inkEnd[k]} (both 0 for a row without one). {@code id} tells the glyphs
     * of one face apart (below {@link #IDS}; -1: not told apart).
     */
    static final class Mask {
        static final Mask EMPTY = new Mask(-1, 0, 0, 0, 0, new byte[0]);

        private final int id;
        private final int left;
        private final int top;
        private final int width;
        private final int height;
        private final byte[] pixels;
        private final int[] inkStart;
        private final int[] inkEnd;
        /** Per row, over its ink: the sum of the bytes, and of each byte times its place in the ink (for Adler-32). */
        private final int[] sum;
        private final int[] weightedSum;
        /** This glyph's rows compressed ({@link IndexedPng}), made the first time they are needed. */
        private volatile GlyphCodes codes;

        Mask(int id, int left, int top, int width, int height, byte[] pixels) {
            this.id = id;
            this.left = left;
            this.top = top;
            this.width = width;
            this.height = height;
            this.pixels = pixels;
            this.inkStart = new int[height];
            this.inkEnd = new int[height];
            this.sum = new int[height];
            this.weightedSum = new int[height];
            for (int k = 0; k < height; k++) {
                int s = 0;
                while (s < width && pixels[k * width + s] == 0) {
                    s++;
                }
                int e = width;
                while (e > s && pixels[k * width + e - 1] == 0) {
                    e--;
                }
                inkStart[k] = s < width ? s : 0;
                inkEnd[k] = s < width ? e : 0;
                for (int j = inkStart[k]; j < inkEnd[k]; j++) {
                    int b = pixels[k * width + j] & 0xff;
                    sum[k] += b;
                    weightedSum[k] += (j - inkStart[k]) * b;
                }
            }
        }

        int id() {
            return id;
        }

        int left() {
            return left;
        }

        int top() {
            return top;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        byte[] pixels() {
            return pixels;
        }

        int[] inkStart() {
            return inkStart;
        }

        int[] inkEnd() {
            return inkEnd;
        }

        /** The sum of row {@code k}'s ink bytes. */
        int sum(int k) {
            return sum[k];
        }

        /** The sum of row {@code k}'s ink bytes, each times its place in the ink (0 for the first). */
        int weightedSum(int k) {
            return weightedSum[k];
        }

        /** The codes of this glyph's rows in an image {@code stride} bytes a row (a race makes them twice, the same). */
        GlyphCodes codes(int stride) {
            GlyphCodes c = codes;
            if (c == null || c.stride() != stride) {
                c = new GlyphCodes(this, stride);
                codes = c;
            }
            return c;
        }
    }

    /** Which font draws {@code cp}: {@link #PRIMARY} when it has it, else {@link #FALLBACK} when that has it, else {@link #NONE}. */
    byte font(int cp) {
        if (cp < TABLE) {
            byte f = fonts[cp];
            if (f == 0) {
                f = ask(cp);
                fonts[cp] = f;
            }
            return f;
        }
        return ask(cp);
    }

    private byte ask(int cp) {
        return primary.canDisplay(cp) ? PRIMARY : fallback.canDisplay(cp) ? FALLBACK : NONE;
    }

    /** The palette index before the glyphs' first step. */
    int base() {
        return base;
    }

    /** The advance of {@code cp} in the primary font ({@code inPrimary}) or the fallback. */
    float advance(boolean inPrimary, int cp) {
        if (cp < TABLE) {
            int at = inPrimary ? cp : TABLE + cp;
            float a = advances[at];
            if (Float.isNaN(a)) {
                a = measure(inPrimary, cp);
                advances[at] = a;
            }
            return a;
        }
        return highAdvances.computeIfAbsent(inPrimary ? cp : -cp - 1, k -> measure(inPrimary, cp));
    }

    private float measure(boolean inPrimary, int cp) {
        GlyphVector gv = glyph(inPrimary, cp);
        return (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
    }

    /** The glyph of {@code cp} in the primary font ({@code inPrimary}) or the fallback. */
    Mask mask(boolean inPrimary, int cp) {
        if (cp < TABLE) {
            int at = inPrimary ? cp : TABLE + cp;
            Mask m = masks[at];
            if (m == null) {
                m = draw(at, glyph(inPrimary, cp), base);
                masks[at] = m;
            }
            return m;
        }
        return highMasks.computeIfAbsent(inPrimary ? cp : -cp - 1, k -> draw(-1, glyph(inPrimary, cp), base));
    }

    /** The step (0–15) of coverage {@code coverage} (0–255). */
    static int level(int coverage) {
        return LEVEL[coverage];
    }

    private GlyphVector glyph(boolean inPrimary, int cp) {
        return (inPrimary ? primary : fallback).createGlyphVector(CardFonts.FRC, new String(Character.toChars(cp)));
    }

    /** The glyph drawn by Java2D at a whole-pixel pen position, in the smallest box that holds its pixels. */
    private static Mask draw(int id, GlyphVector gv, int base) {
        Rectangle bounds = gv.getPixelBounds(CardFonts.FRC, 0, 0);
        if (bounds.isEmpty()) {
            return Mask.EMPTY;
        }
        int w = bounds.width + 2 * PAD;
        int h = bounds.height + 2 * PAD;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        int originX = PAD - bounds.x;
        int originY = PAD - bounds.y;
        g.drawGlyphVector(gv, originX, originY);
        g.dispose();
        byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int x0 = w;
        int y0 = h;
        int x1 = 0;
        int y1 = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int level = LEVEL[gray[y * w + x] & 0xff];
                gray[y * w + x] = (byte) (level == 0 ? 0 : base + level);
                if (level > 0) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        if (x1 == 0) {
            return Mask.EMPTY;
        }
        byte[] pixels = new byte[(x1 - x0) * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(gray, y * w + x0, pixels, (y - y0) * (x1 - x0), x1 - x0);
        }
        return new Mask(id, x0 - originX, y0 - originY, x1 - x0, y1 - y0, pixels);
    }
}
