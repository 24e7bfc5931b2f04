package cairn.render.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The card typefaces: DejaVu Sans and DejaVu Sans Bold, bundled in cairn's jar
 * ({@code cairn/cards/fonts/}, Bitstream Vera / Arev licence, see {@code LICENSE-DejaVu.txt}),
 * so cards look the same on every machine. A character they lack is drawn with the JDK's
 * logical {@code SansSerif} font (the system's fonts, e.g. a CJK font where one is
 * installed) and, when no font has it (an emoji on most servers), left out: never a
 * "missing glyph" box. Text is laid out glyph by glyph (no kerning, ligatures or
 * shaping, so widths add up word by word) at fractional positions with greyscale
 * antialiasing, which made identical pixels on JDK 17 and JDK 25.
 */
final class CardFonts {

    /** Antialiased outlines at fractional positions: no hinting, no rounding of advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Font regular;
    private final Font bold;

    private CardFonts() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display, no dock icon: cards are drawn off-screen
        }
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    private static final class Holder {
        static final CardFonts FONTS = new CardFonts();
    }

    static CardFonts get() {
        return Holder.FONTS;
    }

    private static Font load(String name) {
        try (InputStream in = CardFonts.class.getResourceAsStream("/cairn/cards/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the card font " + name + " is missing from cairn's class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The face at {@code size} pixels. */
    Face face(boolean isBold, float size) {
        Font primary = (isBold ? bold : regular).deriveFont(size);
        Font fallback = new Font(Font.SANS_SERIF, isBold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        return new Face(primary, fallback, new Advances(primary, fallback));
    }

    /** One size and weight: measures and outlines text, switching to the fallback font per character run. */
    record Face(Font primary, Font fallback, Advances advances) {

        /**
         * {@code text} without the characters no font can draw, with the spaces they leave
         * collapsed; also without controls and format characters (zero-width joiners,
         * variation selectors), which draw nothing.
         */
        String drawable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                        && (primary.canDisplay(cp) || fallback.canDisplay(cp))) {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString().strip();
        }

        /** True when every letter and digit of {@code text} survives {@link #drawable}. */
        boolean drawsAllLetters(String text) {
            return text.codePoints().filter(Character::isLetterOrDigit)
                    .allMatch(cp -> primary.canDisplay(cp) || fallback.canDisplay(cp));
        }

        /**
         * The advance width of {@code text} (already {@link #drawable}): for each run of one font,
         * the float sum of its characters' advances in order, as a glyph vector of the run
         * places its glyphs, so the width is the one {@link #draw} ends at.
         */
        double width(String text) {
            double w = 0;
            float run = 0;
            Font font = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Font want = font(cp);
                if (font != null && want != font) {
                    w += run;
                    run = 0;
                }
                font = want;
                run += advances.of(want == primary, cp);
                i += Character.charCount(cp);
            }
            return w + run;
        }

        private Font font(int cp) {
            return primary.canDisplay(cp) || !fallback.canDisplay(cp) ? primary : fallback;
        }

        /**
         * Draws {@code text} with its baseline starting at ({@code x}, {@code y}) and returns
         * the pixels it touched (Java2D's pixel bounds of each run's glyphs, empty when none
         * were). Glyphs come from Java2D's glyph cache (rasterised once per font and size):
         * filling each glyph's outline instead cost ~1 ms of CPU a line.
         */
        java.awt.Rectangle draw(Graphics2D g, String text, float x, float y) {
            float at = x;
            java.awt.Rectangle ink = new java.awt.Rectangle();
            for (Run run : runs(text)) {
                GlyphVector gv = run.font().createGlyphVector(FRC, run.text());
                g.drawGlyphVector(gv, at, y);
                java.awt.Rectangle bounds = gv.getPixelBounds(FRC, at, y);
                if (!bounds.isEmpty()) {
                    ink = ink.isEmpty() ? bounds : ink.union(bounds);
                }
                at += (float) advance(gv);
            }
            return ink;
        }

        private static double advance(GlyphVector gv) {
            return gv.getGlyphPosition(gv.getNumGlyphs()).getX();
        }

        /** A stretch of text drawn in one font. */
        record Run(Font font, String text) {
        }

        /** {@code text} cut where the font changes: the glyph vectors {@link #draw} draws, one a run. */
        java.util.List<Run> runs(String text) {
            java.util.List<Run> runs = new java.util.ArrayList<>(1);
            StringBuilder current = new StringBuilder();
            Font font = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Font want = font(cp);
                if (font != null && want != font) {
                    runs.add(new Run(font, current.toString()));
                    current.setLength(0);
                }
                font = want;
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (font != null) {
                runs.add(new Run(font, current.toString()));
            }
            return runs;
        }
    }

    /**
     * The advance of each character in a face's two fonts, measured once (a glyph vector of the
     * character alone) and kept: lines are measured word by word and again while they are
     * shortened to fit, and a glyph vector for each of those cost more than drawing the card.
     * Safe to share between threads: a race measures a character twice, with the same result.
     */
    static final class Advances {
        private static final int TABLE = 0x3000;
        private final Font primary;
        private final Font fallback;
        private final float[] low = new float[2 * TABLE];
        private final java.util.Map<Integer, Float> high = new java.util.concurrent.ConcurrentHashMap<>();

        Advances(Font primary, Font fallback) {
            this.primary = primary;
            this.fallback = fallback;
            java.util.Arrays.fill(low, Float.NaN);
        }

        float of(boolean inPrimary, int cp) {
            if (cp < TABLE) {
                int at = inPrimary ? cp : TABLE + cp;
                float a = low[at];
                if (Float.isNaN(a)) {
                    a = measure(inPrimary, cp);
                    low[at] = a;
                }
                return a;
            }
            return high.computeIfAbsent(inPrimary ? cp : -cp - 1, k -> measure(inPrimary, cp));
        }

        private float measure(boolean inPrimary, int cp) {
            GlyphVector gv = (inPrimary ? primary : fallback).createGlyphVector(FRC, new String(Character.toChars(cp)));
            return (float) gv.getGlyphPosition(gv.getNumGlyphs()).getX();
        }
    }
}
