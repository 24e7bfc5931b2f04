package cairn.render.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
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
 * shaping, so widths add up word by word) from fractional advances, each glyph drawn once
 * by Java2D with greyscale antialiasing ({@link Glyphs}), which made identical pixels on
 * JDK 17 and JDK 25.
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

    /** The face at {@code size} pixels, drawn in the palette steps after {@code base} (step k is index {@code base + k}). */
    Face face(boolean isBold, float size, int base) {
        Font primary = (isBold ? bold : regular).deriveFont(size);
        Font fallback = new Font(Font.SANS_SERIF, isBold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        return new Face(primary, fallback, new Glyphs(primary, fallback, base));
    }

    /** One size and weight: measures and draws text, taking each character from the first of its two fonts that has it. */
    record Face(Font primary, Font fallback, Glyphs glyphs) {

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
                        && glyphs.font(cp) != Glyphs.NONE) {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString().strip();
        }

        /** True when every letter and digit of {@code text} survives {@link #drawable}. */
        boolean drawsAllLetters(String text) {
            return text.codePoints().filter(Character::isLetterOrDigit)
                    .allMatch(cp -> glyphs.font(cp) != Glyphs.NONE);
        }

        /**
         * The advance width of {@code text} (already {@link #drawable}): the float sum of its
         * characters' advances in order, which is where {@link #draw} ends.
         */
        float width(String text) {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                w += glyphs.advance(inPrimary(cp), cp);
                i += Character.charCount(cp);
            }
            return w;
        }

        private boolean inPrimary(int cp) {
            return glyphs.font(cp) != Glyphs.FALLBACK;
        }

        /**
         * Puts {@code text} on {@code canvas} with its baseline starting at ({@code x},
         * {@code y}): one glyph after another, each at its pen position rounded to a whole
         * pixel, as Java2D places them (no kerning, ligatures or shaping). Returns where the
         * pen ends.
         */
        float draw(CardCanvas canvas, String text, float x, float y) {
            float pen = x;
            int baseline = (int) Math.floor(y + 0.5f);
            int base = glyphs.base();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean inPrimary = inPrimary(cp);
                canvas.put(glyphs.mask(inPrimary, cp), (int) Math.floor(pen + 0.5f), baseline, base);
                pen += glyphs.advance(inPrimary, cp);
                i += Character.charCount(cp);
            }
            return pen;
        }
    }
}
